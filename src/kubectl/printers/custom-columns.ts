/**
 * `-o custom-columns=HEADER:path,...` and `-o custom-columns-file=FILE`
 * (kubectl pkg/cmd/get/customcolumn.go). Values print as Go's %v (`map[a:b]`, `[x y]`),
 * several matches are comma-joined, no match is `<none>`; columns are aligned by the same
 * tab writer as tables.
 */
import { goNumber } from './go-format.js';
import { checkJsonPath, findJsonPathResults } from './jsonpath.js';
import { relaxedJsonPath } from './relaxed-jsonpath.js';
import { TabWriter } from './tabwriter.js';

export interface CustomColumn {
  header: string;
  fieldSpec: string;
}

export type ColumnsResult = { ok: true; columns: CustomColumn[] } | { ok: false; error: string };
export type CustomColumnsOutput = { ok: true; text: string } | { ok: false; error: string; text: string };

/** Parses `NAME:.metadata.name,IMAGE:.spec.containers[*].image`. */
export function parseCustomColumnsSpec(spec: string): ColumnsResult {
  if (spec.length === 0) return { ok: false, error: 'custom-columns format specified but no custom columns given' };
  const columns: CustomColumn[] = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) return { ok: false, error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    const path = relaxedJsonPath(part.slice(colon + 1));
    if (!path.ok) return path;
    columns.push({ header: part.slice(0, colon), fieldSpec: path.value });
  }
  return { ok: true, columns };
}

/** Parses a custom-columns file: one line of headers, one line of paths, whitespace-separated. */
export function parseCustomColumnsFile(text: string): ColumnsResult {
  const lines = text.split('\n');
  const usage = 'Expected format is one line of space separated headers, one line of space separated column specs.';
  if (lines.length < 1 || (lines.length === 1 && lines[0] === '')) return { ok: false, error: `invalid template, missing header line. ${usage}` };
  if (lines.length < 2) return { ok: false, error: `invalid template, missing spec line. ${usage}` };
  const headers = lines[0].split(/\s+/).filter(Boolean);
  const specs = lines[1].split(/\s+/).filter(Boolean);
  if (headers.length !== specs.length) return { ok: false, error: `number of headers (${headers.length}) and field specifications (${specs.length}) don't match` };
  const columns: CustomColumn[] = [];
  for (let i = 0; i < headers.length; i++) {
    const path = relaxedJsonPath(specs[i]);
    if (!path.ok) return path;
    columns.push({ header: headers[i], fieldSpec: path.value });
  }
  return { ok: true, columns };
}

/** fmt's %v of a decoded JSON value. */
export function goValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'number') return goNumber(v);
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `map[${Object.keys(o).sort().map((k) => `${k}:${goValue(o[k])}`).join(' ')}]`;
  }
  return String(v);
}

/**
 * Prints objects (items of a List are printed one by one) under the given columns.
 * On a bad path the header has already been written, as with kubectl: `text` holds it.
 */
export function printCustomColumns(columns: CustomColumn[], objects: unknown[], opts: { noHeaders?: boolean } = {}): CustomColumnsOutput {
  const w = new TabWriter();
  if (!opts.noHeaders) w.write(columns.map((c) => c.header).join('\t') + '\n');
  for (const c of columns) {
    const check = checkJsonPath(c.fieldSpec);
    if (!check.ok) return { ok: false, error: check.error.replace(/^error parsing jsonpath .*?, /, ''), text: w.flush() };
  }
  for (const obj of objects) {
    const cells = columns.map((c) => {
      const found = findJsonPathResults(c.fieldSpec, obj, true);
      if (!found.ok) return { error: found.error };
      const values = found.results;
      const strings: string[] = [];
      if (!values.length || !values[0].length) strings.push('<none>');
      for (const list of values) for (const v of list) strings.push(goValue(v));
      return { text: strings.join(',') };
    });
    const bad = cells.find((c) => 'error' in c);
    if (bad && 'error' in bad) return { ok: false, error: bad.error!, text: w.flush() };
    w.write(cells.map((c) => ('text' in c ? c.text : '')).join('\t') + '\n');
  }
  return { ok: true, text: w.flush() };
}
