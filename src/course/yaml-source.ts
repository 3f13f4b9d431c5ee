/**
 * Parsing untrusted YAML with positions: the `yaml` package keeps node ranges, so a key path
 * from validation (`checks.2.points`) can be reported as a line of the file. Alias bombs are
 * cut off by maxAliasCount, oversized and binary input is refused before parsing, and deep
 * nesting is bounded.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** Largest scenario or session file read. */
export const MAX_SOURCE_BYTES = 512 * 1024;
const MAX_DEPTH = 64;
const MAX_ALIASES = 100;

export interface SourceIssue {
  line?: number;
  /** Key path, dotted (`checks.2.points`); empty for the whole file. */
  path: string;
  message: string;
}

export type ParsedSource =
  | { ok: true; value: unknown; lineOf: (path: (string | number)[]) => number | undefined }
  | { ok: false; issues: SourceIssue[] };

/** True when the bytes look like a binary file (a NUL byte, or not UTF-8). */
export function isBinary(buf: Buffer): boolean {
  if (buf.includes(0)) return true;
  return !Buffer.from(buf.toString('utf8'), 'utf8').equals(buf);
}

function depthOf(v: unknown, depth = 0): number {
  if (depth > MAX_DEPTH || v === null || typeof v !== 'object') return depth;
  let max = depth;
  for (const x of Object.values(v as object)) {
    max = Math.max(max, depthOf(x, depth + 1));
    if (max > MAX_DEPTH) break;
  }
  return max;
}

/** Parses one YAML document from `buf` (already read with a size limit). */
export function parseYamlSource(buf: Buffer): ParsedSource {
  if (buf.length > MAX_SOURCE_BYTES) return { ok: false, issues: [{ path: '', message: `file is larger than ${MAX_SOURCE_BYTES} bytes` }] };
  if (isBinary(buf)) return { ok: false, issues: [{ path: '', message: 'not a text file (binary content)' }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(buf.toString('utf8'), { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    return { ok: false, issues: doc.errors.map((e) => ({ line: lineCounter.linePos(e.pos[0]).line, path: '', message: e.message.split('\n')[0] })) };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return { ok: false, issues: [{ path: '', message: `YAML rejected: ${(e as Error).message}` }] };
  }
  if (depthOf(value) > MAX_DEPTH) return { ok: false, issues: [{ path: '', message: `nesting deeper than ${MAX_DEPTH} levels` }] };
  const lineOf = (path: (string | number)[]): number | undefined => {
    let node: unknown = doc.contents;
    let pos: number | undefined = (doc.contents as Node | null)?.range?.[0];
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        pos = (pair.key as Node).range?.[0] ?? pos;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
        node = node.items[seg];
        pos = (node as Node).range?.[0] ?? pos;
      } else break;
    }
    return pos === undefined ? undefined : lineCounter.linePos(pos).line;
  };
  return { ok: true, value, lineOf };
}
