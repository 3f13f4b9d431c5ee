/**
 * Defaulting: one function per kind, run on every write (upstream defaults while decoding,
 * so updates are defaulted too) together with the create-time mutations the strategies
 * and mutating admission plugins make.
 */
import type { KObject, Pod } from '../../types.js';
import type { AdmissionContext } from '../index.js';
import { defaultCertificateSigningRequest, defaultCSIDriver } from './api-extras.js';
import { defaultEndpoints, defaultNamespace, defaultNode, defaultSecret } from './core-misc.js';
import { defaultPod } from './pod.js';
import { defaultPodTemplate } from './pod-spec.js';
import { defaultBinding } from './rbac.js';
import { defaultService } from './service.js';
import {
  defaultCronJob, defaultDaemonSet, defaultDeployment, defaultJob, defaultReplicaSet, defaultReplicationController,
  defaultStatefulSet,
} from './workloads.js';

type Defaulter = (obj: KObject, ctx: AdmissionContext) => void;

/** Keyed by `group/Kind` ('' group for core). */
const DEFAULTERS: Record<string, Defaulter> = {
  '/Pod': (o, ctx) => defaultPod(o as Pod, ctx),
  '/PodTemplate': (o) => defaultPodTemplate(o.template),
  '/ReplicationController': defaultReplicationController,
  '/Service': defaultService,
  '/Namespace': defaultNamespace,
  '/Secret': (o) => defaultSecret(o),
  '/Endpoints': (o) => defaultEndpoints(o),
  '/Node': (o) => defaultNode(o),
  'apps/Deployment': defaultDeployment,
  'apps/ReplicaSet': defaultReplicaSet,
  'apps/DaemonSet': defaultDaemonSet,
  'apps/StatefulSet': defaultStatefulSet,
  'batch/Job': defaultJob,
  'batch/CronJob': defaultCronJob,
  'rbac.authorization.k8s.io/RoleBinding': (o) => defaultBinding(o),
  'rbac.authorization.k8s.io/ClusterRoleBinding': (o) => defaultBinding(o),
  'certificates.k8s.io/CertificateSigningRequest': defaultCertificateSigningRequest,
  'storage.k8s.io/CSIDriver': (o) => defaultCSIDriver(o),
};

/** The defaulting admission step. */
export function defaultStep(obj: KObject, ctx: AdmissionContext): KObject {
  // A status write keeps the stored (already defaulted, frozen) spec: nothing to default.
  if (ctx.subresource === 'status') return obj;
  const fn = DEFAULTERS[`${ctx.type.group}/${ctx.type.kind}`];
  if (fn) fn(obj, ctx);
  return obj;
}
