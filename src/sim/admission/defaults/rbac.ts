/** rbac/v1 defaults (pkg/apis/rbac/v1/defaults.go): roleRef and subject API groups. */
import type { KObject } from '../../types.js';

const GROUP = 'rbac.authorization.k8s.io';

export function defaultBinding(o: KObject): void {
  if (o.roleRef && typeof o.roleRef === 'object' && !o.roleRef.apiGroup) o.roleRef.apiGroup = GROUP;
  for (const s of (o.subjects ?? []) as Record<string, string>[]) {
    if (!s || typeof s !== 'object' || s.apiGroup) continue;
    if (s.kind === 'ServiceAccount') s.apiGroup = '';
    else if (s.kind === 'User' || s.kind === 'Group') s.apiGroup = GROUP;
  }
}
