/**
 * The API layer: one request handler with Kubernetes REST semantics. Our kubectl, helm,
 * the controllers and the node model all call `handle`; `kubedojo serve` maps HTTP onto
 * the same requests. Server-side concerns (admission, authorization, Tables, deletion
 * semantics) happen here, once.
 */
import { admit, type FieldValidation } from './admission/index.js';
import { rfc3339, type VirtualClock } from './clock.js';
import {
  alreadyExists, badRequest, conflict, forbidden, internalError, isStatus, methodNotAllowed, MODIFIED_CONFLICT,
  notFound, unsupportedMediaType, type Status,
} from './errors.js';
import { fieldSelectorFor, type FieldSelector } from './field-selectors.js';
import { matches, parseSelector, type Selector } from './labels.js';
import { deepClone, deepEqual } from './objects.js';
import { serveApply, trackWrite } from './managed-fields-api.js';
import { applyPatch, PATCH_CONTENT_TYPES } from './patch/index.js';
import type { SeededRandom } from './random.js';
import { groupVersion, storageKey, typeForResource, type ResourceType } from './registry.js';
import { converterFor, requestVersion } from './conversion/index.js';
import { serveInVersion } from './conversion/serve-version.js';
import type { Store, StoreEvent } from './store.js';
import { toTable } from './tables/index.js';
import type { KObject, UserInfo } from './types.js';

export type Verb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete' | 'deletecollection';

export interface ApiRequest {
  verb: Verb;
  group: string;
  version?: string;
  /** Plural resource name, e.g. `pods`, `deployments`. */
  resource: string;
  namespace?: string;
  name?: string;
  subresource?: string;
  /** Object for create/update, patch document for patch, DeleteOptions for delete, options for subresources. */
  body?: unknown;
  /** Content type of a patch body. */
  patchType?: string;
  /** Query parameters: labelSelector, fieldSelector, dryRun, fieldValidation, propagationPolicy, gracePeriodSeconds, ... */
  query?: Record<string, string | undefined>;
  /** Ask for a server-side Table (what `kubectl get` does). */
  asTable?: boolean;
  user?: UserInfo;
  /**
   * Set by in-process system components (controllers, kubelet, event recorder): their
   * objects are built in code, so the wire decoding step (unknown fields, types) is skipped.
   * Learner and kubectl/helm requests are never internal.
   */
  internal?: boolean;
  /** The client's User-Agent: a write without `fieldManager` is recorded under its product name. */
  userAgent?: string;
  /** For a subresource's nested write (e.g. `scale`): the subresource its managedFields entry names. */
  managedSubresource?: string;
}

export interface ApiResponse {
  /** HTTP status code. */
  code: number;
  /** The object, list, Table, or a metav1.Status for errors. */
  body: any;
  /** `Warning:` headers the server would send. */
  warnings?: string[];
}

export interface Attributes {
  user: UserInfo;
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
}

export type Authorizer = (attrs: Attributes) => { allowed: boolean; reason?: string };

/** Handles a subresource such as `pods/log` or `pods/exec`. */
export type SubresourceHandler = (req: ApiRequest, obj: KObject, api: Api) => ApiResponse;

/** Answers a create of a virtual resource (a review): the request object with its status. */
export type CreateHandler = (req: ApiRequest, api: Api) => ApiResponse;

/**
 * A read-only resource whose objects are computed on each read, never stored
 * (componentstatuses): its objects, and the error a get of an unknown name earns.
 */
export interface ComputedResource {
  objects(api: Api): KObject[];
  notFound(name: string): Status;
}

export type WatchCallback = (event: { type: 'ADDED' | 'MODIFIED' | 'DELETED'; object: KObject }) => void;

export interface ApiDeps {
  store: Store;
  clock: VirtualClock;
  rand: SeededRandom;
}

/** Kinds whose spec changes bump metadata.generation (those with a spec the controllers observe). */
const GENERATION_KINDS = new Set([
  'Deployment', 'ReplicaSet', 'ReplicationController', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob',
  'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Ingress', 'NetworkPolicy',
]);

/**
 * Warnings the apiserver's deprecation filter sends for requests on deprecated resources
 * (k8s.io/apiserver pkg/endpoints/deprecation; v1 Endpoints is deprecated from 1.33).
 */
const DEPRECATION_WARNINGS: Record<string, string> = {
  endpoints: 'v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice',
  componentstatuses: 'v1 ComponentStatus is deprecated in v1.19+',
};

/** Resources with a `status` subresource: their main endpoint ignores status changes. */
function hasStatusSubresource(t: ResourceType): boolean {
  return !!t.subresources?.includes('status');
}

const ok = (body: unknown, code = 200, warnings?: string[]): ApiResponse => (warnings?.length ? { code, body, warnings } : { code, body });
const fail = (status: Status): ApiResponse => ({ code: status.code, body: status });

export class Api {
  private authorizer: Authorizer = () => ({ allowed: true });
  private subresources = new Map<string, SubresourceHandler>();
  private createHandlers = new Map<string, CreateHandler>();
  private computed = new Map<string, ComputedResource>();
  private deletionHooks: ((obj: KObject, type: ResourceType) => void)[] = [];

  constructor(private readonly deps: ApiDeps) {}

  get store(): Store {
    return this.deps.store;
  }

  setAuthorizer(a: Authorizer): void {
    this.authorizer = a;
  }

  /** The decision every request gets, for requests served outside handle (serve's watch streams). */
  authorize(attrs: Attributes): { allowed: boolean; reason?: string } {
    return this.authorizer(attrs);
  }

  /** Registers `pods/log`, `pods/exec`, `deployments/scale`, ... */
  registerSubresource(resource: string, subresource: string, handler: SubresourceHandler): void {
    this.subresources.set(`${resource}/${subresource}`, handler);
  }

  /**
   * Makes `create` on a virtual resource (storage key, e.g. `selfsubjectaccessreviews.authorization.k8s.io`)
   * call `handler` instead of storing: the review resources answer and persist nothing.
   */
  registerCreateHandler(resource: string, handler: CreateHandler): void {
    this.createHandlers.set(resource, handler);
  }

  /** Makes get/list of a resource (storage key) answer with computed objects (see ComputedResource). */
  registerComputedResource(resource: string, c: ComputedResource): void {
    this.computed.set(resource, c);
  }

  handle(req: ApiRequest): ApiResponse {
    const version = requestVersion(req);
    const conv = converterFor(req.group, version, req.resource);
    // Another version than the storage one: converted in and out (src/sim/conversion).
    const res = conv ? serveInVersion({ ...req, version }, conv, (r) => this.dispatch(r), this.deps, this.fieldValidation(req)) : this.dispatch(req);
    // The deprecation filter warns on every request for a deprecated resource, errors included.
    const deprecated = req.internal ? undefined : DEPRECATION_WARNINGS[req.group ? `${req.resource}.${req.group}` : req.resource];
    if (deprecated && (!req.version || req.version === 'v1')) return { ...res, warnings: [deprecated, ...(res.warnings ?? [])] };
    return res;
  }

  private dispatch(req: ApiRequest): ApiResponse {
    const type = typeForResource(req.group, req.resource);
    if (!type || (req.version && req.version !== type.version)) {
      return fail({ ...notFound({ plural: req.resource, group: req.group }, req.name ?? ''), message: 'the server could not find the requested resource', details: { causes: [{ reason: 'UnexpectedServerResponse', message: '404 page not found' }] } });
    }
    const user = req.user;
    // The simulator's own components (controllers, kubelets) are trusted, as the real ones
    // are by their bootstrap bindings: only learner-facing requests are authorized.
    if (user && !req.internal) {
      const attrs: Attributes = {
        user, verb: req.verb, group: type.group, resource: type.plural, subresource: req.subresource,
        namespace: type.namespaced ? req.namespace : undefined, name: req.name,
      };
      const decision = this.authorizer(attrs);
      if (!decision.allowed) return fail(forbidden(type, req.name, forbiddenReason(attrs, decision.reason)));
    }
    if (type.namespaced && !req.namespace && req.verb !== 'list' && req.verb !== 'watch') {
      return fail(badRequest('an empty namespace may not be set during creation'));
    }
    try {
      // namespaces/finalize is an update of spec.finalizers (the namespace controller's last step).
      const builtin = req.subresource === 'status' || (req.subresource === 'finalize' && type.kind === 'Namespace' && req.verb === 'update');
      if (req.subresource && !builtin) return this.subresource(type, req);
      // A verb the resource's storage does not implement has no route: the server answers 405.
      if (!req.subresource && !type.verbs.includes(req.verb)) return fail(methodNotAllowed('the server does not allow this method on the requested resource'));
      switch (req.verb) {
        case 'get': return this.get(type, req);
        case 'list': return this.list(type, req);
        case 'create': return this.createHandlers.get(storageKey(type))?.(req, this) ?? this.create(type, req);
        case 'update': return this.update(type, req);
        case 'patch': return this.patch(type, req);
        case 'delete': return this.delete(type, req);
        case 'deletecollection': return this.deleteCollection(type, req);
        case 'watch': return fail(methodNotAllowed('watch is served through Api.watch'));
      }
    } catch (e) {
      // A thrown error here is our bug, not the learner's: surface it as the server would.
      return fail(internalError((e as Error).message));
    }
  }

  /** Subscribes to changes of a resource, filtered as a watch request would be. */
  watch(req: ApiRequest, cb: WatchCallback): () => void {
    const conv = converterFor(req.group, req.version, req.resource);
    if (conv) return this.watch({ ...req, version: conv.storageVersion }, (e) => cb({ type: e.type, object: conv.out(e.object) }));
    const type = typeForResource(req.group, req.resource);
    if (!type) return () => {};
    const key = storageKey(type);
    const filter = this.filterFor(type, req);
    if (!filter.ok) return () => {};
    return this.deps.store.watch((e: StoreEvent) => {
      if (e.resource !== key) return;
      const o = e.object;
      if (req.namespace && o.metadata.namespace !== req.namespace) return;
      if (req.name && o.metadata.name !== req.name) return;
      if (!filter.match(o)) return;
      cb({ type: e.type, object: o });
    });
  }

  /**
   * The filter a watch request applies to objects (namespace, name, label and field
   * selectors), or the 400 its selectors earn: for replaying recorded events (serve's watch history).
   */
  watchFilter(req: ApiRequest): { ok: true; match: (o: KObject) => boolean } | { ok: false; status: Status } {
    const type = typeForResource(req.group, req.resource);
    if (!type) return { ok: true, match: () => false };
    const f = this.filterFor(type, req);
    if (!f.ok) return f;
    return { ok: true, match: (o) => (!req.namespace || o.metadata.namespace === req.namespace) && (!req.name || o.metadata.name === req.name) && f.match(o) };
  }

  /** Called with every object that is finally removed from storage (for GC and bookkeeping). */
  onDeleted(hook: (obj: KObject, type: ResourceType) => void): void {
    this.deletionHooks.push(hook);
  }

  // --- reads ---------------------------------------------------------------------------

  private get(type: ResourceType, req: ApiRequest): ApiResponse {
    const computed = this.computed.get(storageKey(type));
    const obj = computed
      ? computed.objects(this).find((o) => o.metadata.name === req.name)
      : this.deps.store.get(storageKey(type), ns(type, req), req.name ?? '');
    if (!obj) return fail(computed ? computed.notFound(req.name ?? '') : notFound(type, req.name ?? ''));
    if (req.asTable) return ok(toTable(storageKey(type), [obj], { now: this.deps.clock.now() }, obj.metadata.resourceVersion));
    return ok(obj);
  }

  private filterFor(type: ResourceType, req: ApiRequest): { ok: true; match: (o: KObject) => boolean } | { ok: false; status: Status } {
    let labelSel: Selector | undefined;
    const ls = req.query?.labelSelector;
    if (ls) {
      const parsed = parseSelector(ls);
      if (!parsed.ok) return { ok: false, status: badRequest(`unable to parse requirement: ${parsed.error}`) };
      labelSel = parsed.value;
    }
    let fieldSel: FieldSelector | undefined;
    const fs = req.query?.fieldSelector;
    if (fs) {
      const parsed = fieldSelectorFor(type, fs);
      if (!parsed.ok) return { ok: false, status: badRequest(parsed.error) };
      fieldSel = parsed.value;
    }
    return {
      ok: true,
      match: (o) => (!labelSel || labelSel.empty || matches(labelSel, o.metadata.labels)) && (!fieldSel || fieldSel(o)),
    };
  }

  private list(type: ResourceType, req: ApiRequest): ApiResponse {
    const filter = this.filterFor(type, req);
    if (!filter.ok) return fail(filter.status);
    const namespace = type.namespaced ? req.namespace || undefined : undefined;
    const computed = this.computed.get(storageKey(type));
    const items = (computed ? computed.objects(this) : this.deps.store.list(storageKey(type), namespace)).filter(filter.match);
    const rv = this.deps.store.currentResourceVersion();
    if (req.asTable) {
      return ok(toTable(storageKey(type), items, { now: this.deps.clock.now() }, rv, req.query?.includeObject !== 'None'));
    }
    return ok({ kind: `${type.kind}List`, apiVersion: groupVersion(type), metadata: { resourceVersion: rv }, items });
  }

  // --- writes --------------------------------------------------------------------------

  private fieldValidation(req: ApiRequest): FieldValidation {
    // Without the parameter the API server warns about unknown fields (the default since 1.27).
    const v = req.query?.fieldValidation;
    return v === 'Ignore' || v === 'Strict' ? v : 'Warn';
  }

  private dryRun(req: ApiRequest): boolean {
    return req.query?.dryRun === 'All';
  }

  private create(type: ResourceType, req: ApiRequest): ApiResponse {
    const body = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return fail(badRequest('the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf'));
    const obj = deepClone(body as KObject);
    if (!obj.metadata || typeof obj.metadata !== 'object') obj.metadata = {};
    const namespace = type.namespaced ? req.namespace! : undefined;
    if (type.namespaced) {
      if (obj.metadata.namespace && obj.metadata.namespace !== namespace) {
        return fail(badRequest('the namespace of the provided object does not match the namespace sent on the request'));
      }
      obj.metadata.namespace = namespace;
      const nsObj = this.deps.store.get('namespaces', '', namespace!);
      if (!nsObj) return fail(notFound({ plural: 'namespaces', group: '' }, namespace!));
      if (nsObj.metadata.deletionTimestamp) {
        return fail(forbidden(type, obj.metadata.name, `unable to create new content in namespace ${namespace} because it is being terminated`));
      }
    } else {
      delete obj.metadata.namespace;
    }
    if (!obj.metadata.name && obj.metadata.generateName) {
      obj.metadata.name = this.generateName(type, namespace ?? '', obj.metadata.generateName);
    }
    const admitted = admit(obj, {
      operation: 'CREATE', type, fieldValidation: this.fieldValidation(req), now: this.deps.clock.iso(),
      rand: this.deps.rand, store: this.deps.store, internal: req.internal, user: req.user,
    });
    if (!admitted.ok) return fail(admitted.status);
    const out = admitted.object;
    const name = out.metadata.name ?? '';
    if (this.deps.store.get(storageKey(type), namespace ?? '', name)) return fail(alreadyExists(type, name));
    const m = out.metadata;
    m.uid = this.deps.rand.uuid();
    m.creationTimestamp = this.deps.clock.iso();
    delete m.deletionTimestamp;
    delete m.deletionGracePeriodSeconds;
    if (GENERATION_KINDS.has(type.kind)) m.generation = 1;
    out.apiVersion = groupVersion(type);
    out.kind = type.kind;
    trackWrite(req, type, undefined, out, this.deps.clock.iso(), body);
    if (this.dryRun(req)) return ok(out, 201, admitted.warnings);
    m.resourceVersion = this.deps.store.nextResourceVersion();
    this.deps.store.put(storageKey(type), out);
    return ok(this.deps.store.get(storageKey(type), namespace ?? '', name), 201, admitted.warnings);
  }

  private generateName(type: ResourceType, namespace: string, base: string): string {
    const prefix = base.length > 58 ? base.slice(0, 58) : base;
    for (;;) {
      const candidate = prefix + this.deps.rand.nameSuffix(5);
      if (!this.deps.store.get(storageKey(type), namespace, candidate)) return candidate;
    }
  }

  private update(type: ResourceType, req: ApiRequest): ApiResponse {
    const body = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return fail(badRequest('the body of the request was in an unknown format'));
    const incoming = body as KObject;
    const name = req.name ?? incoming.metadata?.name ?? '';
    if (incoming.metadata?.name && incoming.metadata.name !== name) {
      return fail(badRequest(`the name of the object (${incoming.metadata.name}) does not match the name on the URL (${name})`));
    }
    const old = this.deps.store.get(storageKey(type), ns(type, req), name);
    if (!old) return fail(notFound(type, name));
    const rv = incoming.metadata?.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) return fail(conflict(type, name, MODIFIED_CONFLICT));
    return this.write(type, req, old, incoming, undefined);
  }

  private patch(type: ResourceType, req: ApiRequest): ApiResponse {
    const name = req.name ?? '';
    if (req.patchType === 'application/apply-patch+yaml') {
      // Server-side apply creates the object when it is absent (managed-fields-api.ts).
      return serveApply(req, type, {
        get: () => this.deps.store.get(storageKey(type), ns(type, req), name),
        create: (obj) => this.create(type, { ...req, verb: 'create', body: obj }),
        update: (old, obj) => this.write(type, req, old, obj, undefined),
        now: this.deps.clock.iso(),
      });
    }
    const old = this.deps.store.get(storageKey(type), ns(type, req), name);
    if (!old) return fail(notFound(type, name));
    const patchType = PATCH_CONTENT_TYPES[req.patchType ?? 'application/strategic-merge-patch+json'];
    if (!patchType || patchType === 'apply') {
      return fail(unsupportedMediaType(`the server does not support patch type ${req.patchType}`));
    }
    const patched = applyPatch(patchType, old, req.body, type);
    if (!patched.ok) return fail({ ...badRequest(patched.error), code: 422, reason: 'Invalid' });
    const obj = patched.value as KObject;
    if (!obj || typeof obj !== 'object') return fail(badRequest('patch produced a non-object'));
    const rv = (req.body as { metadata?: { resourceVersion?: string } } | undefined)?.metadata?.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) return fail(conflict(type, name, MODIFIED_CONFLICT));
    obj.metadata = { ...(obj.metadata ?? {}), resourceVersion: old.metadata.resourceVersion };
    return this.write(type, req, old, obj, req.body);
  }

  /**
   * The shared update path for update and patch: preserve what the client may not change,
   * admit, store. `obj` is not modified (it may be the caller's).
   */
  private write(type: ResourceType, req: ApiRequest, old: KObject, obj: KObject, patch: unknown): ApiResponse {
    const isStatus = req.subresource === 'status';
    let next: KObject;
    if (isStatus) {
      // The status endpoint changes status only. Stored objects are deep-frozen, so the new
      // version can share the old spec instead of copying it (status writes are the hot path).
      next = { ...old, metadata: { ...old.metadata }, status: deepClone(obj.status) };
    } else {
      next = deepClone(obj);
      if (hasStatusSubresource(type)) {
        if (old.status === undefined) delete next.status;
        else next.status = deepClone(old.status);
      }
    }
    next.apiVersion = groupVersion(type);
    next.kind = type.kind;
    if (!next.metadata || typeof next.metadata !== 'object') next.metadata = {};
    const m = next.metadata;
    const om = old.metadata;
    m.name = om.name;
    if (type.namespaced) m.namespace = om.namespace;
    else delete m.namespace;
    m.uid = om.uid;
    m.creationTimestamp = om.creationTimestamp;
    m.resourceVersion = om.resourceVersion;
    if (om.deletionTimestamp) {
      m.deletionTimestamp = om.deletionTimestamp;
      m.deletionGracePeriodSeconds = om.deletionGracePeriodSeconds;
    } else {
      delete m.deletionTimestamp;
      delete m.deletionGracePeriodSeconds;
    }
    if (om.generation !== undefined) m.generation = om.generation;
    else delete m.generation;
    if (isStatus) {
      m.labels = om.labels;
      // Deployments' status strategy keeps spec and labels only, so the controller can set
      // deployment.kubernetes.io/revision with UpdateStatus (pkg/registry/apps/deployment/strategy.go).
      m.annotations = type.kind === 'Deployment' ? deepClone(obj.metadata?.annotations as Record<string, string> | undefined) : om.annotations;
      m.ownerReferences = om.ownerReferences;
      m.finalizers = om.finalizers;
      for (const k of Object.keys(m)) if (m[k] === undefined) delete m[k];
    }
    const admitted = admit(next, {
      operation: 'UPDATE', type, oldObject: old, fieldValidation: this.fieldValidation(req), subresource: req.subresource,
      patch, now: this.deps.clock.iso(), rand: this.deps.rand, store: this.deps.store, internal: req.internal,
    });
    if (!admitted.ok) return fail(admitted.status);
    const out = admitted.object;
    if (GENERATION_KINDS.has(type.kind) && !isStatus && specChanged(old, out)) {
      out.metadata.generation = (om.generation ?? 0) + 1;
    }
    trackWrite(req, type, old, out, this.deps.clock.iso(), obj);
    // A write that changes nothing is a no-op: no new resourceVersion, no watch event.
    if (deepEqual(out, old)) return ok(old, 200, admitted.warnings);
    if (this.dryRun(req)) return ok(out, 200, admitted.warnings);
    out.metadata.resourceVersion = this.deps.store.nextResourceVersion();
    const key = storageKey(type);
    if (out.metadata.deletionTimestamp && !(out.metadata.finalizers?.length) && this.readyToRemove(type, out)) {
      this.deps.store.put(key, out);
      this.remove(type, out);
      return ok(out, 200, admitted.warnings);
    }
    this.deps.store.put(key, out);
    return ok(this.deps.store.get(key, out.metadata.namespace ?? '', out.metadata.name!), 200, admitted.warnings);
  }

  // --- deletion ------------------------------------------------------------------------

  private deleteOptions(req: ApiRequest): { grace?: number; propagation?: string; preconditionUid?: string } {
    const body = (req.body ?? {}) as { gracePeriodSeconds?: number; propagationPolicy?: string; preconditions?: { uid?: string }; orphanDependents?: boolean };
    const q = req.query ?? {};
    const graceRaw = body.gracePeriodSeconds ?? (q.gracePeriodSeconds !== undefined ? Number(q.gracePeriodSeconds) : undefined);
    let propagation = body.propagationPolicy ?? q.propagationPolicy;
    if (!propagation && (body.orphanDependents === true || q.orphanDependents === 'true')) propagation = 'Orphan';
    return { grace: graceRaw, propagation, preconditionUid: body.preconditions?.uid };
  }

  private delete(type: ResourceType, req: ApiRequest): ApiResponse {
    const name = req.name ?? '';
    const key = storageKey(type);
    const old = this.deps.store.get(key, ns(type, req), name);
    if (!old) return fail(notFound(type, name));
    const opts = this.deleteOptions(req);
    if (opts.preconditionUid && opts.preconditionUid !== old.metadata.uid) {
      return fail(conflict(type, name, `Precondition failed: UID in precondition: ${opts.preconditionUid}, UID in object meta: ${old.metadata.uid}`));
    }
    // DeleteOptions carry dryRun in the body (what kubectl sends for `delete --dry-run=server`).
    const bodyDryRun = (req.body as { dryRun?: unknown } | undefined)?.dryRun;
    if (this.dryRun(req) || (Array.isArray(bodyDryRun) && bodyDryRun.includes('All'))) return ok(old);
    const obj = deepClone(old);
    const m = obj.metadata;
    let finalizers = [...(m.finalizers ?? [])];
    // Every kind served here defaults to background propagation (apps/v1, batch/v1 included).
    const propagation = opts.propagation ?? 'Background';
    if (!m.deletionTimestamp) {
      if (propagation === 'Foreground' && !finalizers.includes('foregroundDeletion')) finalizers.push('foregroundDeletion');
      if (propagation === 'Orphan' && !finalizers.includes('orphan')) finalizers.push('orphan');
    }
    finalizers = finalizers.filter((f, i) => finalizers.indexOf(f) === i);
    const grace = this.gracePeriod(type, old, opts.grace);
    const now = this.deps.clock.now();
    // A Namespace with spec.finalizers stays, Terminating, until the namespace controller has emptied it.
    const nsFinalizing = type.kind === 'Namespace' && !!(old.spec?.finalizers?.length);
    if (nsFinalizing) obj.status = { ...(obj.status ?? {}), phase: 'Terminating' };
    if (grace > 0 || finalizers.length || nsFinalizing) {
      const existing = m.deletionTimestamp ? Date.parse(m.deletionTimestamp) : undefined;
      const at = now + grace * 1000;
      if (existing === undefined || at < existing) {
        m.deletionTimestamp = rfc3339(at);
        m.deletionGracePeriodSeconds = grace;
      }
      if (finalizers.length) m.finalizers = finalizers;
      if (!deepEqual(obj, old)) {
        m.resourceVersion = this.deps.store.nextResourceVersion();
        this.deps.store.put(key, obj);
      }
      return ok(this.deps.store.get(key, m.namespace ?? '', name), 200);
    }
    m.deletionTimestamp = m.deletionTimestamp ?? this.deps.clock.iso();
    m.deletionGracePeriodSeconds = 0;
    this.remove(type, obj);
    return ok({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name, group: type.group || undefined, kind: type.plural, uid: old.metadata.uid } });
  }

  /**
   * Pods bound to a node are deleted gracefully (the kubelet finishes the job); everything
   * else goes at once. An unscheduled or finished pod has nothing to wait for.
   */
  private gracePeriod(type: ResourceType, obj: KObject, requested: number | undefined): number {
    if (type.kind !== 'Pod' || type.group !== '') return 0;
    const pod = obj as KObject & { spec?: { nodeName?: string; terminationGracePeriodSeconds?: number } };
    if (!pod.spec?.nodeName) return 0;
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') return 0;
    const grace = requested ?? pod.spec.terminationGracePeriodSeconds ?? 30;
    if (requested === undefined && obj.metadata.deletionGracePeriodSeconds !== undefined) return obj.metadata.deletionGracePeriodSeconds;
    return Math.max(0, grace);
  }

  private readyToRemove(type: ResourceType, obj: KObject): boolean {
    if (type.kind === 'Namespace') return !(obj.spec?.finalizers?.length);
    return type.kind !== 'Pod' || (obj.metadata.deletionGracePeriodSeconds ?? 0) === 0 || !obj.spec?.nodeName;
  }

  private remove(type: ResourceType, obj: KObject): void {
    const removed = this.deps.store.remove(storageKey(type), obj.metadata.namespace ?? '', obj.metadata.name!);
    if (removed) for (const h of this.deletionHooks) h(removed, type);
  }

  private deleteCollection(type: ResourceType, req: ApiRequest): ApiResponse {
    const listed = this.list(type, { ...req, verb: 'list', asTable: false });
    if (listed.code !== 200) return listed;
    const deleted: KObject[] = [];
    for (const o of listed.body.items as KObject[]) {
      const r = this.delete(type, { ...req, verb: 'delete', name: o.metadata.name, namespace: o.metadata.namespace });
      if (r.code === 200) deleted.push(o);
    }
    return ok({ kind: `${type.kind}List`, apiVersion: groupVersion(type), metadata: {}, items: deleted });
  }

  // --- subresources --------------------------------------------------------------------

  private subresource(type: ResourceType, req: ApiRequest): ApiResponse {
    const obj = this.deps.store.get(storageKey(type), ns(type, req), req.name ?? '');
    if (!obj) return fail(notFound(type, req.name ?? ''));
    const handler = this.subresources.get(`${storageKey(type)}/${req.subresource}`);
    if (!handler) return fail({ ...notFound(type, req.name ?? ''), message: 'the server could not find the requested resource' });
    const res = handler(req, obj, this);
    if (isStatus(res.body) && res.code < 300) return { ...res, code: 500 };
    return res;
  }
}

function ns(type: ResourceType, req: ApiRequest): string {
  return type.namespaced ? req.namespace ?? '' : '';
}

/** Anything but metadata and status differs: that is a spec change (bumps generation). */
function specChanged(a: KObject, b: KObject): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (k === 'metadata' || k === 'status' || k === 'apiVersion' || k === 'kind') continue;
    if (!deepEqual(a[k], b[k])) return true;
  }
  return false;
}

/**
 * The authorizer's denial as the API server words it (`User "jane" cannot list resource
 * "pods" in API group "" in the namespace "default"`).
 */
export function forbiddenReason(a: Attributes, reason?: string): string {
  const res = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const scope = a.namespace ? `in the namespace "${a.namespace}"` : 'at the cluster scope';
  const base = `User "${a.user.name}" cannot ${a.verb} resource "${res}" in API group "${a.group}" ${scope}`;
  return reason ? `${base}: ${reason}` : base;
}

