/**
 * Non-table `kubectl get` output (get.go printGeneric): one object prints alone when a
 * single name was asked for; otherwise all objects are wrapped in a `v1 List` whose
 * metadata.resourceVersion is "" — so `-o yaml` of a collection shows `kind: List`.
 */
import type { KObject } from '../../sim/index.js';
import { printObject, type OutputFormat } from './get-printers.js';

/** Builds the object printGeneric prints: the item itself, or a List of all items. */
export function genericObject(items: KObject[], single: boolean): KObject {
  if (single && items.length === 1) return items[0];
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } } as unknown as KObject;
}

/** Prints `obj` in `format`; `-o name` of a List prints each item's name. */
export function printGeneric(format: OutputFormat, items: KObject[], single: boolean): { ok: true; text: string } | { ok: false; error: string } {
  return printObject(format, genericObject(items, single));
}
