/**
 * Nodes, Namespaces, ConfigMaps, Secrets, ServiceAccounts, PVs, PVCs (printNode,
 * printNamespace, printConfigMap, printSecret, printServiceAccount, printPersistentVolume,
 * printPersistentVolumeClaim in kubernetes/kubernetes pkg/printers/internalversion/printers.go).
 */
import type { Condition, KObject } from '../types.js';
import { since } from './helpers.js';
import { col, nameCol, registerTable } from './table-registry.js';

const ROLE_PREFIX = 'node-role.kubernetes.io/';

function nodeStatus(node: KObject): string {
  const ready = ((node.status?.conditions ?? []) as Condition[]).find((c) => c.type === 'Ready');
  const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

function nodeRoles(node: KObject): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith(ROLE_PREFIX) && k.length > ROLE_PREFIX.length) roles.add(k.slice(ROLE_PREFIX.length));
    else if (k === 'kubernetes.io/role' && v) roles.add(v);
  }
  return roles.size ? [...roles].sort().join(',') : '<none>';
}

function nodeAddress(node: KObject, type: string): string {
  return (node.status?.addresses ?? []).find((a: { type: string }) => a.type === type)?.address ?? '<none>';
}

registerTable('nodes', {
  columns: [
    nameCol(), col('Status'), col('Roles'), col('Age'), col('Version'), col('Internal-IP', 'string', 1), col('External-IP', 'string', 1),
    col('OS-Image', 'string', 1), col('Kernel-Version', 'string', 1), col('Container-Runtime', 'string', 1),
  ],
  row(node, ctx) {
    const info = node.status?.nodeInfo ?? {};
    return [
      node.metadata.name, nodeStatus(node), nodeRoles(node), since(node.metadata.creationTimestamp, ctx), info.kubeletVersion ?? '',
      nodeAddress(node, 'InternalIP'), nodeAddress(node, 'ExternalIP'), info.osImage || '<unknown>', info.kernelVersion || '<unknown>',
      info.containerRuntimeVersion || '<unknown>',
    ];
  },
});

registerTable('namespaces', {
  columns: [nameCol(), col('Status'), col('Age')],
  row: (ns, ctx) => [ns.metadata.name, ns.status?.phase ?? '', since(ns.metadata.creationTimestamp, ctx)],
});

const count = (m: unknown) => (m && typeof m === 'object' ? Object.keys(m).length : 0);

registerTable('configmaps', {
  columns: [nameCol(), col('Data'), col('Age')],
  row: (cm, ctx) => [cm.metadata.name, count(cm.data) + count(cm.binaryData), since(cm.metadata.creationTimestamp, ctx)],
});

registerTable('secrets', {
  columns: [nameCol(), col('Type'), col('Data'), col('Age')],
  row: (s, ctx) => [s.metadata.name, s.type ?? '', count(s.data), since(s.metadata.creationTimestamp, ctx)],
});

registerTable('serviceaccounts', {
  columns: [nameCol(), col('Secrets'), col('Age')],
  row: (sa, ctx) => [sa.metadata.name, (sa.secrets ?? []).length, since(sa.metadata.creationTimestamp, ctx)],
});

/** GetAccessModesAsString: fixed order RWO, ROX, RWX, RWOP. */
function accessModes(modes: string[] | undefined): string {
  const short: [string, string][] = [['ReadWriteOnce', 'RWO'], ['ReadOnlyMany', 'ROX'], ['ReadWriteMany', 'RWX'], ['ReadWriteOncePod', 'RWOP']];
  const set = new Set(modes ?? []);
  return short.filter(([m]) => set.has(m)).map(([, s]) => s).join(',');
}

function storageClass(obj: KObject): string {
  return obj.spec?.storageClassName ?? obj.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';
}

registerTable('persistentvolumes', {
  columns: [
    nameCol(), col('Capacity'), col('Access Modes'), col('Reclaim Policy'), col('Status'), col('Claim'), col('StorageClass'),
    col('VolumeAttributesClass'), col('Reason'), col('Age'), col('VolumeMode', 'string', 1),
  ],
  row(pv, ctx) {
    const claim = pv.spec?.claimRef ? `${pv.spec.claimRef.namespace ?? ''}/${pv.spec.claimRef.name ?? ''}` : '';
    const phase = pv.metadata.deletionTimestamp ? 'Terminating' : pv.status?.phase ?? '';
    return [
      pv.metadata.name, pv.spec?.capacity?.storage ?? '', accessModes(pv.spec?.accessModes), pv.spec?.persistentVolumeReclaimPolicy ?? '',
      phase, claim, storageClass(pv), pv.spec?.volumeAttributesClassName || '<unset>', pv.status?.reason ?? '',
      since(pv.metadata.creationTimestamp, ctx), pv.spec?.volumeMode ?? '<unset>',
    ];
  },
});

registerTable('persistentvolumeclaims', {
  columns: [
    nameCol(), col('Status'), col('Volume'), col('Capacity'), col('Access Modes'), col('StorageClass'), col('VolumeAttributesClass'),
    col('Age'), col('VolumeMode', 'string', 1),
  ],
  row(pvc, ctx) {
    const bound = !!pvc.spec?.volumeName;
    const phase = pvc.metadata.deletionTimestamp ? 'Terminating' : pvc.status?.phase ?? '';
    return [
      pvc.metadata.name, phase, pvc.spec?.volumeName ?? '', bound ? pvc.status?.capacity?.storage ?? '' : '',
      bound ? accessModes(pvc.status?.accessModes) : '', storageClass(pvc), pvc.spec?.volumeAttributesClassName || '<unset>',
      since(pvc.metadata.creationTimestamp, ctx), pvc.spec?.volumeMode ?? '<unset>',
    ];
  },
});
