/**
 * The `-o` formats `get` supports and how each renders an object or List. yaml/json follow
 * kubectl's printers (sorted keys; JSON indented by 4 with Go's HTML escaping); name is
 * `kind[.group]/name`.
 */
import type { KObject } from '../../sim/index.js';
import { printJson, printName, printYaml } from '../printers/index.js';

export type OutputFormat =
  | { kind: 'table'; wide: boolean }
  | { kind: 'yaml' }
  | { kind: 'json' }
  | { kind: 'name' }
  | { kind: 'jsonpath'; template: string; asJson: boolean }
  | { kind: 'custom-columns'; spec: string }
  | { kind: 'go-template'; template: string };

export const ALLOWED_FORMATS = 'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

/** Parses `-o` (reading `-file` variants through `read`). Errors are kubectl's wording. */
export function parseOutput(o: string, read: (path: string) => { ok: true; data: string } | { ok: false; error: string }): { ok: true; format: OutputFormat } | { ok: false; error: string } {
  if (o === '' || o === 'wide') return { ok: true, format: { kind: 'table', wide: o === 'wide' } };
  if (o === 'yaml' || o === 'json' || o === 'name') return { ok: true, format: { kind: o } };
  const eq = o.indexOf('=');
  const name = eq >= 0 ? o.slice(0, eq) : o;
  const arg = eq >= 0 ? o.slice(eq + 1) : '';
  switch (name) {
    case 'jsonpath':
    case 'jsonpath-as-json':
      if (!arg) return { ok: false, error: 'template format specified but no template given' };
      return { ok: true, format: { kind: 'jsonpath', template: arg, asJson: name === 'jsonpath-as-json' } };
    case 'jsonpath-file': {
      const r = read(arg);
      if (!r.ok) return { ok: false, error: r.error };
      return { ok: true, format: { kind: 'jsonpath', template: r.data, asJson: false } };
    }
    case 'go-template':
    case 'template':
      if (!arg) return { ok: false, error: 'template format specified but no template given' };
      return { ok: true, format: { kind: 'go-template', template: arg } };
    case 'go-template-file':
    case 'templatefile': {
      const r = read(arg);
      if (!r.ok) return { ok: false, error: r.error };
      return { ok: true, format: { kind: 'go-template', template: r.data } };
    }
    case 'custom-columns':
      if (!arg) return { ok: false, error: 'custom-columns format specified but no custom columns given' };
      return { ok: true, format: { kind: 'custom-columns', spec: arg } };
    case 'custom-columns-file': {
      const r = read(arg);
      if (!r.ok) return { ok: false, error: r.error };
      return { ok: true, format: { kind: 'custom-columns', spec: `@file:${r.data}` } };
    }
  }
  return { ok: false, error: `unable to match a printer suitable for the output format "${o}", allowed formats are: ${ALLOWED_FORMATS}` };
}

function stripManaged(obj: KObject): KObject {
  if (!obj?.metadata || !('managedFields' in obj.metadata)) return obj;
  const { managedFields: _m, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}

/** kubectl's JSON printer (shared printers: Go's encoding, sorted keys, 4-space indent). */
export function toJson(obj: unknown): string {
  return printJson(obj);
}

/** kubectl's YAML printer (sigs.k8s.io/yaml), from the shared printers. */
export function toYaml(obj: unknown): string {
  return printYaml(obj);
}

/** Renders `obj` (an object or a List) in a generic format. */
export function printObject(format: OutputFormat, obj: KObject, showManagedFields = false): { ok: true; text: string } | { ok: false; error: string } {
  // JSONYamlPrintFlags: without --show-managed-fields, JSON and YAML omit metadata.managedFields.
  const clean = showManagedFields ? obj : obj.kind === 'List' ? { ...obj, items: (obj.items as KObject[]).map(stripManaged) } : stripManaged(obj);
  switch (format.kind) {
    case 'yaml':
      return { ok: true, text: toYaml(clean) };
    case 'json':
      return { ok: true, text: toJson(clean) };
    case 'name':
      return { ok: true, text: printName(clean) };
    default:
      return { ok: false, error: `output format ${format.kind} is not supported here` };
  }
}
