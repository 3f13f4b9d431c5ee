/**
 * Defaulting and create-time strategy mutations of the kinds that need no controller:
 * CertificateSigningRequests record who asked (pkg/registry/certificates/certificates/
 * strategy.go PrepareForCreate), CSIDrivers get their spec defaults
 * (pkg/apis/storage/v1/defaults.go SetDefaults_CSIDriverSpec).
 */
import type { KObject } from '../../types.js';
import type { AdmissionContext } from '../index.js';

/** A CSR's requester comes from the request, never from the body; it cannot be created approved. */
export function defaultCertificateSigningRequest(csr: KObject, ctx: AdmissionContext): void {
  if (ctx.operation !== 'CREATE') return;
  const spec = (csr.spec ??= {});
  delete spec.username;
  delete spec.uid;
  delete spec.groups;
  delete spec.extra;
  const user = ctx.user;
  if (user) {
    spec.username = user.name;
    if (user.uid) spec.uid = user.uid;
    if (user.groups.length) spec.groups = [...user.groups];
    if (user.extra && Object.keys(user.extra).length) spec.extra = structuredClone(user.extra);
  }
  delete csr.status;
}

/** SetDefaults_CSIDriverSpec for the GA fields (SELinuxMount's gate is on by default in 1.33). */
export function defaultCSIDriver(d: KObject): void {
  const spec = (d.spec ??= {});
  spec.attachRequired ??= true;
  spec.podInfoOnMount ??= false;
  spec.storageCapacity ??= false;
  spec.fsGroupPolicy ??= 'ReadWriteOnceWithFSType';
  spec.requiresRepublish ??= false;
  spec.seLinuxMount ??= false;
  if (!spec.volumeLifecycleModes?.length) spec.volumeLifecycleModes = ['Persistent'];
}
