/**
 * kubectl's migration from client-side to server-side apply
 * (k8s.io/client-go/util/csaupgrade/upgrade.go, used by kubectl apply.go
 * migrateToSSAIfNecessary): the fields client-side apply's Update entries own become the
 * server-side applier's, so that the next server-side apply may remove what the manifest
 * no longer has. Pure data functions on managedFields entries; kubectl sends the result.
 */
import type { ManagedFieldsEntry } from './managed-fields-entries.js';
import { fromFieldsV1, hasPath, toFieldsV1, union } from './managed-fields-set.js';

/** `metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"]` as a field path. */
export const LAST_APPLIED_FIELD_PATH = ['f:metadata', 'f:annotations', 'f:kubectl.kubernetes.io/last-applied-configuration'];

/** Entries of `operation` that own `path` (csaupgrade.FindFieldsOwners). */
export function fieldOwners(entries: unknown, operation: 'Apply' | 'Update', path: string[]): ManagedFieldsEntry[] {
  return asEntries(entries).filter((e) => e.operation === operation && hasPath(fromFieldsV1(e.fieldsV1), path));
}

/** Stored entries (metadata.managedFields is untyped on KObject). */
function asEntries(v: unknown): ManagedFieldsEntry[] {
  return Array.isArray(v) ? (v as ManagedFieldsEntry[]).filter((e) => !!e && typeof e === 'object') : [];
}

const isCsa = (e: ManagedFieldsEntry, name: string) => e.manager === name && e.operation === 'Update' && !e.subresource;

/** One manager's upgrade (upgradedManagedFields): undefined when there is nothing to move. */
function upgradeOne(entries: ManagedFieldsEntry[], csa: string, ssa: string): ManagedFieldsEntry[] {
  const out = entries.map((e) => ({ ...e }));
  let target = out.findIndex((e) => e.manager === ssa && e.operation === 'Apply' && !e.subresource);
  if (target < 0) {
    // No applier yet: the most recent client-side entry (first in storage order) becomes it.
    target = out.findIndex((e) => isCsa(e, csa));
    if (target < 0) return entries;
    out[target] = { ...out[target], operation: 'Apply', manager: ssa };
  }
  const source = out.find((e) => isCsa(e, csa) && e.apiVersion === out[target].apiVersion);
  if (source) out[target] = { ...out[target], fieldsV1: toFieldsV1(union(fromFieldsV1(out[target].fieldsV1), fromFieldsV1(source.fieldsV1))) };
  return out.filter((e) => !isCsa(e, csa));
}

/**
 * The managedFields after moving the `csaManagers`' fields to `ssaManager`, or undefined
 * when nothing changes (csaupgrade.UpgradeManagedFieldsPatch returns no patch then).
 */
export function upgradeManagedFields(entries: unknown, csaManagers: string[], ssaManager: string): ManagedFieldsEntry[] | undefined {
  let current = asEntries(entries);
  for (const csa of csaManagers) current = upgradeOne(current, csa, ssaManager);
  return JSON.stringify(current) === JSON.stringify(asEntries(entries)) ? undefined : current;
}
