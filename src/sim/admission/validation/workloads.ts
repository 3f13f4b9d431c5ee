/**
 * Workload validation: Deployment / ReplicaSet (kubernetes/kubernetes
 * pkg/apis/apps/validation/validation.go), ReplicationController
 * (pkg/apis/core/validation ValidateReplicationControllerSpec), Job and CronJob basics
 * (pkg/apis/batch/validation), and the apps/v1 immutable selector (pkg/registry/apps/*
 * strategy ValidateUpdate).
 */
import { fromLabelSelector, matches } from '../../labels.js';
import { deepEqual } from '../../objects.js';
import type { KObject, LabelSelector } from '../../types.js';
import { goIntOrString, goLabelSelector, goStringMap } from '../go-format.js';
import { forbidden, IMMUTABLE, invalid, nonNegative, notSupported, required, type Errs } from './field.js';
import { validateLabelSelector } from './meta.js';
import { cronScheduleError } from './cron.js';
import { isValidPercent } from './names.js';
import { validatePodTemplateSpec } from './pod.js';

type Obj = Record<string, any>;

const MISMATCH = '`selector` does not match template `labels`';

function intOrPercentValue(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && isValidPercent(v).length === 0) return Number(v.slice(0, -1));
  return 0;
}

function validatePositiveIntOrPercent(v: unknown, path: string, errs: Errs): void {
  if (typeof v === 'string') for (const m of isValidPercent(v)) errs.push(invalid(path, goIntOrString(v), m, true));
  else if (typeof v === 'number' && v < 0) errs.push(invalid(path, v, 'must be greater than or equal to 0'));
}

function notMoreThan100(v: unknown, path: string, errs: Errs): void {
  if (typeof v === 'string' && isValidPercent(v).length === 0 && Number(v.slice(0, -1)) > 100) {
    errs.push(invalid(path, goIntOrString(v), 'must not be greater than 100%', true));
  }
}

/** ValidatePodTemplateSpecForReplicaSet / ForRC. */
function validateTemplateFor(owner: string, tpl: Obj | undefined, selectorMatches: ((l: Record<string, string> | undefined) => boolean) | undefined, path: string, errs: Errs): void {
  if (!tpl || typeof tpl !== 'object') { errs.push(required(path)); return; }
  const labels = tpl.metadata?.labels;
  if (selectorMatches && !selectorMatches(labels)) errs.push(invalid(`${path}.metadata.labels`, goStringMap(labels), MISMATCH, true));
  validatePodTemplateSpec(tpl, path, errs);
  const rp = tpl.spec?.restartPolicy;
  if (rp !== 'Always') errs.push(notSupported(`${path}.spec.restartPolicy`, rp ?? '', ['Always']));
  if (tpl.spec?.activeDeadlineSeconds != null) errs.push(forbidden(`${path}.spec.activeDeadlineSeconds`, `activeDeadlineSeconds in ${owner} is not Supported`));
}

function validateSelectorAndTemplate(s: Obj, errs: Errs, what = 'deployment', owner = 'ReplicaSet'): void {
  const sel = s.selector as LabelSelector | undefined;
  if (!sel) errs.push(required('spec.selector'));
  else {
    validateLabelSelector(sel, 'spec.selector', errs);
    if (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length) {
      errs.push(invalid('spec.selector', goLabelSelector(sel), `empty selector is invalid for ${what}`, true));
    }
  }
  // LabelSelectorAsSelector(nil) is Nothing(), which is Empty(): no match check then.
  const parsed = sel ? fromLabelSelector(sel) : undefined;
  const empty = !sel || (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length);
  validateTemplateFor(owner, s.template, empty ? undefined : (l) => matches(parsed, l ?? {}), 'spec.template', errs);
}

export function validateDeployment(o: KObject, errs: Errs): void {
  const s = (o.spec ?? {}) as Obj;
  nonNegative(s.replicas, 'spec.replicas', errs);
  validateSelectorAndTemplate(s, errs);
  const st = s.strategy ?? {};
  switch (st.type) {
    case 'Recreate':
      if (st.rollingUpdate) errs.push(forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"));
      break;
    case 'RollingUpdate': {
      const ru = st.rollingUpdate;
      if (!ru) { errs.push(required('spec.strategy.rollingUpdate', 'this should be defaulted and never be nil')); break; }
      const p = 'spec.strategy.rollingUpdate';
      validatePositiveIntOrPercent(ru.maxUnavailable, `${p}.maxUnavailable`, errs);
      validatePositiveIntOrPercent(ru.maxSurge, `${p}.maxSurge`, errs);
      if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0) {
        errs.push(invalid(`${p}.maxUnavailable`, goIntOrString(ru.maxUnavailable), 'may not be 0 when `maxSurge` is 0', true));
      }
      notMoreThan100(ru.maxUnavailable, `${p}.maxUnavailable`, errs);
      break;
    }
    default:
      errs.push(notSupported('spec.strategy', `apps.DeploymentStrategy{Type:${JSON.stringify(st.type ?? '')}, RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}`, ['Recreate', 'RollingUpdate'], true));
  }
  nonNegative(s.minReadySeconds, 'spec.minReadySeconds', errs);
  nonNegative(s.revisionHistoryLimit, 'spec.revisionHistoryLimit', errs);
  if (typeof s.progressDeadlineSeconds === 'number') {
    nonNegative(s.progressDeadlineSeconds, 'spec.progressDeadlineSeconds', errs);
    if (s.progressDeadlineSeconds <= (s.minReadySeconds ?? 0)) errs.push(invalid('spec.progressDeadlineSeconds', s.progressDeadlineSeconds, 'must be greater than minReadySeconds'));
  }
}

export function validateReplicaSet(o: KObject, errs: Errs): void {
  const s = (o.spec ?? {}) as Obj;
  nonNegative(s.replicas, 'spec.replicas', errs);
  nonNegative(s.minReadySeconds, 'spec.minReadySeconds', errs);
  validateSelectorAndTemplate(s, errs);
}

export function validateStatefulSet(o: KObject, errs: Errs): void {
  const s = (o.spec ?? {}) as Obj;
  nonNegative(s.replicas, 'spec.replicas', errs);
  validateSelectorAndTemplate(s, errs, 'statefulset', 'StatefulSet');
}

export function validateDaemonSet(o: KObject, errs: Errs): void {
  validateSelectorAndTemplate((o.spec ?? {}) as Obj, errs, 'daemonset', 'DaemonSet');
}

/** apps/v1: spec.selector may not change (strategy ValidateUpdate, after the spec checks). */
export function validateSelectorImmutable(o: KObject, old: KObject, errs: Errs): void {
  if (!deepEqual(o.spec?.selector, old.spec?.selector)) errs.push(invalid('spec.selector', goLabelSelector(o.spec?.selector), IMMUTABLE, true));
}

export function validateReplicationController(o: KObject, errs: Errs): void {
  const s = (o.spec ?? {}) as Obj;
  nonNegative(s.minReadySeconds, 'spec.minReadySeconds', errs);
  const sel = s.selector as Record<string, string> | undefined;
  if (!sel || !Object.keys(sel).length) errs.push(required('spec.selector'));
  nonNegative(s.replicas, 'spec.replicas', errs);
  const hasSel = !!sel && Object.keys(sel).length > 0;
  validateTemplateFor('ReplicationController', s.template, hasSel ? (l) => Object.entries(sel!).every(([k, v]) => (l ?? {})[k] === v) : undefined, 'spec.template', errs);
}

function validateJobSpec(s: Obj, path: string, errs: Errs): void {
  nonNegative(s.parallelism, `${path}.parallelism`, errs);
  nonNegative(s.completions, `${path}.completions`, errs);
  if (typeof s.activeDeadlineSeconds === 'number' && s.activeDeadlineSeconds <= 0) errs.push(invalid(`${path}.activeDeadlineSeconds`, s.activeDeadlineSeconds, 'must be greater than 0'));
  nonNegative(s.backoffLimit, `${path}.backoffLimit`, errs);
  nonNegative(s.ttlSecondsAfterFinished, `${path}.ttlSecondsAfterFinished`, errs);
  const tp = `${path}.template`;
  validatePodTemplateSpec(s.template, tp, errs);
  const rp = s.template?.spec?.restartPolicy;
  if (rp !== 'OnFailure' && rp !== 'Never') errs.push(notSupported(`${tp}.spec.restartPolicy`, rp ?? '', ['OnFailure', 'Never']));
}

/** validateGeneratedSelector: without manualSelector the selector is exactly the generated one. */
function validateGeneratedSelector(o: KObject, errs: Errs): void {
  const s = (o.spec ?? {}) as Obj;
  if (s.manualSelector === true || !s.selector) return;
  const uid = s.template?.metadata?.labels?.['batch.kubernetes.io/controller-uid'];
  if (!deepEqual(s.selector, { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } })) {
    errs.push(invalid('spec.selector', goLabelSelector(s.selector), '`selector` not auto-generated', true));
  }
}

export function validateJob(o: KObject, errs: Errs): void {
  validateGeneratedSelector(o, errs);
  const s = (o.spec ?? {}) as Obj;
  validateJobSpec(s, 'spec', errs);
  // ValidateJobSpec (not the job template's): the selector exists and selects the pods.
  if (!s.selector) errs.push(required('spec.selector'));
  else {
    validateLabelSelector(s.selector, 'spec.selector', errs);
    const labels = s.template?.metadata?.labels;
    if (!matches(fromLabelSelector(s.selector), labels ?? {})) errs.push(invalid('spec.template.metadata.labels', goStringMap(labels), MISMATCH, true));
  }
}

export function validateCronJob(o: KObject, errs: Errs): void {
  const s = (o.spec ?? {}) as Obj;
  if ((o.metadata.name ?? '').length > 52) errs.push(invalid('metadata.name', o.metadata.name, 'must be no more than 52 characters'));
  if (!s.schedule) errs.push(required('spec.schedule'));
  else if (/TZ/.test(s.schedule)) errs.push(invalid('spec.schedule', s.schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  else {
    const err = cronScheduleError(s.schedule);
    if (err) errs.push(invalid('spec.schedule', s.schedule, err));
  }
  if (s.concurrencyPolicy && !['Allow', 'Forbid', 'Replace'].includes(s.concurrencyPolicy)) {
    errs.push(notSupported('spec.concurrencyPolicy', s.concurrencyPolicy, ['Allow', 'Forbid', 'Replace']));
  }
  nonNegative(s.startingDeadlineSeconds, 'spec.startingDeadlineSeconds', errs);
  nonNegative(s.successfulJobsHistoryLimit, 'spec.successfulJobsHistoryLimit', errs);
  nonNegative(s.failedJobsHistoryLimit, 'spec.failedJobsHistoryLimit', errs);
  validateJobSpec((s.jobTemplate?.spec ?? {}) as Obj, 'spec.jobTemplate.spec', errs);
}
