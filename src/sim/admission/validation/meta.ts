/**
 * ObjectMeta validation (apimachinery pkg/api/validation/objectmeta.go and
 * pkg/apis/meta/v1/validation/validation.go, v0.33).
 */
import type { KObject, LabelSelector, ObjectMeta } from '../../types.js';
import { goStringMap } from '../go-format.js';
import { forbidden, invalid, required, tooLong, type Errs, IMMUTABLE } from './field.js';
import { isDNS1123Label, isQualifiedName, isValidLabelValue, type NameFn } from './names.js';

const TOTAL_ANNOTATION_SIZE = 256 * 1024;

/** Go maps iterate in random order; sorted keys keep our messages deterministic. */
function sortedEntries(m: Record<string, string>): [string, string][] {
  return Object.keys(m).sort().map((k) => [k, m[k]]);
}

export function validateLabels(labels: Record<string, string> | undefined, path: string, errs: Errs): void {
  if (!labels || typeof labels !== 'object') return;
  for (const [k, v] of sortedEntries(labels)) {
    for (const msg of isQualifiedName(k)) errs.push(invalid(path, k, msg));
    for (const msg of isValidLabelValue(String(v))) errs.push(invalid(path, v, msg));
  }
}

export function validateAnnotations(ann: Record<string, string> | undefined, path: string, errs: Errs): void {
  if (!ann || typeof ann !== 'object') return;
  let size = 0;
  for (const [k, v] of sortedEntries(ann)) {
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(invalid(path, k, msg));
    size += k.length + String(v).length;
  }
  if (size > TOTAL_ANNOTATION_SIZE) errs.push(tooLong(path, TOTAL_ANNOTATION_SIZE));
}

export function validateLabelSelector(sel: LabelSelector | undefined, path: string, errs: Errs): void {
  if (!sel || typeof sel !== 'object') return;
  validateLabels(sel.matchLabels, `${path}.matchLabels`, errs);
  (sel.matchExpressions ?? []).forEach((r, i) => {
    const p = `${path}.matchExpressions[${i}]`;
    switch (r.operator) {
      case 'In': case 'NotIn':
        if (!r.values?.length) errs.push(required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case 'Exists': case 'DoesNotExist':
        if (r.values?.length) errs.push(forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      default:
        errs.push(invalid(`${p}.operator`, r.operator ?? '', 'not a valid selector operator'));
    }
    for (const msg of isQualifiedName(r.key ?? '')) errs.push(invalid(`${p}.key`, r.key ?? '', msg));
    (r.values ?? []).forEach((v, j) => { for (const msg of isValidLabelValue(v)) errs.push(invalid(`${p}.values[${j}]`, v, msg)); });
  });
}

/** ValidateObjectMetaAccessor: names, namespace, labels, annotations, finalizers. */
export function validateObjectMeta(meta: ObjectMeta, namespaced: boolean, nameFn: NameFn, errs: Errs, path = 'metadata'): void {
  if (meta.generateName) for (const msg of nameFn(meta.generateName, true)) errs.push(invalid(`${path}.generateName`, meta.generateName, msg));
  if (!meta.name) errs.push(required(`${path}.name`, 'name or generateName is required'));
  else for (const msg of nameFn(meta.name, false)) errs.push(invalid(`${path}.name`, meta.name, msg));
  if (namespaced) {
    if (!meta.namespace) errs.push(required(`${path}.namespace`));
    else for (const msg of isDNS1123Label(meta.namespace)) errs.push(invalid(`${path}.namespace`, meta.namespace, msg));
  } else if (meta.namespace) {
    errs.push(forbidden(`${path}.namespace`, 'not allowed on this type'));
  }
  if (typeof meta.generation === 'number' && meta.generation < 0) errs.push(invalid(`${path}.generation`, meta.generation, 'must be greater than or equal to 0'));
  validateLabels(meta.labels, `${path}.labels`, errs);
  validateAnnotations(meta.annotations, `${path}.annotations`, errs);
  const f = meta.finalizers ?? [];
  if (f.includes('orphan') && f.includes('foregroundDeletion')) {
    errs.push(invalid(`${path}.finalizers`, `[]string{${f.map((x) => JSON.stringify(x)).join(', ')}}`, 'finalizer orphan and foregroundDeletion cannot be both set', true));
  }
}

/** ValidateObjectMetaAccessorUpdate (the API layer already pins name/namespace/uid to the stored values). */
export function validateObjectMetaUpdate(meta: ObjectMeta, old: ObjectMeta, errs: Errs, path = 'metadata'): void {
  if (old.deletionTimestamp) {
    const extra = (meta.finalizers ?? []).filter((f) => !(old.finalizers ?? []).includes(f)).sort();
    if (extra.length) errs.push(forbidden(`${path}.finalizers`, `no new finalizers can be added if the object is being deleted, found new finalizers []string{${extra.map((x) => JSON.stringify(x)).join(', ')}}`));
  }
  for (const k of ['name', 'namespace', 'uid', 'creationTimestamp'] as const) {
    if (meta[k] !== old[k]) errs.push(invalid(`${path}.${k}`, meta[k] ?? '', IMMUTABLE));
  }
  validateLabels(meta.labels, `${path}.labels`, errs);
  validateAnnotations(meta.annotations, `${path}.annotations`, errs);
}

/** `map[string]string{...}` for label maps in messages. */
export const labelsValue = (m: Record<string, string> | undefined): string => goStringMap(m);

/** Shorthand: metadata of any object. */
export function metaOf(o: KObject): ObjectMeta {
  return o.metadata ?? {};
}
