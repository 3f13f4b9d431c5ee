/**
 * `kubectl -o json`: json.MarshalIndent(obj, "", "    ") plus a newline. Objects kubectl
 * reads from the server are unstructured maps, so Go sorts their keys; that is the default
 * here. `keyOrder: 'insertion'` keeps the caller's order, for client-built typed objects
 * (`create ... --dry-run=client -o json` prints Go struct field order).
 */
import { goJsonIndent, goJsonString, goJsonCompact } from './go-format.js';

export interface JsonPrintOptions {
  keyOrder?: 'sorted' | 'insertion';
}

function indentInsertion(v: unknown, level: number): string {
  if (v === null || typeof v !== 'object') return goJsonCompact(v);
  const pad = '    '.repeat(level + 1);
  const end = '    '.repeat(level);
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return `[\n${v.map((x) => pad + indentInsertion(x, level + 1)).join(',\n')}\n${end}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, x]) => `${pad}${goJsonString(k)}: ${indentInsertion(x, level + 1)}`).join(',\n')}\n${end}}`;
}

/** One object (or a List from listOf) as `-o json` prints it. */
export function printJson(obj: unknown, opts: JsonPrintOptions = {}): string {
  return (opts.keyOrder === 'insertion' ? indentInsertion(obj, 0) : goJsonIndent(obj)) + '\n';
}
