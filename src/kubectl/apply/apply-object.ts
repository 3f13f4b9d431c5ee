/**
 * Applying one manifest object, client side (kubernetes/kubectl pkg/cmd/apply/apply.go and
 * patcher.go): GET the live object; if absent, create it with the last-applied annotation;
 * else compute the three-way patch between the last-applied configuration, the new one
 * (which carries its own annotation) and the live object, and send it as a strategic merge
 * patch. An empty patch sends nothing (`unchanged`).
 */
import { qualifiedResource, schemaForKind, type KObject, type ResourceType, type Status } from '../../sim/index.js';
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

/**
 * `apply --server-side`, approximated: the object is created if absent, else the manifest is
 * merged in as a strategic merge patch. Field ownership (managedFields) and conflicts
 * between managers are not modelled.
 */
export function applyServerSide(ctx: VerbContext, obj: KObject, o: ApplyOptions): ApplyOutcome {
  const ref = refOf(o.type);
  const name = obj.metadata?.name ?? '';
  const query = { ...writeQuery(o.fieldManager, o.validation, o.dryRun), force: String(false) };
  const live = ctx.client.get(ref, o.namespace, name);
  if (o.dryRun === 'client') return { ok: true, op: 'serverside-applied', object: obj };
  if (!live.ok) {
    const created = ctx.client.create(ref, o.namespace, obj, query);
    if (!created.ok) return { ok: false, status: created.status, message: created.status.message };
    printServerWarnings(ctx, created.warnings);
    return { ok: true, op: 'serverside-applied', object: created.value };
  }
  const patched = ctx.client.patch(ref, o.namespace, name, obj, 'application/strategic-merge-patch+json', undefined, query);
  if (!patched.ok) return { ok: false, status: patched.status, message: patched.status.message };
  printServerWarnings(ctx, patched.warnings);
  return { ok: true, op: 'serverside-applied', object: patched.value };
}

function printServerWarnings(ctx: VerbContext, warnings: string[] | undefined): void {
  for (const w of warnings ?? []) ctx.io.err(`Warning: ${w}\n`);
}
