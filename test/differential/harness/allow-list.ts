/**
 * The reviewed allow-list: the only differences between our kubectl and the real one that
 * the differential suite accepts. Every entry names one command of one script and one
 * stream, says how the outputs may differ, and why.
 *
 *   normalize:                         # rewrites applied to every command's output, both sides
 *   - stream: stderr
 *     pattern: '^([IWEF])\d{4} ...'    # regex (multi-line mode)
 *     replace: '$1MMDD ...'
 *     reason: ...
 *   entries:
 *   - script: version
 *     command: kubectl version
 *     stream: stdout
 *     mask: 'Client Version: .*'      # regex; matches are blanked in both outputs
 *     reason: ...
 *   - script: errors
 *     command: kubectl get pods --bogus
 *     stream: code
 *     real: 1                          # exact values on each side (after `mask`, if given:
 *     embedded: 0                      # generated names and ages need not be pinned)
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

/** A rewrite of every output of one stream, for facts no simulation can reproduce (wall-clock stamps, process ids). */
export interface Normalization {
  stream: Stream;
  pattern: string;
  replace: string;
  reason: string;
}

export interface AllowList {
  normalize: Normalization[];
  entries: AllowEntry[];
}

const STREAMS = new Set<string>(['stdout', 'stderr', 'code']);

function checkNormalization(n: Partial<Normalization>, i: number): string | undefined {
  const where = `normalize ${i + 1}`;
  if (!n || !n.stream || !STREAMS.has(n.stream) || typeof n.pattern !== 'string' || typeof n.replace !== 'string') return `${where}: stream, pattern and replace are required`;
  if (typeof n.reason !== 'string' || n.reason.trim().length < 10) return `${where}: a reason is required`;
  try {
    new RegExp(n.pattern, 'gm');
  } catch (err) {
    return `${where}: bad pattern: ${(err as Error).message}`;
  }
  return undefined;
}

/** Parses and checks the allow-list: every entry complete, with a reason, and no blanket ones. */
export function parseAllowList(text: string): ({ ok: true } & AllowList) | { ok: false; error: string } {
  const doc = load(text) as Partial<Record<keyof AllowList, unknown>> | null;
  if (!doc || !Array.isArray(doc.entries) || !Array.isArray(doc.normalize)) return { ok: false, error: 'the allow-list is a map with the lists normalize and entries' };
  for (const [i, n] of doc.normalize.entries()) {
    const bad = checkNormalization(n as Partial<Normalization>, i);
    if (bad) return { ok: false, error: bad };
  }
  const entries: AllowEntry[] = [];
  for (const [i, raw] of doc.entries.entries()) {
    const e = raw as Partial<AllowEntry>;
    const where = `entry ${i + 1} (${e?.script ?? '?'}: ${e?.command ?? '?'})`;
    if (!e || typeof e.script !== 'string' || typeof e.command !== 'string') return { ok: false, error: `${where}: script and command are required` };
    if (!e.stream || !STREAMS.has(e.stream)) return { ok: false, error: `${where}: stream must be stdout, stderr or code` };
    if (typeof e.reason !== 'string' || e.reason.trim().length < 10) return { ok: false, error: `${where}: a reason is required` };
    const exact = e.real !== undefined || e.embedded !== undefined;
    if (!e.mask && !exact) return { ok: false, error: `${where}: give a mask, real+embedded, or both` };
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
  return { ok: true, normalize: doc.normalize as Normalization[], entries };
}

/** Applies every normalization of `stream` to one output. */
export function normalized(list: Normalization[], stream: Stream, text: string): string {
  return list.filter((n) => n.stream === stream).reduce((acc, n) => acc.replace(new RegExp(n.pattern, 'gm'), n.replace), text);
}

/** Whether `entry` applies to this command of this script under kubectl `version` ("1.33"). */
export function applies(entry: AllowEntry, script: string, command: string, stream: Stream, version: string): boolean {
  return entry.script === script && entry.command === command && entry.stream === stream && (!entry.versions || entry.versions.includes(version));
}

/** Applies an entry's mask to one output. */
export function masked(entry: AllowEntry, text: string): string {
  return entry.mask === undefined ? text : text.replace(new RegExp(entry.mask, 'gm'), '<masked>');
}
