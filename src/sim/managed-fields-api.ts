/**
 * The API layer's side of field ownership: which manager a request writes as, the
 * managedFields every create/update/patch leaves, and the apply endpoint
 * (`PATCH` with `application/apply-patch+yaml`, staging/src/k8s.io/apiserver/pkg/endpoints/
 * handlers/patch.go applyPatcher): create-on-apply, option checks, conflicts.
 */
import type { ApiRequest, ApiResponse } from './api.js';
import { badRequest, conflict, invalid, MODIFIED_CONFLICT, type Status } from './errors.js';
import { decodeObject } from './admission/decode.js';
import { applyConfiguration, managedFieldsAfterWrite, type WriteContext } from './managed-fields.js';
import { fieldShape, itemKey, rootType } from './managed-fields-schema.js';
import { keyPE, pathString } from './managed-fields-set.js';
import { groupVersion, type ResourceType } from './registry.js';
import type { KObject } from './types.js';

/**
 * The manager a write is recorded under: `fieldManager`, else the User-Agent's product
 * name (managerOrUserAgent: `kubectl/v1.33.0 (linux/amd64) ...` → `kubectl`). In-process
 * callers without either are our kubectl.
 */
export function managerOf(req: ApiRequest): string {
  const fm = req.query?.fieldManager;
  if (fm) return fm;
  const ua = req.userAgent?.split('/')[0]?.replace(/[^\x20-\x7e]/g, '').slice(0, 128);
  return ua || 'kubectl';
}

function contextFor(req: ApiRequest, type: ResourceType, now: string): WriteContext {
  return {
    kind: type.kind, apiVersion: groupVersion(type), manager: managerOf(req),
    subresource: req.managedSubresource ?? req.subresource, hasStatus: !!type.subresources?.includes('status'), now,
  };
}

/**
 * Sets `next.metadata.managedFields` for a create (`old` undefined) or update by `req`.
 * Requests of the simulator's own components are not tracked (their objects have
 * managedFields upstream too, but nobody looks, and the hot path stays cheap); apply
 * requests arrive with theirs already computed.
 */
export function trackWrite(req: ApiRequest, type: ResourceType, old: KObject | undefined, next: KObject, now: string, requested: unknown): void {
  if (req.internal || req.patchType === 'application/apply-patch+yaml') return;
  const ctx = contextFor(req, type, now);
  const rules = NOT_OWNED[`${type.group}/${type.kind}`];
  if (rules) ctx.notOwned = (path) => rules.some((r) => r.test(pathString(path))) && !inObject(requested, path);
  const entries = managedFieldsAfterWrite(old, next, ctx);
  if (entries) next.metadata.managedFields = entries;
  else delete next.metadata.managedFields;
}

/**
 * Fields set after the field manager has run upstream — by admission plugins
 * (ServiceAccount, DefaultTolerationSeconds, Priority), registry strategies
 * (namespace finalizers, Job selector and labels) or allocation (Service IPs, node ports) —
 * by `group/Kind`, as paths. A writer that sent such a field itself still owns it.
 */
const NOT_OWNED: Record<string, RegExp[]> = {
  '/Pod': [
    /^\.spec\.(serviceAccountName|serviceAccount|tolerations|priority|preemptionPolicy)$/,
    /^\.spec\.volumes(\[name="kube-api-access-[^"]*"\].*)?$/,
    /^\.spec\.(containers|initContainers)\[[^\]]*\]\.volumeMounts(\[mountPath="\/var\/run\/secrets\/kubernetes\.io\/serviceaccount"\].*)?$/,
  ],
  '/Namespace': [/^\.spec\.finalizers$/],
  '/Service': [/^\.spec\.(clusterIP|clusterIPs|ipFamilies|ipFamilyPolicy|healthCheckNodePort)$/, /^\.spec\.ports\[[^\]]*\]\.nodePort$/],
  'batch/Job': [
    /^\.spec\.selector$/,
    // The generated labels reach metadata.labels by defaulting on read (SetDefaults_Job), after the strategy set them.
    /^(\.spec\.template)?\.metadata\.labels(\.(controller-uid|job-name|batch\.kubernetes\.io\/controller-uid|batch\.kubernetes\.io\/job-name))?$/,
  ],
};

/** Whether `path` (FieldsV1 elements) exists in `obj` — the object as the client sent it. */
function inObject(obj: unknown, path: string[]): boolean {
  let cur: unknown = obj;
  for (const pe of path) {
    const body = pe.slice(2);
    if (pe.startsWith('f:')) {
      if (!cur || typeof cur !== 'object' || Array.isArray(cur) || !(body in (cur as object))) return false;
      cur = (cur as Record<string, unknown>)[body];
    } else if (Array.isArray(cur)) {
      if (pe.startsWith('k:')) {
        const key = JSON.parse(body) as Record<string, unknown>;
        cur = cur.find((x) => !!x && typeof x === 'object' && Object.entries(key).every(([k, v]) => (x as Record<string, unknown>)[k] === v || (k === 'protocol' && v === 'TCP' && (x as Record<string, unknown>)[k] === undefined)));
      } else if (pe.startsWith('v:')) cur = cur.find((x) => JSON.stringify(x) === body);
      else cur = cur[Number(body)];
      if (cur === undefined) return false;
    } else return false;
  }
  return true;
}

/** What the apply endpoint needs from the Api (its private create and update paths). */
export interface ApplyHooks {
  get(): KObject | undefined;
  create(obj: KObject): ApiResponse;
  update(old: KObject, obj: KObject): ApiResponse;
  now: string;
}

const fail = (s: Status): ApiResponse => ({ code: s.code, body: s });

/** PATCH with `application/apply-patch+yaml`: 201 when it created the object, else 200. */
export function serveApply(req: ApiRequest, type: ResourceType, hooks: ApplyHooks): ApiResponse {
  if (!req.query?.fieldManager) {
    // validation.ValidatePatchOptions: apply requires a manager.
    return fail(invalid('PatchOptions', 'meta.k8s.io', '', [{ type: 'FieldValueRequired', field: 'fieldManager', detail: 'is required for apply patch' }]));
  }
  let config: unknown = req.body;
  if (typeof config === 'string') {
    try {
      config = JSON.parse(config);
    } catch (e) {
      return fail(badRequest(`error decoding YAML: ${(e as Error).message}`));
    }
  }
  if (!config || typeof config !== 'object' || Array.isArray(config)) {
    return fail(badRequest('error decoding YAML: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}'));
  }
  const obj = config as KObject;
  const gv = groupVersion(type);
  if (obj.apiVersion !== gv) {
    return fail(badRequest(`Incorrect version specified in apply patch. Specified patch version: ${obj.apiVersion ?? ''}, expected: ${gv}`));
  }
  if (obj.metadata?.managedFields !== undefined && obj.metadata?.managedFields !== null) return fail(badRequest('metadata.managedFields must be nil'));
  const undeclared = undeclaredFields(obj, type);
  if (undeclared) {
    // The conversion to a typed object fails whatever fieldValidation says; the error is not a
    // Status, so it reaches the client as a 500 without a reason (structuredmerge.go Apply).
    const nn = type.namespaced ? `${req.namespace ?? ''}/${obj.metadata?.name ?? ''}` : `/${obj.metadata?.name ?? ''}`;
    const gvk = `${type.group}/${type.version}, Kind=${type.kind}`;
    return { code: 500, body: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `failed to create typed patch object (${nn}; ${gvk}): ${undeclared}`, code: 500 } };
  }
  const name = obj.metadata?.name ?? '';
  if (name !== (req.name ?? '')) return fail(badRequest(`the name of the object (${name}) does not match the name on the URL (${req.name ?? ''})`));
  if (type.namespaced && obj.metadata?.namespace && obj.metadata.namespace !== req.namespace) {
    return fail(badRequest('the namespace of the provided object does not match the namespace sent on the request'));
  }
  const live = hooks.get();
  const rv = obj.metadata?.resourceVersion;
  if (live && rv && rv !== live.metadata.resourceVersion) return fail(conflict(type, name, MODIFIED_CONFLICT));
  const force = req.query?.force === 'true';
  const applied = applyConfiguration(live, obj, contextFor(req, type, hooks.now), force);
  if (!applied.ok) return fail(applied.status);
  if (!live) return hooks.create(applied.object);
  return hooks.update(live, applied.object);
}

/**
 * Fields of the configuration the kind's schema does not declare, as structured-merge-diff's
 * ValidationErrors print them (`.spec.foo: field not declared in schema`; several are listed
 * under `errors:`), or undefined.
 */
function undeclaredFields(config: KObject, type: ResourceType): string | undefined {
  const copy = JSON.parse(JSON.stringify(config)) as KObject;
  const res = decodeObject(copy, groupVersion(type), type.kind, false);
  if (!res.unknown.length) return undefined;
  const errs = res.unknown.map((p) => `${typedPath(config, type.kind, p)}: field not declared in schema`);
  return errs.length === 1 ? errs[0] : ['errors:', ...errs.map((e) => `  ${e}`)].join('\n');
}

/** `spec.containers[0].foo` → `.spec.containers[name="web"].foo`: list items by their keys where they have them. */
function typedPath(config: KObject, kind: string, jsonPath: string): string {
  const out: string[] = [];
  let cursor = rootType(kind);
  let value: unknown = config;
  let list: { cursor: typeof cursor; field: string } | undefined;
  for (const token of jsonPath.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (token.startsWith('[')) {
      const index = token.slice(1, -1);
      const item = Array.isArray(value) ? value[Number(index)] : undefined;
      const shape = list ? fieldShape(list.cursor, list.field, value) : { kind: 'atomic' as const };
      const key = shape.kind === 'assoc' ? itemKey(item, shape) : undefined;
      out.push(key ? keyPE(key) : `i:${index}`);
      cursor = shape.kind === 'assoc' ? shape.itemType : undefined;
      value = item;
      list = undefined;
      continue;
    }
    const next = value && typeof value === 'object' ? (value as Record<string, unknown>)[token] : undefined;
    if (Array.isArray(next)) list = { cursor, field: token };
    else {
      const shape = fieldShape(cursor, token, next);
      cursor = shape.kind === 'map' ? shape.type : undefined;
    }
    out.push(`f:${token}`);
    value = next;
  }
  return pathString(out);
}
