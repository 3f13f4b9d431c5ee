/**
 * Field ownership (`metadata.managedFields`), as the API server's field manager keeps it
 * (k8s.io/apimachinery pkg/util/managedfields/internal: fieldmanager.go, structuredmerge.go,
 * stripmeta.go, skipnonapplied.go, lastappliedmanager.go, managedfieldsupdater.go;
 * sigs.k8s.io/structured-merge-diff merge/update.go):
 *  - every write records an `Update` entry for its manager with the fields it changed, and
 *    takes those fields away from the other managers;
 *  - an apply (`application/apply-patch+yaml`) merges the configuration into the object,
 *    removes what the same manager applied before and no longer applies (unless someone else
 *    owns it), and fails with a 409 listing the conflicts when it would change a field
 *    another manager owns — unless forced, which moves the ownership to the applier.
 */
import { decodeManaged, encodeManaged, isResetRequest, managerId, printManager, type Managed, type ManagedFieldsEntry, type ManagerState } from './managed-fields-entries.js';
import { difference, emptySet, fieldPE, insertPath, intersection, isEmptySet, memberPaths, pathString, union, type FieldSet } from './managed-fields-set.js';
import { compareObjects, removeItems, toFieldSet, type Comparison } from './managed-fields-walk.js';
import { emptyObjectOf, LAST_APPLIED_ANNOTATION } from './managed-fields-skeleton.js';
import { deepEqual } from './objects.js';
import { rootType } from './managed-fields-schema.js';
import { mergeApplied } from './patch/apply-merge.js';
import type { Status, StatusCause } from './errors.js';
import type { KObject } from './types.js';

type JMap = Record<string, unknown>;

/** What a write is, for ownership. */
export interface WriteContext {
  kind: string;
  /** group/version of the resource. */
  apiVersion: string;
  manager: string;
  /** `status`, `scale`, ... (undefined for the main resource). */
  subresource?: string;
  /** The resource has a status subresource: its main endpoint does not own status (reset fields). */
  hasStatus: boolean;
  now: string;
  /**
   * Fields of an Update the writer does not get although they changed: what admission
   * plugins, the registry strategy or allocation set (upstream the field manager runs on the
   * decoded, defaulted object before those).
   */
  notOwned?: (path: string[]) => boolean;
}

/** Fields nobody owns: identity and bookkeeping of the object (stripmeta.go). */
const STRIPPED = (() => {
  const s = emptySet();
  s.members.add('f:apiVersion');
  s.members.add('f:kind');
  s.members.add('f:metadata');
  const meta = emptySet();
  for (const f of ['name', 'namespace', 'creationTimestamp', 'selfLink', 'uid', 'clusterName', 'generation', 'managedFields', 'resourceVersion']) meta.members.add(fieldPE(f));
  s.children.set('f:metadata', meta);
  return s;
})();

/** The part of a comparison or set a write may own: status only via `status`, never via the main endpoint. */
function ownable(set: FieldSet, ctx: WriteContext): FieldSet {
  if (ctx.subresource === 'status') {
    const out = emptySet();
    if (set.members.has('f:status')) out.members.add('f:status');
    const st = set.children.get('f:status');
    if (st) out.children.set('f:status', st);
    return out;
  }
  if (!ctx.hasStatus || (!set.members.has('f:status') && !set.children.has('f:status'))) return set;
  const out: FieldSet = { members: new Set(set.members), children: new Map(set.children) };
  out.members.delete('f:status');
  out.children.delete('f:status');
  return out;
}

function filterComparison(c: Comparison, ctx: WriteContext): Comparison {
  return { added: ownable(c.added, ctx), modified: ownable(c.modified, ctx), removed: ownable(c.removed, ctx) };
}

/** The object as the field manager sees it: without managedFields. */
function plain(o: KObject | JMap): JMap {
  const m = (o as KObject).metadata;
  if (!m || !('managedFields' in m)) return o as JMap;
  const { managedFields: _drop, ...metadata } = m;
  return { ...o, metadata };
}

interface UpdateOutcome {
  managed: Managed;
  conflicts: { manager: ManagerState; path: string[] }[];
}

/**
 * merge/update.go `update`: takes what changed from `oldObj` to `newObj` away from every
 * manager but `self`; with `force` false, fields another manager owns that changed are
 * conflicts instead.
 */
function takeOwnership(managed: Managed, self: string, cmp: Comparison, force: boolean): UpdateOutcome {
  const changed = union(cmp.modified, cmp.added);
  const conflicts: UpdateOutcome['conflicts'] = [];
  const next: Managed = new Map();
  for (const [id, m] of managed) {
    if (id === self) {
      next.set(id, m);
      continue;
    }
    const clash = intersection(m.set, changed);
    if (!isEmptySet(clash)) for (const path of memberPaths(clash)) conflicts.push({ manager: m, path });
    const set = difference(difference(m.set, clash), cmp.removed);
    if (!isEmptySet(set)) next.set(id, { ...m, set });
  }
  if (conflicts.length && !force) return { managed, conflicts };
  return { managed: next, conflicts: [] };
}

function withoutPaths(set: FieldSet, drop: (path: string[]) => boolean): FieldSet {
  const out = emptySet();
  for (const p of memberPaths(set)) if (!drop(p)) insertPath(out, p);
  return out;
}

function stripMeta(m: ManagerState | undefined): ManagerState | undefined {
  if (!m) return undefined;
  const set = difference(m.set, STRIPPED);
  return isEmptySet(set) ? undefined : { ...m, set };
}

/** The managed fields an Update by `ctx.manager` leaves (managedfieldsupdater.go + structuredmerge.go Update). */
function recordUpdate(managed: Managed, oldObj: JMap, newObj: JMap, ctx: WriteContext): Managed {
  const cmp = filterComparison(compareObjects(plain(oldObj), plain(newObj), rootType(ctx.kind)), ctx);
  const self = '\u0000current-operation';
  const taken = takeOwnership(managed, self, cmp, true).managed;
  let set = ownable(union(cmp.modified, cmp.added), ctx);
  if (ctx.notOwned) set = withoutPaths(set, ctx.notOwned);
  const current = stripMeta({ manager: ctx.manager, operation: 'Update', apiVersion: ctx.apiVersion, subresource: ctx.subresource, set });
  if (!current) return taken;
  const id = managerId(current);
  const previous = taken.get(id);
  taken.set(id, { ...current, set: previous ? union(current.set, previous.set) : current.set, time: ctx.now });
  return taken;
}

/**
 * The managedFields a create or update leaves on `next` (the object about to be stored;
 * `old` is undefined on create). Returns undefined where the object keeps none: objects
 * stored without managedFields are not tracked by updates (skipnonapplied.go).
 */
export function managedFieldsAfterWrite(old: KObject | undefined, next: KObject, ctx: WriteContext): ManagedFieldsEntry[] | undefined {
  let managed: Managed;
  const requested = next.metadata?.managedFields;
  if (!ctx.subresource && isResetRequest(requested)) managed = new Map();
  else {
    const fromRequest = ctx.subresource ? undefined : decodeManaged(requested);
    managed = fromRequest && fromRequest.size ? fromRequest : decodeManaged(old?.metadata.managedFields) ?? new Map();
    if (old && !managed.size) return undefined;
  }
  const base = old ? plain(old) : emptyObjectOf(ctx.kind, ctx.apiVersion);
  return encodeManaged(recordUpdate(managed, base, next, ctx));
}

export type ApplyResult =
  | { ok: true; object: KObject; changed: boolean }
  | { ok: false; status: Status };

/**
 * Applies `config` over `live` (undefined: the object does not exist yet) for manager
 * `ctx.manager`. The result carries its new managedFields; defaulting and validation are
 * the caller's (they happen after the merge upstream too).
 */
export function applyConfiguration(live: KObject | undefined, config: KObject, ctx: WriteContext, force: boolean): ApplyResult {
  const root = rootType(ctx.kind);
  let managed = (live ? decodeManaged(live.metadata.managedFields) : new Map()) ?? new Map();
  // Creating: the merge starts from nothing (nobody owns anything yet, so no comparison matters).
  const liveObj: JMap = live ? plain(live) : {};
  if (live && !managed.size) {
    // An object nobody tracked yet: its current fields go to "before-first-apply" (skipnonapplied.go).
    managed = recordUpdate(managed, emptyObjectOf(ctx.kind, ctx.apiVersion), liveObj, { ...ctx, manager: 'before-first-apply', subresource: undefined });
  }
  const attempt = (forced: boolean) => applyOnce(managed, liveObj, config, ctx, forced, root);
  let r = attempt(force);
  if (!r.ok && ctx.manager === 'kubectl' && live) {
    // lastappliedmanager.go: fields still as the client-side apply left them may be taken
    // over; only the others are reported.
    const allowed = unchangedSinceLastApplied(live, root, ctx);
    if (allowed) {
      const remaining = r.conflicts.filter((c) => !setHas(allowed, c.path));
      r = remaining.length ? { ok: false, conflicts: remaining } : attempt(true);
    }
  }
  if (!r.ok) return { ok: false, status: conflictStatus(r.conflicts) };
  const object = r.object as KObject;
  if (ctx.manager === 'kubectl') keepLastAppliedInStep(object, config);
  const changed = !deepEqual(plain(object), liveObj);
  const self = r.managed.get(managerId({ manager: ctx.manager, operation: 'Apply', apiVersion: ctx.apiVersion, subresource: ctx.subresource }));
  if (self && (changed || !self.time)) self.time = ctx.now;
  const entries = encodeManaged(r.managed);
  object.metadata = { ...(object.metadata ?? {}) };
  if (entries) object.metadata.managedFields = entries;
  else delete object.metadata.managedFields;
  return { ok: true, object, changed };
}

type Attempt = { ok: true; object: JMap; managed: Managed } | { ok: false; conflicts: UpdateOutcome['conflicts'] };

function applyOnce(managed0: Managed, liveObj: JMap, config: KObject, ctx: WriteContext, force: boolean, root: ReturnType<typeof rootType>): Attempt {
  const managed: Managed = new Map(managed0);
  const merged = mergeApplied(liveObj, plain(config), root);
  const selfState: ManagerState = { manager: ctx.manager, operation: 'Apply', apiVersion: ctx.apiVersion, set: emptySet() };
  if (ctx.subresource) selfState.subresource = ctx.subresource;
  const self = managerId(selfState);
  const last = managed.get(self);
  managed.set(self, { ...selfState, time: last?.time, set: ownable(toFieldSet(plain(config), root), ctx) });
  const pruned = last ? prune(merged, last.set, managed, root) : merged;
  const cmp = filterComparison(compareObjects(liveObj, pruned, root), ctx);
  const taken = takeOwnership(managed, self, cmp, force);
  if (taken.conflicts.length) return { ok: false, conflicts: taken.conflicts };
  const stripped = stripMeta(taken.managed.get(self));
  if (stripped) taken.managed.set(self, stripped);
  else taken.managed.delete(self);
  return { ok: true, object: pruned, managed: taken.managed };
}

/**
 * Removes what the applier owned before and no longer applies, unless another manager (or
 * the new configuration) still owns it or something inside it (merge/update.go prune).
 */
function prune(merged: JMap, last: FieldSet, managed: Managed, root: ReturnType<typeof rootType>): JMap {
  let owned = emptySet();
  for (const m of managed.values()) owned = union(owned, m.set);
  const toRemove = emptySet();
  const walk = (lastNode: FieldSet, ownedNode: FieldSet | undefined, out: FieldSet) => {
    for (const pe of new Set([...lastNode.members, ...lastNode.children.keys()])) {
      if (!ownedNode || (!ownedNode.members.has(pe) && !ownedNode.children.has(pe))) {
        out.members.add(pe);
        continue;
      }
      // Owned (or owned inside): keep it, but look for unowned fields below.
      const sub = lastNode.children.get(pe);
      if (!sub) continue;
      const o = emptySet();
      walk(sub, ownedNode.children.get(pe), o);
      if (!isEmptySet(o)) out.children.set(pe, o);
    }
  };
  walk(last, owned, toRemove);
  // Identity fields are never removed, whoever applied them.
  return removeItems(merged, difference(toRemove, STRIPPED), root);
}

function setHas(set: FieldSet, path: string[]): boolean {
  let cur: FieldSet | undefined = set;
  for (let i = 0; i < path.length - 1 && cur; i++) cur = cur.children.get(path[i]);
  return !!cur && cur.members.has(path[path.length - 1]);
}

/** The fields of the last-applied annotation whose live values are still the applied ones. */
function unchangedSinceLastApplied(live: KObject, root: ReturnType<typeof rootType>, ctx: WriteContext): FieldSet | undefined {
  const raw = live.metadata.annotations?.[LAST_APPLIED_ANNOTATION];
  if (!raw) return undefined;
  let last: JMap;
  try {
    last = JSON.parse(raw) as JMap;
  } catch {
    return undefined;
  }
  if (!last || typeof last !== 'object' || last.apiVersion !== ctx.apiVersion) return undefined;
  const cmp = compareObjects(last, plain(live), root);
  return difference(difference(difference(toFieldSet(last, root), cmp.modified), cmp.added), cmp.removed);
}

/** The 409 of a refused apply (internal/conflict.go NewConflictError). */
export function conflictStatus(conflicts: { manager: ManagerState; path: string[] }[]): Status {
  const causes: StatusCause[] = conflicts.map((c) => ({ reason: 'FieldManagerConflict', message: `conflict with ${printManager(c.manager)}`, field: pathString(c.path) }));
  let message: string;
  if (conflicts.length === 1) {
    message = `Apply failed with 1 conflict: conflict with ${printManager(conflicts[0].manager)}: ${pathString(conflicts[0].path)}`;
  } else {
    const byManager = new Map<string, { m: ManagerState; paths: string[][] }>();
    for (const c of conflicts) {
      const id = managerId(c.manager);
      if (!byManager.has(id)) byManager.set(id, { m: c.manager, paths: [] });
      byManager.get(id)!.paths.push(c.path);
    }
    const lines: string[] = [];
    for (const id of [...byManager.keys()].sort()) {
      const { m, paths } = byManager.get(id)!;
      lines.push(`conflicts with ${printManager(m)}:`);
      for (const p of paths) lines.push(`- ${pathString(p)}`);
    }
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
  }
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason: 'Conflict', details: { causes }, code: 409 };
}

/**
 * lastappliedupdater.go: when kubectl applies server-side to an object that still carries
 * client-side apply's annotation, the annotation becomes the applied configuration, so a
 * later client-side apply computes its patch from what was really applied.
 */
function keepLastAppliedInStep(object: JMap, config: KObject): void {
  const meta = object.metadata as KObject['metadata'] | undefined;
  if (!meta?.annotations?.[LAST_APPLIED_ANNOTATION]) return;
  const applied = JSON.parse(JSON.stringify(config)) as KObject;
  if (applied.metadata?.annotations) {
    delete applied.metadata.annotations[LAST_APPLIED_ANNOTATION];
    if (!Object.keys(applied.metadata.annotations).length) delete applied.metadata.annotations;
  }
  object.metadata = { ...meta, annotations: { ...meta.annotations, [LAST_APPLIED_ANNOTATION]: `${JSON.stringify(sortKeys(applied))}\n` } };
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: JMap = {};
    for (const k of Object.keys(v as JMap).sort()) out[k] = sortKeys((v as JMap)[k]);
    return out;
  }
  return v;
}
