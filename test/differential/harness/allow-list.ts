/**
 * The reviewed allow-list: the only differences between our kubectl and the real one that
 * the differential suite accepts. Every entry names one command of one script and one
 * stream, says how the outputs may differ, and why.
 *
 *   - script: version
 *     command: kubectl version
 *     stream: stdout
 *     mask: 'Client Version: .*'      # regex; matches are blanked in both outputs
 *     reason: ...
 *   - script: errors
 *     command: kubectl get pods --bogus
 *     stream: code
 *     real: 1                          # exact values on each side
 *     embedded: 0
 *     reason: 'KNOWN BUG: ...'
 */
import { load } from 'js-yaml';

export type Stream = 'stdout' | 'stderr' | 'code';

export interface AllowEntry {
  script: string;
  command: string;
  stream: Stream;
  /** Regular expression (multi-line mode); every match is replaced by `<masked>` on both sides. */
  mask?: string;
  /** The exact output of the real kubectl. */
  real?: string | number;
  /** The exact output of ours, accepted in its place. */
  embedded?: string | number;
  /** kubectl minor versions ("1.33") the entry applies to; all when absent. */
  versions?: string[];
  reason: string;
}

const STREAMS = new Set<string>(['stdout', 'stderr', 'code']);

/** Parses and checks the allow-list: every entry complete, with a reason, and no blanket ones. */
export function parseAllowList(text: string): { ok: true; entries: AllowEntry[] } | { ok: false; error: string } {
  const doc = load(text);
  if (!Array.isArray(doc)) return { ok: false, error: 'the allow-list is a YAML list of entries' };
  const entries: AllowEntry[] = [];
  for (const [i, raw] of doc.entries()) {
    const e = raw as Partial<AllowEntry>;
    const where = `entry ${i + 1} (${e?.script ?? '?'}: ${e?.command ?? '?'})`;
    if (!e || typeof e.script !== 'string' || typeof e.command !== 'string') return { ok: false, error: `${where}: script and command are required` };
    if (!e.stream || !STREAMS.has(e.stream)) return { ok: false, error: `${where}: stream must be stdout, stderr or code` };
    if (typeof e.reason !== 'string' || e.reason.trim().length < 10) return { ok: false, error: `${where}: a reason is required` };
    const exact = e.real !== undefined || e.embedded !== undefined;
    if (!!e.mask === exact) return { ok: false, error: `${where}: give either mask or real+embedded` };
    if (exact && (e.real === undefined || e.embedded === undefined)) return { ok: false, error: `${where}: real and embedded go together` };
    if (e.mask !== undefined) {
      try {
        new RegExp(e.mask, 'gm');
      } catch (err) {
        return { ok: false, error: `${where}: bad mask: ${(err as Error).message}` };
      }
      // A mask that matches everything would hide any difference.
      if (new RegExp(`^(?:${e.mask})$`, 's').test('anything at all\nacross lines')) return { ok: false, error: `${where}: the mask matches any text` };
    }
    entries.push(e as AllowEntry);
  }
  return { ok: true, entries };
}

/** Whether `entry` applies to this command of this script under kubectl `version` ("1.33"). */
export function applies(entry: AllowEntry, script: string, command: string, stream: Stream, version: string): boolean {
  return entry.script === script && entry.command === command && entry.stream === stream && (!entry.versions || entry.versions.includes(version));
}

/** Applies an entry's mask to one output. */
export function masked(entry: AllowEntry, text: string): string {
  return entry.mask === undefined ? text : text.replace(new RegExp(entry.mask, 'gm'), '<masked>');
}
