/**
 * Printers of PodTemplates, ComponentStatuses and CertificateSigningRequests (the matching
 * print* functions of kubernetes/kubernetes pkg/printers/internalversion/printers.go, 1.33).
 */
import { containerCells, formatMap, since } from './helpers.js';
import { humanDuration } from './duration.js';
import { col, nameCol, registerTable } from './table-registry.js';
import type { KObject } from '../types.js';

registerTable('podtemplates', {
  columns: [nameCol(), col('Containers'), col('Images'), col('Pod Labels')],
  row(pt) {
    const [names, images] = containerCells(pt.template?.spec?.containers);
    return [pt.metadata.name, names, images, formatMap(pt.template?.metadata?.labels)];
  },
});

registerTable('componentstatuses', {
  columns: [nameCol(), col('Status'), col('Message'), col('Error')],
  row(cs) {
    // The first Healthy condition decides; no condition at all is Unknown.
    const c = (cs.conditions ?? []).find((x: { type: string }) => x.type === 'Healthy');
    const status = !c ? 'Unknown' : c.status === 'True' ? 'Healthy' : 'Unhealthy';
    return [cs.metadata.name, status, c?.message ?? '', c?.error ?? ''];
  },
});

/** extractCSRStatus: Denied over Approved over Pending, then `,Failed` and `,Issued`. */
function csrCondition(csr: KObject): string {
  const types = new Set((csr.status?.conditions ?? []).map((c: { type: string }) => c.type));
  let status = types.has('Denied') ? 'Denied' : types.has('Approved') ? 'Approved' : 'Pending';
  if (types.has('Failed')) status += ',Failed';
  if (csr.status?.certificate) status += ',Issued';
  return status;
}

registerTable('certificatesigningrequests.certificates.k8s.io', {
  columns: [nameCol(), col('Age'), col('SignerName'), col('Requestor'), col('RequestedDuration'), col('Condition')],
  row(csr, ctx) {
    const secs = csr.spec?.expirationSeconds;
    return [
      csr.metadata.name, since(csr.metadata.creationTimestamp, ctx), csr.spec?.signerName || '<none>', csr.spec?.username ?? '',
      typeof secs === 'number' ? humanDuration(secs * 1000) : '<none>', csrCondition(csr),
    ];
  },
});
