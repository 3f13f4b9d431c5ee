/**
 * `kubectl create rolebinding` and `kubectl create clusterrolebinding` (kubernetes/kubectl
 * pkg/cmd/create/create_rolebinding.go, create_clusterrolebinding.go). Subjects are
 * listed users, then groups, then service accounts, in rbacv1.Subject field order.
 */
import type { KObject } from '../../../sim/index.js';
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { rbacHelp } from '../auth/help-data.js';
import { createGenerated, generatedMeta, requiredFlag, singleName } from './generator.js';

const GROUP = 'rbac.authorization.k8s.io';

/** The subjects from --user, --group and --serviceaccount, or the error kubectl reports. */
export function subjectsFrom(ctx: VerbContext): Record<string, string>[] | string {
  const subjects: Record<string, string>[] = [];
  for (const name of flag.list(ctx.parsed, 'user')) subjects.push({ kind: 'User', apiGroup: GROUP, name });
  for (const name of flag.list(ctx.parsed, 'group')) subjects.push({ kind: 'Group', apiGroup: GROUP, name });
  for (const sa of flag.list(ctx.parsed, 'serviceaccount')) {
    const parts = sa.split(':');
    if (parts.length !== 2 || !parts[0] || !parts[1]) return 'serviceaccount must be <namespace>:<name>';
    subjects.push({ kind: 'ServiceAccount', name: parts[1], namespace: parts[0] });
  }
  return subjects;
}

function binding(kind: 'RoleBinding' | 'ClusterRoleBinding', meta: KObject['metadata'], roleKind: string, role: string, subjects: Record<string, string>[]): KObject {
  const o: KObject = { kind, apiVersion: `${GROUP}/v1`, metadata: meta };
  if (subjects.length) o.subjects = subjects;
  o.roleRef = { apiGroup: GROUP, kind: roleKind, name: role };
  return o;
}

function runRoleBinding(ctx: VerbContext): number {
  const name = singleName(ctx);
  if (typeof name === 'number') return name;
  const clusterRole = flag.str(ctx.parsed, 'clusterrole');
  const role = flag.str(ctx.parsed, 'role');
  if (!clusterRole === !role) return fail(ctx, 'exactly one of clusterrole or role must be specified');
  const subjects = subjectsFrom(ctx);
  if (typeof subjects === 'string') return fail(ctx, subjects);
  return createGenerated(ctx, binding('RoleBinding', generatedMeta(ctx, name), role ? 'Role' : 'ClusterRole', role || clusterRole, subjects), undefined);
}

function runClusterRoleBinding(ctx: VerbContext): number {
  // cobra checks required flags before the command runs, so this comes before the NAME check.
  if (!ctx.parsed.changed.has('clusterrole')) return requiredFlag(ctx, 'clusterrole');
  const name = singleName(ctx);
  if (typeof name === 'number') return name;
  const subjects = subjectsFrom(ctx);
  if (typeof subjects === 'string') return fail(ctx, subjects);
  const meta = generatedMeta(ctx, name);
  delete meta.namespace;
  return createGenerated(ctx, binding('ClusterRoleBinding', meta, 'ClusterRole', flag.str(ctx.parsed, 'clusterrole'), subjects), undefined);
}

export const createRoleBindingVerb: VerbDef = { name: 'rolebinding', ...rbacHelp('create rolebinding'), run: runRoleBinding };
export const createClusterRoleBindingVerb: VerbDef = { name: 'clusterrolebinding', ...rbacHelp('create clusterrolebinding'), run: runClusterRoleBinding };
