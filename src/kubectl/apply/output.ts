/**
 * `-o yaml|json|name` for the write verbs, through the shared printers. Objects kubectl
 * built itself from Go types (generators with --dry-run=client) keep struct field order in
 * JSON; objects from the server or from files are maps, printed with sorted keys.
 */
import type { KObject, ResourceType } from '../../sim/index.js';
import { printJson, printYaml } from '../printers/index.js';
import { parseOutput, type OutputFormat } from '../verbs/get-printers.js';
import { printTemplated } from '../verbs/get-templates.js';
import type { VerbContext } from '../types.js';
import { kindGroup } from './common.js';

/**
 * Prints `obj` in the requested -o format. Returns false if the format is not one this
 * verb prints (the caller then prints its success line).
 */
export function printObject(ctx: VerbContext, obj: KObject, t: ResourceType | undefined, format: string, typed = false): boolean {
  // JSONYamlPrintFlags: without --show-managed-fields, JSON and YAML omit metadata.managedFields.
  if ((format === 'yaml' || format === 'json') && obj.metadata?.managedFields && ctx.parsed.values.get('show-managed-fields') !== true) {
    const { managedFields: _omit, ...metadata } = obj.metadata;
    obj = { ...obj, metadata };
  }
  switch (format) {
    case 'yaml':
      ctx.io.out(printYaml(obj));
      return true;
    case 'json':
      ctx.io.out(printJson(obj, { keyOrder: typed ? 'insertion' : 'sorted' }));
      return true;
    case 'name':
      ctx.io.out(`${t ? kindGroup(t) : obj.kind.toLowerCase()}/${obj.metadata?.name ?? ''}\n`);
      return true;
    default: {
      const parsed = templateFormat(ctx, format);
      if (!parsed) return false;
      const r = printTemplated(ctx, parsed, obj);
      if (r.ok) ctx.io.out(r.text);
      else ctx.io.err(`error: ${r.error}\n`);
      return true;
    }
  }
}

/** The template formats of the write verbs' PrintFlags (jsonpath…, go-template…; not custom-columns or wide). */
function templateFormat(ctx: VerbContext, format: string): OutputFormat | undefined {
  const parsed = parseOutput(format, (path) => ctx.session.files.read(path));
  return parsed.ok && (parsed.format.kind === 'jsonpath' || parsed.format.kind === 'go-template') ? parsed.format : undefined;
}

/** The error for an -o value the write verbs do not print, or undefined when they print it. */
export function writeOutputError(ctx: VerbContext, format: string): string | undefined {
  if (!format || format === 'yaml' || format === 'json' || format === 'name') return undefined;
  const parsed = parseOutput(format, (path) => ctx.session.files.read(path));
  if (!parsed.ok && !parsed.error.startsWith('unable to match a printer')) return parsed.error;
  return templateFormat(ctx, format) ? undefined : unsupportedOutput(format);
}

/** Error for an -o value the write verbs do not print. */
export function unsupportedOutput(format: string): string {
  return `unable to match a printer suitable for the output format "${format}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml`;
}
