/**
 * The name printer (kubernetes/cli-runtime pkg/printers/name.go): `-o name` and the
 * success lines of mutating verbs, `<lower(kind)>[.<group>]/<name>[ <operation>]`:
 *
 *   deployment.apps/web created
 *   pod/nginx
 */
import type { KObject } from '../../sim/index.js';

/** `deployment.apps` / `pod`: kind lower-cased, plus the API group when there is one. */
export function kindPrefix(apiVersion: string, kind: string): string {
  const slash = apiVersion.indexOf('/');
  const group = slash >= 0 ? apiVersion.slice(0, slash) : '';
  return group ? `${kind.toLowerCase()}.${group}` : kind.toLowerCase();
}

/** One line (with newline) per object; Lists print each item. `operation` e.g. `created`, `configured (dry run)`. */
export function printName(obj: KObject, operation?: string): string {
  if (obj.kind === 'List' || (obj.kind?.endsWith('List') && Array.isArray(obj.items))) {
    return (obj.items as KObject[]).map((item) => printName(item, operation)).join('');
  }
  const op = operation ? ` ${operation}` : '';
  return `${kindPrefix(obj.apiVersion, obj.kind)}/${obj.metadata?.name ?? ''}${op}\n`;
}
