/**
 * Minimal `-o json|yaml|name` for the rollout subcommands (history's ReplicaSets, the
 * patched object of pause/resume/restart/undo). kubectl's shared printers live in
 * src/kubectl/printers; this stays a private fallback so these verbs do not depend on
 * work in progress there.
 */
import yaml from 'js-yaml';
import type { KObject } from '../../../sim/index.js';
import { typeForKind } from '../../../sim/index.js';
import { kindString } from './common.js';

export type OutputResult = { ok: true; text: string } | { ok: false; error: string };

const FORMATS = ['json', 'yaml', 'name', 'go-template', 'go-template-file', 'template', 'templatefile', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file'];

function withoutManagedFields(obj: KObject): KObject {
  if (!obj.metadata?.managedFields) return obj;
  const { managedFields: _drop, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}

/** Prints one object as `-o FORMAT` would; unsupported formats get kubectl's error. */
export function formatObject(obj: KObject, format: string, operation = ''): OutputResult {
  const clean = withoutManagedFields(obj);
  switch (format) {
    case 'json':
      return { ok: true, text: `${JSON.stringify(clean, null, 4)}\n` };
    case 'yaml':
      return { ok: true, text: yaml.dump(clean, { sortKeys: true, lineWidth: -1, noRefs: true }) };
    case 'name': {
      const type = typeForKind(obj.apiVersion, obj.kind) ?? { kind: obj.kind, group: obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : '' };
      return { ok: true, text: operation ? `${kindString(type)}/${obj.metadata.name} ${operation}\n` : `${kindString(type)}/${obj.metadata.name}\n` };
    }
    default:
      return {
        ok: false,
        error: `unable to match a printer suitable for the output format "${format}", allowed formats are: ${FORMATS.join(',')}`,
      };
  }
}
