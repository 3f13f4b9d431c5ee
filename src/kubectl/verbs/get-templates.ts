/**
 * `-o jsonpath=…`, `-o jsonpath-as-json=…` (shared JSONPath printer) and
 * `-o custom-columns=HEADER:.path,…` (cli-runtime pkg/printers/customcolumn.go): one row
 * per object (List items), `<none>` where a path finds nothing, aligned like get tables.
 */
import type { KObject } from '../../sim/index.js';
import { flag } from '../flags.js';
import { findJsonPathResults, printJsonPath } from '../printers/jsonpath.js';
import type { VerbContext } from '../types.js';
import { GET_TABWRITER, TabWriter } from './describe/tabwriter.js';
import type { OutputFormat } from './get-printers.js';

/** RelaxedJSONPathExpression: `.a.b` and `a.b` become `{.a.b}`. */
export function relaxed(expr: string): string {
  const e = expr.trim();
  if (e.startsWith('{') && e.endsWith('}')) return e;
  return `{${e.startsWith('.') ? e : `.${e}`}}`;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '<none>';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Parses `NAME:.metadata.name,IMAGE:.spec.containers[*].image` (or a custom-columns file: headers line, paths line). */
function parseColumns(spec: string): { ok: true; cols: { header: string; path: string }[] } | { ok: false; error: string } {
  if (spec.startsWith('@file:')) {
    const lines = spec.slice(6).split('\n').filter((l) => l.trim());
    if (lines.length !== 2) return { ok: false, error: `invalid template file, expected 2 lines, got ${lines.length}` };
    const headers = lines[0].trim().split(/\s+/);
    const paths = lines[1].trim().split(/\s+/);
    if (headers.length !== paths.length) return { ok: false, error: `number of headers (${headers.length}) and field specifications (${paths.length}) don't match` };
    return { ok: true, cols: headers.map((h, i) => ({ header: h, path: relaxed(paths[i]) })) };
  }
  const cols: { header: string; path: string }[] = [];
  for (const part of spec.split(',')) {
    const i = part.indexOf(':');
    if (i < 0) return { ok: false, error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    cols.push({ header: part.slice(0, i), path: relaxed(part.slice(i + 1)) });
  }
  return { ok: true, cols };
}

export function printTemplated(ctx: VerbContext, format: OutputFormat, obj: KObject): { ok: true; text: string } | { ok: false; error: string } {
  const allowMissing = flag.bool(ctx.parsed, 'allow-missing-template-keys') || !ctx.parsed.values.has('allow-missing-template-keys');
  if (format.kind === 'jsonpath') {
    const r = printJsonPath(format.template, obj, { asJson: format.asJson, allowMissingKeys: allowMissing });
    return r.ok ? r : { ok: false, error: r.error.replace(/^error: /, '') };
  }
  if (format.kind !== 'custom-columns') return { ok: false, error: 'not a template format' };
  const parsed = parseColumns(format.spec);
  if (!parsed.ok) return parsed;
  const items: KObject[] = obj.kind === 'List' ? (obj.items as KObject[]) : [obj];
  const w = new TabWriter(GET_TABWRITER);
  if (!flag.bool(ctx.parsed, 'no-headers')) w.write(`${parsed.cols.map((c) => c.header).join('\t')}\n`);
  for (const item of items) {
    const cells: string[] = [];
    for (const c of parsed.cols) {
      const found = findJsonPathResults(c.path, item, true);
      if (!found.ok) return { ok: false, error: found.error };
      const values = found.results[0] ?? [];
      cells.push(values.length ? values.map(cell).join(',') : '<none>');
    }
    w.write(`${cells.join('\t')}\n`);
  }
  return { ok: true, text: w.flush() };
}
