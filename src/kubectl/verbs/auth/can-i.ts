/**
 * `kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL]` (kubernetes/kubectl
 * pkg/cmd/auth/cani.go): a SelfSubjectAccessReview answered `yes` (exit 0) or `no`
 * (exit 1); `--list` prints the SelfSubjectRulesReview as a table.
 */
import { resolveResource, type AccessReviewSpec, type AccessReviewStatus, type KObject, type RulesReviewStatus } from '../../../sim/index.js';
import { fail, failStatus } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { rbacHelp } from './help-data.js';
import { renderRuleList } from './rule-list.js';

const RESOURCE_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest'];
const NON_RESOURCE_VERBS = ['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*'];
const ACCESS_REVIEWS = { group: 'authorization.k8s.io', resource: 'selfsubjectaccessreviews' };
const RULES_REVIEWS = { group: 'authorization.k8s.io', resource: 'selfsubjectrulesreviews' };
/** Names the RESTMapper does not know but RBAC rules use (no warning for them). */
const NON_STANDARD_RESOURCES = ['users', 'groups'];

/** WarningPrinter.Print of a message that already ends in a newline: a blank line follows. */
function warn(ctx: VerbContext, message: string): void {
  ctx.io.err(`Warning: ${message}\n\n`);
}

interface Target { group: string; resource: string; namespaced?: boolean }

/** resourceFor: `*`, `pods`, `deploy`, `jobs.batch`; unknown types are checked as typed, with a warning. */
function resourceFor(ctx: VerbContext, arg: string): Target {
  if (arg === '*') return { group: '', resource: '*' };
  const lower = arg.toLowerCase();
  const t = resolveResource(lower);
  if (t) return { group: t.group, resource: t.plural, namespaced: t.namespaced };
  const dot = lower.indexOf('.');
  const resource = dot >= 0 ? lower.slice(0, dot) : lower;
  const group = dot >= 0 ? lower.slice(dot + 1) : '';
  if (!NON_STANDARD_RESOURCES.includes(group ? `${resource}.${group}` : resource)) {
    warn(ctx, group ? `the server doesn't have a resource type '${resource}' in group '${group}'` : `the server doesn't have a resource type '${resource}'`);
  }
  return { group: '', resource: arg };
}

function runList(ctx: VerbContext): number {
  const p = ctx.parsed;
  if (p.args.length) return fail(ctx, 'list option must be specified with no arguments');
  if (flag.bool(p, 'quiet') || flag.bool(p, 'all-namespaces') || flag.str(p, 'subresource')) {
    return fail(ctx, "list option can't be specified with neither quiet, all-namespaces nor subresource options");
  }
  // A SelfSubjectRulesReview created through the API, as kubectl does (cani.go RunAccessList).
  const review = { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectRulesReview', metadata: {}, spec: { namespace: ctx.namespace } } as KObject;
  const created = ctx.client.create<KObject & { status: RulesReviewStatus }>(RULES_REVIEWS, undefined, review);
  if (!created.ok) return failStatus(ctx, created.status);
  ctx.io.out(renderRuleList(created.value.status, !flag.bool(p, 'no-headers')));
  return 0;
}

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  if (flag.bool(p, 'list')) return runList(ctx);
  const quiet = flag.bool(p, 'quiet');
  if (p.args.length !== 2) {
    return fail(ctx, "you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.");
  }
  const [verb, what] = p.args;
  const subresource = flag.str(p, 'subresource');
  const allNamespaces = flag.bool(p, 'all-namespaces');
  const namespace = allNamespaces ? '' : ctx.namespace;
  let spec: AccessReviewSpec;
  if (what.startsWith('/')) {
    if (subresource) return fail(ctx, '--subresource can not be used with NonResourceURL');
    if (!NON_RESOURCE_VERBS.includes(verb)) warn(ctx, `verb '${verb}' is not a known verb`);
    spec = { nonResourceAttributes: { verb, path: what } };
  } else {
    const slash = what.indexOf('/');
    const target = resourceFor(ctx, slash >= 0 ? what.slice(0, slash) : what);
    const name = slash >= 0 ? what.slice(slash + 1) : '';
    if (!allNamespaces && target.namespaced === false) {
      warn(ctx, target.group ? `resource '${target.resource}' is not namespace scoped in group '${target.group}'` : `resource '${target.resource}' is not namespace scoped`);
    }
    if (!RESOURCE_VERBS.includes(verb)) warn(ctx, `verb '${verb}' is not a known verb`);
    spec = { resourceAttributes: { namespace, verb, group: target.group, resource: target.resource, subresource, name } };
  }
  if (flag.bool(p, 'no-headers')) return fail(ctx, '--no-headers cannot be set without --list specified');
  // A SelfSubjectAccessReview created through the API, as kubectl does (cani.go RunAccessCheck).
  const review = { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', metadata: {}, spec } as KObject;
  const created = ctx.client.create<KObject & { status: AccessReviewStatus }>(ACCESS_REVIEWS, undefined, review);
  if (!created.ok) return failStatus(ctx, created.status);
  const status = created.value.status;
  if (!quiet) {
    let line = status.allowed ? 'yes' : 'no';
    if (!status.allowed && status.reason) line += ` - ${status.reason}`;
    if (!status.allowed && status.evaluationError) line += ` - ${status.evaluationError}`;
    ctx.io.out(`${line}\n`);
  }
  return status.allowed ? 0 : 1;
}

export const canIVerb: VerbDef = { name: 'can-i', ...rbacHelp('auth can-i'), run };
