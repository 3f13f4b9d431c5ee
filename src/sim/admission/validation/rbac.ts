/**
 * RBAC validation (kubernetes/kubernetes pkg/apis/rbac/validation/validation.go): policy
 * rules, roleRef and subjects, and the immutable roleRef.
 */
import type { KObject } from '../../types.js';
import { goQuote } from '../go-format.js';
import { invalid, notSupported, required, type Errs } from './field.js';
import { isDNS1123Subdomain, nameIsPathSegment } from './names.js';

type Obj = Record<string, any>;
const GROUP = 'rbac.authorization.k8s.io';

function validateRules(o: KObject, namespaced: boolean, errs: Errs): void {
  ((o.rules ?? []) as Obj[]).forEach((r, i) => {
    const p = `rules[${i}]`;
    if (!r.verbs?.length) errs.push(required(`${p}.verbs`, 'verbs must contain at least one value'));
    if (r.nonResourceURLs?.length) {
      const v = `[]string{${(r.nonResourceURLs as string[]).map(goQuote).join(', ')}}`;
      if (namespaced) errs.push(invalid(`${p}.nonResourceURLs`, v, 'namespaced rules cannot apply to non-resource URLs', true));
      if (r.apiGroups?.length || r.resources?.length || r.resourceNames?.length) errs.push(invalid(`${p}.nonResourceURLs`, v, 'rules cannot apply to both regular resources and non-resource URLs', true));
      return;
    }
    if (!r.apiGroups?.length) errs.push(required(`${p}.apiGroups`, 'resource rules must supply at least one api group'));
    if (!r.resources?.length) errs.push(required(`${p}.resources`, 'resource rules must supply at least one resource'));
    if (r.resourceNames?.length && r.resources?.length > 1) errs.push(required(`${p}.resourceNames`, 'resource names cannot apply to multiple resources'));
  });
}

export const validateRole = (o: KObject, errs: Errs): void => validateRules(o, true, errs);
export const validateClusterRole = (o: KObject, errs: Errs): void => validateRules(o, false, errs);

function validateSubject(s: Obj, namespaced: boolean, p: string, errs: Errs): void {
  if (!s.name) errs.push(required(`${p}.name`));
  switch (s.kind) {
    case 'ServiceAccount':
      if (s.name) for (const m of isDNS1123Subdomain(s.name)) errs.push(invalid(`${p}.name`, s.name, m));
      if (s.apiGroup) errs.push(notSupported(`${p}.apiGroup`, s.apiGroup, ['']));
      if (!namespaced && !s.namespace) errs.push(required(`${p}.namespace`));
      break;
    case 'User': case 'Group':
      if (!s.name) errs.push(invalid(`${p}.name`, s.name ?? '', `${s.kind === 'User' ? 'user' : 'group'} name cannot be empty`));
      if (s.apiGroup !== GROUP) errs.push(notSupported(`${p}.apiGroup`, s.apiGroup ?? '', [GROUP]));
      break;
    default:
      errs.push(notSupported(`${p}.kind`, s.kind ?? '', ['ServiceAccount', 'User', 'Group']));
  }
}

function validateBinding(o: KObject, namespaced: boolean, errs: Errs): void {
  const ref = (o.roleRef ?? {}) as Obj;
  if (ref.apiGroup !== GROUP) errs.push(notSupported('roleRef.apiGroup', ref.apiGroup ?? '', [GROUP]));
  const kinds = namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'];
  if (!kinds.includes(ref.kind)) errs.push(notSupported('roleRef.kind', ref.kind ?? '', kinds));
  if (!ref.name) errs.push(required('roleRef.name'));
  else for (const m of nameIsPathSegment(ref.name, false)) errs.push(invalid('roleRef.name', ref.name, m));
  ((o.subjects ?? []) as Obj[]).forEach((s, i) => validateSubject(s, namespaced, `subjects[${i}]`, errs));
}

export const validateRoleBinding = (o: KObject, errs: Errs): void => validateBinding(o, true, errs);
export const validateClusterRoleBinding = (o: KObject, errs: Errs): void => validateBinding(o, false, errs);

/** roleRef may not change: `roleRef: Invalid value: rbac.RoleRef{...}: cannot change roleRef`. */
export function validateRoleRefUpdate(o: KObject, old: KObject, errs: Errs): void {
  const a = (o.roleRef ?? {}) as Obj;
  const b = (old.roleRef ?? {}) as Obj;
  if (a.apiGroup !== b.apiGroup || a.kind !== b.kind || a.name !== b.name) {
    errs.push(invalid('roleRef', `rbac.RoleRef{APIGroup:${goQuote(a.apiGroup ?? '')}, Kind:${goQuote(a.kind ?? '')}, Name:${goQuote(a.name ?? '')}}`, 'cannot change roleRef', true));
  }
}
