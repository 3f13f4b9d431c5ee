/**
 * `-o FORMAT` for the rollout subcommands (history's ReplicaSets, the objects of
 * pause/resume/restart/undo), on top of the shared printers: genericclioptions.PrintFlags
 * with json, yaml, name, go-template(-file), template(-file), jsonpath(-as-json, -file).
 */
import type { KObject } from '../../../sim/index.js';
import { printGoTemplate, printJson, printJsonPath, printName, printYaml } from '../../printers/index.js';
import type { VerbContext } from '../../types.js';
import { flag } from '../../flags.js';

export type OutputResult = { ok: true; text: string } | { ok: false; error: string };

/** Sorted, as cli-runtime's NoCompatiblePrinterError prints them (pkg/genericclioptions/print_flags.go). */
const FORMATS = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'yaml'];

function withoutManagedFields(obj: KObject): KObject {
  if (!obj.metadata?.managedFields) return obj;
  const { managedFields: _drop, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}

/** `-o jsonpath={.x}` / `-o go-template --template=...`: the template text, read from a file for the *-file forms. */
function templateText(ctx: VerbContext, format: string, inline: string): { ok: true; text: string } | { ok: false; error: string } {
  const fromFile = format.endsWith('-file') || format === 'templatefile';
  const source = inline || flag.str(ctx.parsed, 'template');
  if (!fromFile) return { ok: true, text: source };
  const read = ctx.session.files.read(source);
  return read.ok ? { ok: true, text: read.data } : { ok: false, error: read.error };
}

/** Prints one object as `-o FORMAT` would; unsupported formats get kubectl's error. */
export function formatObject(ctx: VerbContext, obj: KObject, output: string, operation = ''): OutputResult {
  const eq = output.indexOf('=');
  const format = eq >= 0 ? output.slice(0, eq) : output;
  const inline = eq >= 0 ? output.slice(eq + 1) : '';
  const clean = flag.bool(ctx.parsed, 'show-managed-fields') ? obj : withoutManagedFields(obj);
  switch (format) {
    case 'json':
      return { ok: true, text: printJson(clean) };
    case 'yaml':
      return { ok: true, text: printYaml(clean) };
    case 'name':
      return { ok: true, text: printName(clean, operation) };
    case 'jsonpath':
    case 'jsonpath-as-json':
    case 'jsonpath-file': {
      const t = templateText(ctx, format, inline);
      if (!t.ok) return t;
      return printJsonPath(t.text, clean, { asJson: format === 'jsonpath-as-json', allowMissingKeys: flag.bool(ctx.parsed, 'allow-missing-template-keys') });
    }
    case 'go-template':
    case 'go-template-file':
    case 'template':
    case 'templatefile': {
      const t = templateText(ctx, format, inline);
      if (!t.ok) return t;
      return printGoTemplate(t.text, clean);
    }
    default:
      return { ok: false, error: `unable to match a printer suitable for the output format "${output}", allowed formats are: ${FORMATS.join(',')}` };
  }
}
