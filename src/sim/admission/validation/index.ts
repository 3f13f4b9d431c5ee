/**
 * Validation: one row per kind (name rule, create checks, update checks), run after
 * defaulting. Failures become one 422 Invalid Status listing every cause in upstream's
 * order (duplicates dropped, as field.ErrorList.ToAggregate does).
 */
import { invalid as invalidStatus, formatFieldError, type Status } from '../../errors.js';
import type { KObject } from '../../types.js';
import type { AdmissionContext } from '../index.js';
import { validateConfigMap, validateImmutableData, validateNamespace, validateSecret, validateSecretUpdate } from './core-misc.js';
import type { Errs } from './field.js';
import { validateObjectMeta, validateObjectMetaUpdate } from './meta.js';
import { isDNS1123Label, nameIsDNS1035Label, nameIsDNSLabel, nameIsDNSSubdomain, nameIsPathSegment, type NameFn } from './names.js';
import { validatePodSpec } from './pod.js';
import { validatePodUpdate } from './pod-update.js';
import { validateClusterRole, validateClusterRoleBinding, validateRole, validateRoleBinding, validateRoleRefUpdate } from './rbac.js';
import { validateService, validateServiceUpdate } from './service.js';
import { validateAPIService } from './api-extras.js';
import {
  validateCronJob, validateDaemonSet, validateDeployment, validateStatefulSet, validateJob, validateReplicaSet, validateReplicationController, validateSelectorImmutable,
} from './workloads.js';

interface KindRules {
  name: NameFn;
  validate?: (o: KObject, errs: Errs) => void;
  /** Update-only checks, after the full-object checks. */
  update?: (o: KObject, old: KObject, errs: Errs) => void;
  /** Pods: an update is checked by the update rule alone (ValidatePodUpdate). */
  updateOnly?: boolean;
}

const RULES: Record<string, KindRules> = {
  '/Pod': { name: nameIsDNSSubdomain, validate: (o, e) => validatePodSpec(o.spec, 'spec', e), update: validatePodUpdate, updateOnly: true },
  '/Service': { name: nameIsDNS1035Label, validate: validateService, update: validateServiceUpdate },
  '/Namespace': { name: nameIsDNSLabel, validate: validateNamespace },
  '/ReplicationController': { name: nameIsDNSSubdomain, validate: validateReplicationController },
  '/ConfigMap': { name: nameIsDNSSubdomain, validate: validateConfigMap, update: (o, old, e) => validateImmutableData(o, old, e, ['data', 'binaryData']) },
  '/Secret': { name: nameIsDNSSubdomain, validate: validateSecret, update: validateSecretUpdate },
  '/Event': { name: nameIsPathSegment },
  'apps/Deployment': { name: nameIsDNSSubdomain, validate: validateDeployment, update: validateSelectorImmutable },
  'apps/ReplicaSet': { name: nameIsDNSSubdomain, validate: validateReplicaSet, update: validateSelectorImmutable },
  'apps/StatefulSet': { name: nameIsDNSSubdomain, validate: validateStatefulSet },
  'apps/DaemonSet': { name: nameIsDNSSubdomain, validate: validateDaemonSet, update: validateSelectorImmutable },
  'batch/Job': { name: nameIsDNSSubdomain, validate: validateJob },
  'batch/CronJob': { name: nameIsDNSSubdomain, validate: validateCronJob },
  'rbac.authorization.k8s.io/Role': { name: nameIsPathSegment, validate: validateRole },
  'rbac.authorization.k8s.io/ClusterRole': { name: nameIsPathSegment, validate: validateClusterRole },
  'rbac.authorization.k8s.io/RoleBinding': { name: nameIsPathSegment, validate: validateRoleBinding, update: validateRoleRefUpdate },
  'rbac.authorization.k8s.io/ClusterRoleBinding': { name: nameIsPathSegment, validate: validateClusterRoleBinding, update: validateRoleRefUpdate },
  'apiregistration.k8s.io/APIService': { name: nameIsPathSegment, validate: validateAPIService },
};

const DEFAULT_RULES: KindRules = { name: nameIsDNSSubdomain };

/** Runs the kind's validation; returns the collected field errors. */
export function validateObject(obj: KObject, ctx: AdmissionContext): Errs {
  const rules = RULES[`${ctx.type.group}/${ctx.type.kind}`] ?? DEFAULT_RULES;
  const errs: Errs = [];
  const old = ctx.oldObject;
  if (ctx.operation === 'UPDATE' && old) {
    validateObjectMetaUpdate(obj.metadata ?? {}, old.metadata, errs);
    // Status writes validate metadata (and status, which the simulator's own writers keep sane).
    if (ctx.subresource) return errs;
    if (!rules.updateOnly) rules.validate?.(obj, errs);
    rules.update?.(obj, old, errs);
    return errs;
  }
  validateObjectMeta(obj.metadata ?? {}, ctx.type.namespaced, rules.name, errs);
  rules.validate?.(obj, errs);
  return errs;
}

/** Create warnings the strategies return (pkg/registry/batch/job/strategy.go WarningsOnCreate). */
const CREATE_WARNINGS: Record<string, (o: KObject) => string[]> = {
  'batch/Job': (o) => {
    const msgs = isDNS1123Label(o.metadata.name ?? '');
    return msgs.length ? [`metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [${msgs.join(' ')}]`] : [];
  },
};

/** The validation admission step. */
export function validateStep(obj: KObject, ctx: AdmissionContext, warnings: string[]): KObject | Status {
  // The simulator's own components build valid objects from validated specs; validating
  // their thousands of writes per rollout would only find our bugs (the tests do that).
  if (ctx.internal) return obj;
  const errs = validateObject(obj, ctx);
  if (!errs.length) {
    if (ctx.operation === 'CREATE') warnings.push(...(CREATE_WARNINGS[`${ctx.type.group}/${ctx.type.kind}`]?.(obj) ?? []));
    return obj;
  }
  const seen = new Set<string>();
  const unique = errs.filter((e) => { const m = formatFieldError(e); if (seen.has(m)) return false; seen.add(m); return true; });
  return invalidStatus(ctx.type.kind, ctx.type.group, obj.metadata?.name ?? '', unique);
}
