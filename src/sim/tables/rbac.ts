/**
 * RoleBindings and ClusterRoleBindings (printRoleBinding, printClusterRoleBinding in
 * kubernetes/kubernetes pkg/printers/internalversion/printers.go). Roles and ClusterRoles
 * have no printer: they get the default NAME / CREATED AT table.
 */
import type { KObject } from '../types.js';
import { since } from './helpers.js';
import { col, nameCol, registerTable, type TableConverter } from './table-registry.js';

/** SubjectsStrings: users, groups and `namespace/name` service accounts, each `, `-joined. */
function subjects(b: KObject): [string, string, string] {
  const users: string[] = [];
  const groups: string[] = [];
  const sas: string[] = [];
  for (const s of (b.subjects ?? []) as { kind: string; name: string; namespace?: string }[]) {
    if (s.kind === 'User') users.push(s.name);
    else if (s.kind === 'Group') groups.push(s.name);
    else if (s.kind === 'ServiceAccount') sas.push(`${s.namespace ?? ''}/${s.name}`);
  }
  return [users.join(', '), groups.join(', '), sas.join(', ')];
}

const binding: TableConverter = {
  columns: [nameCol(), col('Role'), col('Age'), col('Users', 'string', 1), col('Groups', 'string', 1), col('ServiceAccounts', 'string', 1)],
  row: (b, ctx) => [b.metadata.name, `${b.roleRef?.kind ?? ''}/${b.roleRef?.name ?? ''}`, since(b.metadata.creationTimestamp, ctx), ...subjects(b)],
};

registerTable('rolebindings.rbac.authorization.k8s.io', binding);
registerTable('clusterrolebindings.rbac.authorization.k8s.io', binding);
