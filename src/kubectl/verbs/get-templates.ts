/**
 * `-o jsonpath=…`, `-o jsonpath-as-json=…`, `-o go-template=…` and
 * `-o custom-columns=HEADER:.path,…` for get, through the shared printers.
 */
import type { KObject } from '../../sim/index.js';
import { flag } from '../flags.js';
import { parseCustomColumnsFile, parseCustomColumnsSpec, printCustomColumns, printGoTemplate, printJsonPath } from '../printers/index.js';
import type { VerbContext } from '../types.js';
import type { OutputFormat } from './get-printers.js';

export type Printed = { ok: true; text: string } | { ok: false; error: string; text?: string };

export function printTemplated(ctx: VerbContext, format: OutputFormat, obj: KObject): Printed {
  const allowMissing = !ctx.parsed.values.has('allow-missing-template-keys') || flag.bool(ctx.parsed, 'allow-missing-template-keys');
  if (format.kind === 'jsonpath') {
    const r = printJsonPath(format.template, obj, { asJson: format.asJson, allowMissingKeys: allowMissing });
    return r.ok ? r : { ok: false, error: r.error.replace(/^error: /, '') };
  }
  if (format.kind === 'go-template') return printGoTemplate(format.template, obj);
  if (format.kind !== 'custom-columns') return { ok: false, error: 'not a template format' };
  const cols = format.spec.startsWith('@file:') ? parseCustomColumnsFile(format.spec.slice(6)) : parseCustomColumnsSpec(format.spec);
  if (!cols.ok) return cols;
  const items: unknown[] = obj.kind === 'List' ? (obj.items as unknown[]) : [obj];
  return printCustomColumns(cols.columns, items, { noHeaders: flag.bool(ctx.parsed, 'no-headers') });
}
