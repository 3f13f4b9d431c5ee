/**
 * Printers of node, storage and network infrastructure kinds: RuntimeClass, IngressClass,
 * IPAddress, ServiceCIDR, CSIDriver, CSINode, CSIStorageCapacity, VolumeAttachment (the
 * matching print* functions of kubernetes/kubernetes pkg/printers/internalversion/printers.go,
 * 1.33 column sets; CSIDriver has the SELinuxMount column, its feature gate being on by default).
 */
import { since } from './helpers.js';
import { col, nameCol, registerTable } from './table-registry.js';

registerTable('runtimeclasses.node.k8s.io', {
  columns: [nameCol(), col('Handler'), col('Age')],
  row: (rc, ctx) => [rc.metadata.name, rc.handler ?? '', since(rc.metadata.creationTimestamp, ctx)],
});

registerTable('ingressclasses.networking.k8s.io', {
  columns: [nameCol(), col('Controller'), col('Parameters'), col('Age')],
  row(ic, ctx) {
    const p = ic.spec?.parameters;
    const parameters = p ? `${p.kind ?? ''}${p.apiGroup !== undefined && p.apiGroup !== null ? `.${p.apiGroup}` : ''}/${p.name ?? ''}` : '<none>';
    return [ic.metadata.name, ic.spec?.controller ?? '', parameters, since(ic.metadata.creationTimestamp, ctx)];
  },
});

registerTable('ipaddresses.networking.k8s.io', {
  columns: [nameCol(), col('ParentRef'), col('Age')],
  row(ip, ctx) {
    const ref = ip.spec?.parentRef;
    let parent = '<none>';
    if (ref) {
      // schema.GroupResource.String(), lower-cased, then namespace and name.
      parent = (ref.group ? `${ref.resource ?? ''}.${ref.group}` : ref.resource ?? '').toLowerCase();
      if (ref.namespace) parent += `/${ref.namespace}`;
      parent += `/${ref.name ?? ''}`;
    }
    return [ip.metadata.name, parent, since(ip.metadata.creationTimestamp, ctx)];
  },
});

registerTable('servicecidrs.networking.k8s.io', {
  columns: [nameCol(), col('CIDRs'), col('Age')],
  row: (sc, ctx) => [sc.metadata.name, (sc.spec?.cidrs ?? []).join(','), since(sc.metadata.creationTimestamp, ctx)],
});

const flag = (v: unknown, dflt: boolean) => (typeof v === 'boolean' ? v : dflt);

registerTable('csidrivers.storage.k8s.io', {
  columns: [
    nameCol(), col('AttachRequired', 'boolean'), col('PodInfoOnMount', 'boolean'), col('StorageCapacity', 'boolean'),
    col('TokenRequests'), col('RequiresRepublish', 'boolean'), col('SELinuxMount', 'boolean'), col('Modes'), col('Age'),
  ],
  row(d, ctx) {
    const s = d.spec ?? {};
    const tokens = Array.isArray(s.tokenRequests) ? s.tokenRequests.map((t: { audience?: string }) => t.audience ?? '').join(',') : '<unset>';
    const modes = (s.volumeLifecycleModes ?? []).join(',') || '<none>';
    return [
      d.metadata.name, flag(s.attachRequired, true), flag(s.podInfoOnMount, false), flag(s.storageCapacity, false),
      tokens, flag(s.requiresRepublish, false), flag(s.seLinuxMount, false), modes, since(d.metadata.creationTimestamp, ctx),
    ];
  },
});

registerTable('csinodes.storage.k8s.io', {
  columns: [nameCol(), col('Drivers', 'integer'), col('Age')],
  row: (n, ctx) => [n.metadata.name, (n.spec?.drivers ?? []).length, since(n.metadata.creationTimestamp, ctx)],
});

registerTable('csistoragecapacities.storage.k8s.io', {
  columns: [nameCol(), col('StorageClassName'), col('Capacity')],
  row: (c) => [c.metadata.name, c.storageClassName ?? '', c.capacity ?? '<unset>'],
});

registerTable('volumeattachments.storage.k8s.io', {
  columns: [nameCol(), col('Attacher'), col('PV'), col('Node'), col('Attached', 'boolean'), col('Age')],
  row: (va, ctx) => [
    va.metadata.name, va.spec?.attacher ?? '', va.spec?.source?.persistentVolumeName ?? '', va.spec?.nodeName ?? '',
    va.status?.attached ?? false, since(va.metadata.creationTimestamp, ctx),
  ],
});
