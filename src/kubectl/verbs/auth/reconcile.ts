/**
 * `kubectl auth reconcile -f FILE` (kubernetes/kubectl pkg/cmd/auth/reconcile.go and
 * kubernetes/kubernetes pkg/registry/rbac/reconciliation): missing RBAC objects are created
 * (with their namespace), existing roles gain the missing rules and bindings the missing
 * subjects; a changed roleRef means delete and recreate. Prints the object as
 * `role.rbac.authorization.k8s.io/x reconciled`, then what it did on stderr:
 *
 *   	reconciliation required create
 *   	missing rules added:
 *   		{Verbs:[get list] APIGroups:[] Resources:[pods] ResourceNames:[] NonResourceURLs:[]}
 */
import { R, typeForKind, type KObject, type PolicyRule, type ResourceType } from '../../../sim/index.js';
import { dryRunOf, nameLine, refOf } from '../../apply/common.js';
import { statusLine } from '../../apply/targets.js';
import { fail } from '../../context.js';
import { formatError } from '../../errors.js';
import { flag } from '../../flags.js';
import { loadManifests } from '../../manifests.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { rbacHelp } from './help-data.js';

type Subject = { kind: string; apiGroup?: string; name: string; namespace?: string };
type Operation = 'none' | 'create' | 'update' | 'recreate';

/** Go's %v of a []string: `[a b]` (an empty string prints as nothing). */
const goList = (xs: string[] | undefined) => `[${(xs ?? []).join(' ')}]`;
const ruleText = (r: PolicyRule) => `{Verbs:${goList(r.verbs)} APIGroups:${goList(r.apiGroups)} Resources:${goList(r.resources)} ResourceNames:${goList(r.resourceNames)} NonResourceURLs:${goList(r.nonResourceURLs)}}`;
const subjectText = (s: Subject) => `{Kind:${s.kind} APIGroup:${s.apiGroup ?? ''} Name:${s.name} Namespace:${s.namespace ?? ''}}`;

/** One verb × group × resource × name (or URL) per rule, as validation.Covers reports what is missing. */
function breakdown(r: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const g of r.apiGroups ?? []) for (const res of r.resources ?? []) for (const v of r.verbs) {
    if (r.resourceNames?.length) for (const n of r.resourceNames) out.push({ verbs: [v], apiGroups: [g], resources: [res], resourceNames: [n] });
    else out.push({ verbs: [v], apiGroups: [g], resources: [res] });
  }
  for (const u of r.nonResourceURLs ?? []) for (const v of r.verbs) out.push({ verbs: [v], nonResourceURLs: [u] });
  return out;
}

const covers = (owner: PolicyRule, sub: PolicyRule): boolean => {
  const has = (xs: string[] | undefined, x?: string) => !!xs && x !== undefined && (xs.includes('*') || xs.includes(x));
  if (!has(owner.verbs, sub.verbs[0])) return false;
  if (sub.nonResourceURLs?.length) return has(owner.nonResourceURLs, sub.nonResourceURLs[0]);
  if (!has(owner.apiGroups, sub.apiGroups?.[0]) || !has(owner.resources, sub.resources?.[0])) return false;
  return !owner.resourceNames?.length || has(owner.resourceNames, sub.resourceNames?.[0]);
};

function missingRules(existing: PolicyRule[], expected: PolicyRule[]): PolicyRule[] {
  return expected.flatMap(breakdown).filter((sub) => !existing.some((o) => covers(o, sub)));
}

const sameSubject = (a: Subject, b: Subject) => a.kind === b.kind && a.name === b.name && (a.namespace ?? '') === (b.namespace ?? '') && (a.apiGroup ?? '') === (b.apiGroup ?? '');

function report(ctx: VerbContext, t: ResourceType, name: string, op: Operation, dry: string, rules: PolicyRule[], subjects: Subject[]): void {
  ctx.io.out(nameLine(t, name, 'reconciled', dry as 'none'));
  if (op === 'none') return;
  ctx.io.err(`\treconciliation required ${op}\n`);
  if (subjects.length) ctx.io.err(`\tmissing subjects added:\n${subjects.map((s) => `\t\t${subjectText(s)}\n`).join('')}`);
  if (rules.length) ctx.io.err(`\tmissing rules added:\n${rules.map((r) => `\t\t${ruleText(r)}\n`).join('')}`);
}

/**
 * Reconciles one object; returns the error as checkErr words it (StandardErrorMessage for
 * API errors, the plain message otherwise), or undefined.
 */
function reconcileOne(ctx: VerbContext, obj: KObject, dry: string): string | undefined {
  const t = typeForKind(obj.apiVersion, obj.kind);
  if (!t || t.group !== 'rbac.authorization.k8s.io') return undefined;
  // reconcile.go builds its objects Local(): without a REST mapping the builder never fills
  // in a namespace, so a Role or RoleBinding without metadata.namespace keeps an empty one.
  const ns = t.namespaced ? obj.metadata?.namespace ?? '' : undefined;
  // Its GET on the cluster-wide path finds nothing, and the create first ensures the
  // namespace (tryEnsureNamespace), which client-go refuses for an empty name.
  if (ns === '') return 'resource name may not be empty';
  const name = obj.metadata?.name ?? '';
  const body: KObject = { ...obj, metadata: { ...(obj.metadata ?? {}), ...(ns ? { namespace: ns } : {}) } };
  const got = ctx.client.get(refOf(t), ns, name);
  const isRole = t.kind === 'Role' || t.kind === 'ClusterRole';
  const write = (verb: 'create' | 'update', o: KObject) => {
    if (dry === 'client') return undefined;
    if (verb === 'create' && ns && !ctx.client.get(R.namespaces, undefined, ns).ok) {
      ctx.client.create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    }
    const query = dry === 'server' ? { dryRun: 'All' } : undefined;
    const res = verb === 'create' ? ctx.client.create(refOf(t), ns, o, query) : ctx.client.update(refOf(t), o, query);
    return res.ok ? undefined : res.status;
  };
  if (!got.ok) {
    if (got.status.code !== 404) return statusLine(got.status);
    const err = write('create', body);
    if (err) return statusLine(err);
    report(ctx, t, name, 'create', dry, isRole ? (body.rules ?? []) : [], isRole ? [] : (body.subjects ?? []));
    return undefined;
  }
  const existing = got.value;
  if (isRole) {
    const missing = missingRules((existing.rules ?? []) as PolicyRule[], (body.rules ?? []) as PolicyRule[]);
    if (!missing.length) { report(ctx, t, name, 'none', dry, [], []); return undefined; }
    const err = write('update', { ...existing, rules: [...(existing.rules ?? []), ...missing] });
    if (err) return statusLine(err);
    report(ctx, t, name, 'update', dry, missing, []);
    return undefined;
  }
  const wanted = (body.subjects ?? []) as Subject[];
  const have = (existing.subjects ?? []) as Subject[];
  const missing = wanted.filter((s) => !have.some((h) => sameSubject(h, s)));
  const a = existing.roleRef ?? {};
  const b = body.roleRef ?? {};
  if (a.kind !== b.kind || a.name !== b.name || a.apiGroup !== (b.apiGroup || 'rbac.authorization.k8s.io')) {
    if (dry !== 'client') {
      ctx.client.delete(refOf(t), ns, name);
      const err = write('create', { ...body, subjects: [...have, ...missing] });
      if (err) return statusLine(err);
    }
    report(ctx, t, name, 'recreate', dry, [], missing);
    return undefined;
  }
  if (!missing.length) { report(ctx, t, name, 'none', dry, [], []); return undefined; }
  const err = write('update', { ...existing, subjects: [...have, ...missing] });
  if (err) return statusLine(err);
  report(ctx, t, name, 'update', dry, [], missing);
  return undefined;
}

function run(ctx: VerbContext): number {
  const files = flag.list(ctx.parsed, 'filename');
  if (!files.length && !flag.str(ctx.parsed, 'kustomize')) return fail(ctx, 'must specify one of -f and -k');
  if (ctx.parsed.args.length) return fail(ctx, 'no arguments are allowed');
  const dry = dryRunOf(ctx);
  if (!dry.ok) return fail(ctx, dry.error);
  const loaded = loadManifests(ctx, files, flag.bool(ctx.parsed, 'recursive'));
  if (loaded.errors.length) return fail(ctx, loaded.errors[0]);
  // ContinueOnError: every object is tried; checkErr prints one error as `error: ...` (API
  // errors as `Error from server ...`), several one per line as they are (MultipleErrors).
  const errors: string[] = [];
  for (const { object } of loaded.objects) {
    const err = reconcileOne(ctx, object, dry.value);
    if (err) errors.push(err);
  }
  if (errors.length === 1) ctx.io.err(`${errors[0].startsWith('Error from server') ? errors[0] : formatError(errors[0])}\n`);
  else for (const e of errors) ctx.io.err(`${e}\n`);
  return errors.length ? 1 : 0;
}

export const reconcileVerb: VerbDef = { name: 'reconcile', ...rbacHelp('auth reconcile'), run };
