/**
 * ConfigMap, Secret and Namespace validation (kubernetes/kubernetes
 * pkg/apis/core/validation/validation.go ValidateConfigMap(Update), ValidateSecret(Update),
 * ValidateNamespace).
 */
import { deepEqual } from '../../objects.js';
import type { KObject } from '../../types.js';
import { forbidden, IMMUTABLE, invalid, required, type Errs } from './field.js';
import { isConfigMapKey } from './names.js';

const IMMUTABLE_SET = 'field is immutable when `immutable` is set';

function validateKeys(data: Record<string, string> | undefined, path: string, errs: Errs): number {
  let size = 0;
  for (const k of Object.keys(data ?? {}).sort()) {
    for (const m of isConfigMapKey(k)) errs.push(invalid(`${path}[${k}]`, k, m));
    size += String(data![k]).length;
  }
  return size;
}

export function validateConfigMap(o: KObject, errs: Errs): void {
  let size = validateKeys(o.data, 'data', errs);
  for (const k of Object.keys(o.binaryData ?? {}).sort()) {
    for (const m of isConfigMapKey(k)) errs.push(invalid(`binaryData[${k}]`, k, m));
    if (o.data && k in o.data) errs.push(invalid(`binaryData[${k}]`, k, 'duplicate of key present in data'));
    size += Math.floor(String(o.binaryData[k]).length * 3 / 4);
  }
  void size;
}

/** Required keys per Secret type (§9.1). */
const SECRET_REQUIRED: Record<string, (o: KObject, errs: Errs) => void> = {
  'kubernetes.io/service-account-token': (o, errs) => {
    if (!o.metadata.annotations?.['kubernetes.io/service-account.name']) errs.push(required('metadata.annotations[kubernetes.io/service-account.name]'));
  },
  'kubernetes.io/dockercfg': (o, errs) => { if (!o.data?.['.dockercfg']) errs.push(required('data[.dockercfg]')); },
  'kubernetes.io/dockerconfigjson': (o, errs) => { if (!o.data?.['.dockerconfigjson']) errs.push(required('data[.dockerconfigjson]')); },
  'kubernetes.io/basic-auth': (o, errs) => {
    if (!o.data?.username && !o.data?.password) {
      errs.push(required('data[username]'));
      errs.push(required('data[password]'));
    }
  },
  'kubernetes.io/ssh-auth': (o, errs) => { if (!o.data?.['ssh-privatekey']) errs.push(required('data[ssh-privatekey]')); },
  'kubernetes.io/tls': (o, errs) => {
    if (!o.data?.['tls.crt']) errs.push(required('data[tls.crt]'));
    if (!o.data?.['tls.key']) errs.push(required('data[tls.key]'));
  },
};

export function validateSecret(o: KObject, errs: Errs): void {
  const size = validateKeys(o.data, 'data', errs);
  SECRET_REQUIRED[o.type ?? '']?.(o, errs);
  void size;
}

/** ValidateConfigMapUpdate / ValidateSecretUpdate: `immutable: true` freezes data. */
export function validateImmutableData(o: KObject, old: KObject, errs: Errs, fields: string[]): void {
  if (old.immutable !== true) return;
  if (o.immutable !== true) errs.push(forbidden('immutable', IMMUTABLE_SET));
  for (const f of fields) if (!deepEqual(o[f], old[f])) errs.push(forbidden(f, IMMUTABLE_SET));
}

export function validateSecretUpdate(o: KObject, old: KObject, errs: Errs): void {
  if ((o.type ?? '') !== (old.type ?? '')) errs.push(invalid('type', o.type ?? '', IMMUTABLE));
  validateImmutableData(o, old, errs, ['data']);
}

export function validateNamespace(o: KObject, errs: Errs): void {
  for (const f of (o.spec?.finalizers ?? []) as string[]) {
    if (!f.includes('/') && f !== 'kubernetes') {
      errs.push(invalid('spec.finalizers', f, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
  }
}
