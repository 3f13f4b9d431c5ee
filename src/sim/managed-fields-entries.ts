/**
 * `metadata.managedFields` entries as sets per manager, and back
 * (k8s.io/apimachinery pkg/util/managedfields/internal/managedfields.go). A manager is
 * identified by its name, operation, subresource and — for Update operations only — the
 * apiVersion it wrote with (BuildManagerIdentifier).
 */
import { fromFieldsV1, isEmptySet, toFieldsV1, type FieldSet } from './managed-fields-set.js';

export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time?: string;
  fieldsType: 'FieldsV1';
  fieldsV1: Record<string, unknown>;
  subresource?: string;
}

export interface ManagerState {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  subresource?: string;
  time?: string;
  set: FieldSet;
}

/** Manager identity → its fields. */
export type Managed = Map<string, ManagerState>;

/** The identity string of a manager (the JSON upstream uses as the map key). */
export function managerId(m: { manager: string; operation: string; apiVersion: string; subresource?: string }): string {
  const id: Record<string, string> = { manager: m.manager, operation: m.operation };
  if (m.operation === 'Update') id.apiVersion = m.apiVersion;
  if (m.subresource) id.subresource = m.subresource;
  return JSON.stringify(id);
}

/** Decodes stored entries; undefined if they are malformed (callers then start afresh). */
export function decodeManaged(entries: unknown): Managed | undefined {
  const out: Managed = new Map();
  if (entries === undefined || entries === null) return out;
  if (!Array.isArray(entries)) return undefined;
  for (const e of entries as Partial<ManagedFieldsEntry>[]) {
    if (!e || (e.operation !== 'Apply' && e.operation !== 'Update') || !e.apiVersion || e.fieldsType !== 'FieldsV1') return undefined;
    const state: ManagerState = { manager: e.manager ?? '', operation: e.operation, apiVersion: e.apiVersion, set: fromFieldsV1(e.fieldsV1) };
    if (e.subresource) state.subresource = e.subresource;
    if (e.time) state.time = e.time;
    out.set(managerId(state), state);
  }
  return out;
}

/**
 * `managedFields: []` or one empty entry in a request resets tracking (isResetManagedFields).
 */
export function isResetRequest(entries: unknown): boolean {
  if (!Array.isArray(entries)) return false;
  if (!entries.length) return true;
  return entries.length === 1 && !!entries[0] && typeof entries[0] === 'object' && !Object.keys(entries[0] as object).length;
}

const OPERATION_ORDER = (op: string) => (op === 'Apply' ? 0 : 1);

/**
 * Entries in storage order: Apply before Update, then by time, manager, apiVersion and
 * subresource (sortEncodedManagedFields).
 */
export function encodeManaged(managed: Managed): ManagedFieldsEntry[] | undefined {
  const entries: ManagedFieldsEntry[] = [];
  for (const m of managed.values()) {
    if (isEmptySet(m.set)) continue;
    const e: ManagedFieldsEntry = { manager: m.manager, operation: m.operation, apiVersion: m.apiVersion, time: m.time, fieldsType: 'FieldsV1', fieldsV1: toFieldsV1(m.set), subresource: m.subresource };
    if (!e.time) delete e.time;
    if (!e.subresource) delete e.subresource;
    entries.push(e);
  }
  if (!entries.length) return undefined;
  const seconds = (t?: string) => (t ? Date.parse(t) / 1000 : 0);
  return entries.sort((p, q) =>
    OPERATION_ORDER(p.operation) - OPERATION_ORDER(q.operation)
    || seconds(p.time) - seconds(q.time)
    || cmp(p.manager, q.manager)
    || cmp(p.apiVersion, q.apiVersion)
    || cmp(p.subresource ?? '', q.subresource ?? ''));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * How a manager reads in conflict messages: `"kubectl"`, `"kubectl-client-side-apply" using
 * apps/v1`, `"kube-controller-manager" with subresource "scale" using apps/v1`
 * (internal/conflict.go printManager; the identity carries no time).
 */
export function printManager(m: ManagerState): string {
  let s = JSON.stringify(m.manager);
  if (m.subresource) s += ` with subresource ${JSON.stringify(m.subresource)}`;
  if (m.operation === 'Update') s += ` using ${m.apiVersion}`;
  return s;
}
