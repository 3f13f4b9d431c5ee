/**
 * Applying one manifest object, client side (kubernetes/kubectl pkg/cmd/apply/apply.go and
 * patcher.go): GET the live object; if absent, create it with the last-applied annotation;
 * else compute the three-way patch between the last-applied configuration, the new one
 * (which carries its own annotation) and the live object, and send it as a strategic merge
 * patch. An empty patch sends nothing (`unchanged`).
 */
import { fieldOwners, LAST_APPLIED_FIELD_PATH, qualifiedResource, schemaForKind, upgradeManagedFields, type KObject, type ResourceType, type Status } from '../../sim/index.js';
import { flag } from '../flags.js';
import { withLastApplied } from '../verbs/create/index.js';
import { LAST_APPLIED } from '../verbs/create/generator.js';
import type { VerbContext } from '../types.js';
import { refOf, writeQuery, type DryRun } from './common.js';
import { sortedJson, threeWayMergePatch } from './three-way.js';

export type ApplyOutcome =
  | { ok: true; op: 'created' | 'configured' | 'unchanged' | 'serverside-applied'; object: KObject }
  | { ok: false; status?: Status; message: string };

/** cli-runtime resource.Info.String(), used in kubectl's error texts. */
export function infoString(t: ResourceType, name: string, ns: string | undefined): string {
  const gv = t.group ? `${t.group}/${t.version}` : `/${t.version}`;
  return `Resource: "${gv}, Resource=${t.plural}", GroupVersionKind: "${gv}, Kind=${t.kind}"\nName: "${name}", Namespace: "${ns ?? ''}"`;
}

export interface ApplyOptions {
  type: ResourceType;
  namespace?: string;
  source: string;
  dryRun: DryRun;
  validation: string;
  fieldManager: string;
}

/** Client-side apply of one object. */
export function applyClientSide(ctx: VerbContext, obj: KObject, o: ApplyOptions): ApplyOutcome {
  const ref = refOf(o.type);
  const name = obj.metadata?.name ?? '';
  if (!name) {
    // apply.go: generateName cannot be applied; an empty name fails in the client's GET
    // (client-go: "resource name may not be empty") before anything reaches the server.
    const generated = obj.metadata?.generateName;
    if (generated) return { ok: false, message: `from ${generated}: cannot use generate name with apply` };
    return { ok: false, message: `error when retrieving current configuration of:\n${infoString(o.type, '', o.namespace)}\nfrom server for: "${o.source}": resource name may not be empty` };
  }
  const modified = withLastApplied(obj);
  const live = ctx.client.get(ref, o.namespace, name);
  if (!live.ok) {
    if (live.status.reason !== 'NotFound') {
      const message = `error when retrieving current configuration of:\n${infoString(o.type, name, o.namespace)}\nfrom server for: "${o.source}": ${live.status.message}`;
      return { ok: false, status: live.status, message };
    }
    if (o.dryRun === 'client') return { ok: true, op: 'created', object: modified };
    const created = ctx.client.create(ref, o.namespace, modified, writeQuery(o.fieldManager, o.validation, o.dryRun));
    if (!created.ok) return { ok: false, status: created.status, message: `error when creating "${o.source}": ${created.status.message}` };
    printServerWarnings(ctx, created.warnings);
    return { ok: true, op: 'created', object: created.value };
  }
  const current = live.value;
  const lastRaw = current.metadata.annotations?.[LAST_APPLIED];
  if (lastRaw === undefined) {
    ctx.io.err(`Warning: resource ${qualifiedResource(o.type)}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`);
  }
  let original: Record<string, unknown> = {};
  if (lastRaw) {
    try {
      original = JSON.parse(lastRaw) as Record<string, unknown>;
    } catch {
      original = {};
    }
  }
  const diff = threeWayMergePatch(original, modified as unknown as Record<string, unknown>, current as unknown as Record<string, unknown>, schemaForKind(o.type.kind));
  if (!diff.ok) return { ok: false, message: `error when applying patch:\n${diff.error}` };
  if (!Object.keys(diff.patch).length) return { ok: true, op: 'unchanged', object: current };
  if (o.dryRun === 'client') return { ok: true, op: 'configured', object: current };
  const patched = ctx.client.patch(ref, o.namespace, name, diff.patch, 'application/strategic-merge-patch+json', undefined, writeQuery(o.fieldManager, o.validation, o.dryRun));
  if (!patched.ok) {
    const message = `error when applying patch:\n${sortedJson(diff.patch)}\nto:\n${infoString(o.type, name, o.namespace)}\nfor: "${o.source}": ${patched.status.message}`;
    return { ok: false, status: patched.status, message };
  }
  printServerWarnings(ctx, patched.warnings);
  return { ok: true, op: 'configured', object: patched.value };
}

/** kubectl's advice after a conflict (apply.go, applyOneObject). */
const CONFLICT_ADVICE = `Please review the fields above--they currently have other managers. Here
are the ways you can resolve this warning:
* If you intend to manage all of these fields, please re-run the apply
  command with the \`--force-conflicts\` flag.
* If you do not intend to manage all of the fields, please edit your
  manifest to remove references to the fields that should keep their
  current managers.
* You may co-own fields by updating your manifest to match the existing
  value; in this case, you'll become the manager if the other manager(s)
  stop managing the field (remove it from their configuration).
See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts`;

const APPLY_PATCH = 'application/apply-patch+yaml';

/**
 * `apply --server-side` (apply.go applyOneObject): one PATCH with the manifest as an apply
 * patch — no GET first; the server creates the object if it is absent. A conflict is
 * reported with kubectl's advice. Afterwards, for manager `kubectl`, an object that client-side
 * apply managed is migrated: its last-applied annotation is applied by
 * `kubectl-last-applied`, the client-side entries' fields move to `kubectl`
 * (csaupgrade), and the manifest is applied again.
 */
export function applyServerSide(ctx: VerbContext, obj: KObject, o: ApplyOptions): ApplyOutcome {
  const ref = refOf(o.type);
  const name = obj.metadata?.name ?? '';
  const force = flag.bool(ctx.parsed, 'force-conflicts');
  const query = { ...writeQuery(o.fieldManager, o.validation, o.dryRun), force: String(force) };
  if (o.dryRun === 'client') return { ok: true, op: 'serverside-applied', object: obj };
  // client-go refuses a request for an unnamed object before anything is sent.
  if (!name) return { ok: false, message: 'resource name may not be empty' };
  const patched = ctx.client.patch(ref, o.namespace, name, obj, APPLY_PATCH, undefined, query);
  if (!patched.ok) {
    if (patched.status.code === 409 && patched.status.reason === 'Conflict' && patched.status.details?.causes?.length) {
      return { ok: false, message: `${patched.status.message}\n${CONFLICT_ADVICE}` };
    }
    return { ok: false, status: patched.status, message: patched.status.message };
  }
  printServerWarnings(ctx, patched.warnings);
  let result = patched.value;
  if (o.fieldManager === 'kubectl' && o.dryRun === 'none') result = migrateFromClientSide(ctx, obj, o, result, query);
  return { ok: true, op: 'serverside-applied', object: result };
}

const MIGRATION_WARNINGS = {
  lastApplied: 'Warning: failed to migrate kubectl.kubernetes.io/last-applied-configuration for Server-Side Apply. This is non-fatal and will be retried next time you apply. Error: ',
  patch: 'Warning: server rejected managed fields migration to Server-Side Apply. This is non-fatal and will be retried next time you apply. Error: ',
  reapply: 'Warning: failed to re-apply configuration after performing Server-Side Apply migration. This is non-fatal and will be retried next time you apply. Error: ',
};

/** saveLastApplyAnnotationIfNecessary + migrateToSSAIfNecessary + the re-apply (apply.go). */
function migrateFromClientSide(ctx: VerbContext, obj: KObject, o: ApplyOptions, applied: KObject, query: Record<string, string>): KObject {
  const ref = refOf(o.type);
  const name = applied.metadata.name ?? '';
  let current = applied;
  const annotation = current.metadata.annotations?.[LAST_APPLIED];
  if (annotation !== undefined && !fieldOwners(current.metadata.managedFields, 'Apply', LAST_APPLIED_FIELD_PATH).length) {
    const justAnnotation = { apiVersion: current.apiVersion, kind: current.kind, metadata: { name, namespace: current.metadata.namespace, annotations: { [LAST_APPLIED]: annotation } } };
    const r = ctx.client.patch(ref, o.namespace, name, justAnnotation, APPLY_PATCH, undefined, { ...query, fieldManager: 'kubectl-last-applied', force: 'false' });
    if (!r.ok) {
      ctx.io.err(`${MIGRATION_WARNINGS.lastApplied}${r.status.message}\n`);
      return current;
    }
    current = r.value;
  }
  const csaManagers = [...new Set(fieldOwners(current.metadata.managedFields, 'Update', LAST_APPLIED_FIELD_PATH).map((e) => e.manager))];
  const upgraded = upgradeManagedFields(current.metadata.managedFields, csaManagers, o.fieldManager);
  if (!upgraded) return current;
  const ops = [
    { op: 'replace', path: '/metadata/managedFields', value: upgraded },
    // A replace rather than a test: a changed object fails with 409 from storage (csaupgrade).
    { op: 'replace', path: '/metadata/resourceVersion', value: current.metadata.resourceVersion },
  ];
  const migrated = ctx.client.patch(ref, o.namespace, name, ops, 'application/json-patch+json', undefined, { fieldManager: o.fieldManager, ...(o.validation ? { fieldValidation: o.validation } : {}) });
  if (!migrated.ok) {
    ctx.io.err(`${MIGRATION_WARNINGS.patch}${migrated.status.message}\n`);
    return current;
  }
  const again = ctx.client.patch(ref, o.namespace, name, obj, APPLY_PATCH, undefined, query);
  if (!again.ok) {
    ctx.io.err(`${MIGRATION_WARNINGS.reapply}${again.status.message}\n`);
    return migrated.value;
  }
  return again.value;
}

function printServerWarnings(ctx: VerbContext, warnings: string[] | undefined): void {
  for (const w of warnings ?? []) ctx.io.err(`Warning: ${w}\n`);
}
