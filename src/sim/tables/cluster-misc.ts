/**
 * NetworkPolicies, PodDisruptionBudgets, StorageClasses, PriorityClasses, Leases,
 * ControllerRevisions, ResourceQuotas (the matching print* functions in kubernetes/kubernetes
 * pkg/printers/internalversion/printers.go, 1.33 column sets). Quantities print as stored.
 */
import type { KObject } from '../types.js';
import { formatSelector, since } from './helpers.js';
import { col, nameCol, registerTable } from './table-registry.js';

registerTable('networkpolicies.networking.k8s.io', {
  columns: [nameCol(), col('Pod-Selector'), col('Age')],
  row: (np, ctx) => [np.metadata.name, formatSelector(np.spec?.podSelector ?? {}), since(np.metadata.creationTimestamp, ctx)],
});

const intOrString = (v: unknown) => (v === undefined || v === null ? 'N/A' : String(v));

registerTable('poddisruptionbudgets.policy', {
  columns: [nameCol(), col('Min Available'), col('Max Unavailable'), col('Allowed Disruptions', 'integer'), col('Age')],
  row: (pdb, ctx) => [
    pdb.metadata.name, intOrString(pdb.spec?.minAvailable), intOrString(pdb.spec?.maxUnavailable), pdb.status?.disruptionsAllowed ?? 0,
    since(pdb.metadata.creationTimestamp, ctx),
  ],
});

function isDefaultClass(sc: KObject): boolean {
  const a = sc.metadata.annotations ?? {};
  return a['storageclass.kubernetes.io/is-default-class'] === 'true' || a['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
}

registerTable('storageclasses.storage.k8s.io', {
  columns: [nameCol(), col('Provisioner'), col('ReclaimPolicy'), col('VolumeBindingMode'), col('AllowVolumeExpansion'), col('Age')],
  row: (sc, ctx) => [
    isDefaultClass(sc) ? `${sc.metadata.name} (default)` : sc.metadata.name, sc.provisioner ?? '', sc.reclaimPolicy ?? 'Delete',
    sc.volumeBindingMode ?? 'Immediate', sc.allowVolumeExpansion ?? false, since(sc.metadata.creationTimestamp, ctx),
  ],
});

registerTable('priorityclasses.scheduling.k8s.io', {
  columns: [nameCol(), col('Value', 'integer'), col('Global-Default', 'boolean'), col('Age'), col('PreemptionPolicy')],
  row: (pc, ctx) => [pc.metadata.name, pc.value ?? 0, pc.globalDefault ?? false, since(pc.metadata.creationTimestamp, ctx), pc.preemptionPolicy ?? ''],
});

registerTable('leases.coordination.k8s.io', {
  columns: [nameCol(), col('Holder'), col('Age')],
  row: (l, ctx) => [l.metadata.name, l.spec?.holderIdentity ?? '', since(l.metadata.creationTimestamp, ctx)],
});

registerTable('controllerrevisions.apps', {
  columns: [nameCol(), col('Controller'), col('Revision'), col('Age')],
  row(cr, ctx) {
    const ref = (cr.metadata.ownerReferences ?? []).find((r) => r.controller);
    let controller = '<none>';
    if (ref) {
      const group = ref.apiVersion.includes('/') ? ref.apiVersion.split('/')[0] : '';
      controller = `${(group ? `${ref.kind}.${group}` : ref.kind).toLowerCase()}/${ref.name}`;
    }
    return [cr.metadata.name, controller, cr.revision ?? 0, since(cr.metadata.creationTimestamp, ctx)];
  },
});

registerTable('resourcequotas', {
  columns: [nameCol(), col('Request'), col('Limit'), col('Age')],
  row(rq, ctx) {
    const hard: Record<string, string> = rq.status?.hard ?? {};
    const used: Record<string, string> = rq.status?.used ?? {};
    const request: string[] = [];
    const limit: string[] = [];
    for (const r of Object.keys(hard).sort()) {
      const pieces = r.split('.');
      (pieces.length > 1 && pieces[0] === 'limits' ? limit : request).push(`${r}: ${used[r] ?? '0'}/${hard[r]}`);
    }
    return [rq.metadata.name, request.join(', '), limit.join(', '), since(rq.metadata.creationTimestamp, ctx)];
  },
});
