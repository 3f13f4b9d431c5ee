/**
 * Workload defaults: apps/v1 (pkg/apis/apps/v1/defaults.go), batch/v1
 * (pkg/apis/batch/v1/defaults.go), the ReplicationController defaults of
 * pkg/apis/core/v1/defaults.go, and the strategies' PrepareForCreate (status cleared).
 */
import type { KObject } from '../../types.js';
import type { AdmissionContext } from '../index.js';
import { generateJobSelector } from './job-selector.js';
import { defaultPodTemplate } from './pod-spec.js';

type Obj = Record<string, any>;

function spec(o: KObject): Obj | undefined {
  return o.spec && typeof o.spec === 'object' ? o.spec : undefined;
}

/** On CREATE the strategies reset status to its zero value. */
function resetStatus(o: KObject, ctx: AdmissionContext, zero: Obj): void {
  if (ctx.operation === 'CREATE') o.status = zero;
}

export function defaultDeployment(o: KObject, ctx: AdmissionContext): void {
  const s = spec(o);
  if (s) {
    if (s.replicas === undefined || s.replicas === null) s.replicas = 1;
    if (!s.strategy || typeof s.strategy !== 'object') s.strategy = {};
    if (!s.strategy.type) s.strategy.type = 'RollingUpdate';
    if (s.strategy.type === 'RollingUpdate') {
      if (!s.strategy.rollingUpdate || typeof s.strategy.rollingUpdate !== 'object') s.strategy.rollingUpdate = {};
      const ru = s.strategy.rollingUpdate;
      if (ru.maxUnavailable === undefined || ru.maxUnavailable === null) ru.maxUnavailable = '25%';
      if (ru.maxSurge === undefined || ru.maxSurge === null) ru.maxSurge = '25%';
    }
    if (s.revisionHistoryLimit === undefined || s.revisionHistoryLimit === null) s.revisionHistoryLimit = 10;
    if (s.progressDeadlineSeconds === undefined || s.progressDeadlineSeconds === null) s.progressDeadlineSeconds = 600;
    defaultPodTemplate(s.template);
  }
  resetStatus(o, ctx, {});
}

export function defaultReplicaSet(o: KObject, ctx: AdmissionContext): void {
  const s = spec(o);
  if (s) {
    if (s.replicas === undefined || s.replicas === null) s.replicas = 1;
    defaultPodTemplate(s.template);
  }
  resetStatus(o, ctx, { replicas: 0 });
}

/** RC selector and labels default to the template's labels. */
export function defaultReplicationController(o: KObject, ctx: AdmissionContext): void {
  const s = spec(o);
  if (s) {
    const labels = s.template?.metadata?.labels;
    if (labels && typeof labels === 'object') {
      if (!s.selector || !Object.keys(s.selector).length) s.selector = { ...labels };
      if (!o.metadata.labels || !Object.keys(o.metadata.labels).length) o.metadata.labels = { ...labels };
    }
    if (s.replicas === undefined || s.replicas === null) s.replicas = 1;
    defaultPodTemplate(s.template);
  }
  resetStatus(o, ctx, { replicas: 0 });
}

export function defaultDaemonSet(o: KObject, ctx: AdmissionContext): void {
  const s = spec(o);
  if (s) {
    if (!s.updateStrategy || typeof s.updateStrategy !== 'object') s.updateStrategy = {};
    if (!s.updateStrategy.type) s.updateStrategy.type = 'RollingUpdate';
    if (s.updateStrategy.type === 'RollingUpdate') {
      const ru = (s.updateStrategy.rollingUpdate ??= {});
      if (ru.maxUnavailable === undefined) ru.maxUnavailable = 1;
      if (ru.maxSurge === undefined) ru.maxSurge = 0;
    }
    if (s.revisionHistoryLimit === undefined) s.revisionHistoryLimit = 10;
    defaultPodTemplate(s.template);
  }
  resetStatus(o, ctx, { currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0 });
}

export function defaultStatefulSet(o: KObject, ctx: AdmissionContext): void {
  const s = spec(o);
  if (s) {
    if (!s.podManagementPolicy) s.podManagementPolicy = 'OrderedReady';
    if (!s.updateStrategy || typeof s.updateStrategy !== 'object') s.updateStrategy = {};
    if (!s.updateStrategy.type) s.updateStrategy.type = 'RollingUpdate';
    if (s.updateStrategy.type === 'RollingUpdate') {
      const ru = (s.updateStrategy.rollingUpdate ??= {});
      if (ru.partition === undefined) ru.partition = 0;
    }
    if (!s.persistentVolumeClaimRetentionPolicy) s.persistentVolumeClaimRetentionPolicy = {};
    const rp = s.persistentVolumeClaimRetentionPolicy;
    if (!rp.whenDeleted) rp.whenDeleted = 'Retain';
    if (!rp.whenScaled) rp.whenScaled = 'Retain';
    if (s.replicas === undefined || s.replicas === null) s.replicas = 1;
    if (s.revisionHistoryLimit === undefined) s.revisionHistoryLimit = 10;
    defaultPodTemplate(s.template);
  }
  resetStatus(o, ctx, { availableReplicas: 0, replicas: 0 });
}

/** SetDefaults_Job. The job strategy also clears status on create. */
export function defaultJob(o: KObject, ctx: AdmissionContext): void {
  const s = spec(o);
  if (s) {
    if (s.completions == null && s.parallelism == null) { s.completions = 1; s.parallelism = 1; }
    if (s.parallelism == null) s.parallelism = 1;
    if (s.backoffLimit == null) s.backoffLimit = s.backoffLimitPerIndex != null ? 2147483647 : 6;
    const labels = s.template?.metadata?.labels;
    if (labels && typeof labels === 'object' && (!o.metadata.labels || !Object.keys(o.metadata.labels).length)) o.metadata.labels = { ...labels };
    if (!s.completionMode) s.completionMode = 'NonIndexed';
    if (s.suspend == null) s.suspend = false;
    if (!s.podReplacementPolicy) s.podReplacementPolicy = s.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
    defaultPodTemplate(s.template);
    if (ctx.operation === 'CREATE') generateJobSelector(o, ctx);
  }
  resetStatus(o, ctx, {});
}

/** SetDefaults_CronJob; the job template's pod template gets pod defaults. */
export function defaultCronJob(o: KObject, ctx: AdmissionContext): void {
  const s = spec(o);
  if (s) {
    if (!s.concurrencyPolicy) s.concurrencyPolicy = 'Allow';
    if (s.suspend == null) s.suspend = false;
    if (s.successfulJobsHistoryLimit == null) s.successfulJobsHistoryLimit = 3;
    if (s.failedJobsHistoryLimit == null) s.failedJobsHistoryLimit = 1;
    const jt = s.jobTemplate;
    if (jt && typeof jt === 'object') {
      if (!jt.metadata || typeof jt.metadata !== 'object') jt.metadata = {};
      if (!('creationTimestamp' in jt.metadata)) jt.metadata.creationTimestamp = null;
      if (jt.spec && typeof jt.spec === 'object') defaultPodTemplate(jt.spec.template);
    }
  }
  resetStatus(o, ctx, {});
}
