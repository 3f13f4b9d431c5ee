/**
 * The `paths` of an OpenAPI v3 group/version document, one entry per REST path of each
 * served resource, with the operations its verbs allow (the layout kube-apiserver's
 * installer publishes: list/create/deletecollection on the collection, read/replace/patch/
 * delete on the item, a cross-namespace list, status and scale subresources).
 *
 * kubectl relies on two things here (kubectl-wire.md §1.3):
 * - explain finds a kind's GVK in `x-kubernetes-group-version-kind` of an operation on the
 *   collection or item path;
 * - apply/create/edit skip client-side validation when a `patch` operation of that GVK lists
 *   the `fieldValidation` query parameter (cli-runtime query_param_verifier_v3.go). Every
 *   patch operation lists it, because kubectl inspects whichever one it meets first.
 * Patch operations carry no requestBody on purpose: with one listing
 * `application/strategic-merge-patch+json`, kubectl would compute apply patches from these
 * schemas, which lack upstream's complete patch metadata; without it kubectl uses its
 * compiled-in types, as it does against a real server for built-in kinds.
 */
import type { ResourceType } from '../../sim/index.js';
import { subresourceFact, type GroupVersionKind } from './discovery-facts.js';

export type Operation = Record<string, unknown>;
export type PathItem = Record<string, unknown>;

const param = (name: string, where: 'query' | 'path', description: string, schema: Record<string, unknown> = { type: 'string', uniqueItems: true }) =>
  ({ name, in: where, description, ...(where === 'path' ? { required: true } : {}), schema });

const P = {
  name: (kind: string) => param('name', 'path', `name of the ${kind}`),
  namespace: param('namespace', 'path', 'object name and auth scope, such as for teams and projects'),
  pretty: param('pretty', 'query', "If 'true', then the output is pretty printed. Defaults to 'false' unless the user agent indicates a browser or command-line HTTP tool (curl and wget)."),
  dryRun: param('dryRun', 'query', 'When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed'),
  fieldManager: param('fieldManager', 'query', 'fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.'),
  fieldValidation: param('fieldValidation', 'query', 'fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.'),
  force: param('force', 'query', 'Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.', { type: 'boolean', uniqueItems: true }),
  labelSelector: param('labelSelector', 'query', 'A selector to restrict the list of returned objects by their labels. Defaults to everything.'),
  fieldSelector: param('fieldSelector', 'query', 'A selector to restrict the list of returned objects by their fields. Defaults to everything.'),
  limit: param('limit', 'query', 'limit is a maximum number of responses to return for a list call.', { type: 'integer', uniqueItems: true }),
  continue: param('continue', 'query', 'The continue option should be set when retrieving more results from the server.'),
  resourceVersion: param('resourceVersion', 'query', 'resourceVersion sets a constraint on what resource versions a request may be served from.'),
  watch: param('watch', 'query', 'Watch for changes to the described resources and return them as a stream of add, update, and remove notifications.', { type: 'boolean', uniqueItems: true }),
  propagationPolicy: param('propagationPolicy', 'query', "Whether and how garbage collection will be performed. Acceptable values are: 'Orphan', 'Foreground', 'Background'."),
  gracePeriodSeconds: param('gracePeriodSeconds', 'query', 'The duration in seconds before the object should be deleted.', { type: 'integer', uniqueItems: true }),
};
const LIST_PARAMS = [P.continue, P.fieldSelector, P.labelSelector, P.limit, P.resourceVersion, P.watch];
const WRITE_PARAMS = [P.dryRun, P.fieldManager, P.fieldValidation];

/** `rbac.authorization.k8s.io` → `RbacAuthorization`, '' → `Core` (operation ids and tags). */
function groupCamel(group: string): string {
  if (!group) return 'Core';
  return group.replace(/\.k8s\.io$/, '').split('.').map((s) => s[0].toUpperCase() + s.slice(1)).join('');
}

export interface PathContext {
  type: ResourceType;
  /** `#/components/schemas/...` of the kind, when the document has its schema. */
  schemaRef?: string;
  /** Same for a subresource's response kind (Scale). */
  refFor(kind: GroupVersionKind): string | undefined;
}

const gvkExt = (k: GroupVersionKind) => ({ group: k.group, kind: k.kind, version: k.version });

function responses(ref: string | undefined, codes: string[]): Record<string, unknown> {
  const body = ref ? { content: { 'application/json': { schema: { $ref: ref } } } } : {};
  const out: Record<string, unknown> = {};
  for (const c of codes) out[c] = { description: c === '201' ? 'Created' : c === '202' ? 'Accepted' : 'OK', ...body };
  out['401'] = { description: 'Unauthorized' };
  return out;
}

/** `readAppsV1NamespacedDeploymentStatus`: the operation ids upstream's installer generates. */
function opId(t: ResourceType, verb: string, scope: string, suffix = ''): string {
  return `${verb}${groupCamel(t.group)}${t.version[0].toUpperCase()}${t.version.slice(1)}${scope}${t.kind}${suffix}`;
}

function op(ctx: PathContext, action: string, description: string, operationId: string, kind: GroupVersionKind, extra: Partial<Operation>): Operation {
  const camel = groupCamel(ctx.type.group);
  return {
    tags: [`${camel[0].toLowerCase()}${camel.slice(1)}_${ctx.type.version}`],
    description: `${description} ${kind.kind}`,
    operationId,
    ...extra,
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': gvkExt(kind),
  };
}

const body = (ref: string | undefined) => (ref ? { requestBody: { content: { '*/*': { schema: { $ref: ref } } }, required: true } } : {});

/** Paths of one resource type, keyed by path. */
export function resourcePaths(ctx: PathContext): Record<string, PathItem> {
  const t = ctx.type;
  const has = (v: string) => t.verbs.includes(v);
  const kind = { group: t.group, version: t.version, kind: t.kind };
  const prefix = t.group ? `/apis/${t.group}/${t.version}` : `/api/${t.version}`;
  const scope = t.namespaced ? 'Namespaced' : '';
  const collection = t.namespaced ? `${prefix}/namespaces/{namespace}/${t.plural}` : `${prefix}/${t.plural}`;
  const item = `${collection}/{name}`;
  const scopeParams = t.namespaced ? [P.namespace] : [];
  const ref = ctx.schemaRef;
  const out: Record<string, PathItem> = {};

  const coll: PathItem = {};
  if (has('list')) coll.get = op(ctx, 'list', 'list or watch objects of kind', opId(t, 'list', scope), kind, { parameters: LIST_PARAMS, responses: responses(undefined, ['200']) });
  if (has('create')) coll.post = op(ctx, 'post', 'create a', opId(t, 'create', scope), kind, { parameters: WRITE_PARAMS, ...body(ref), responses: responses(ref, ['200', '201', '202']) });
  if (has('deletecollection')) coll.delete = op(ctx, 'deletecollection', 'delete collection of', opId(t, 'deleteCollection', scope), kind, { parameters: [P.dryRun, P.gracePeriodSeconds, P.propagationPolicy, ...LIST_PARAMS], responses: responses(undefined, ['200']) });
  if (Object.keys(coll).length) out[collection] = { ...coll, parameters: [...scopeParams, P.pretty] };

  const one: PathItem = {};
  if (has('get')) one.get = op(ctx, 'get', 'read the specified', opId(t, 'read', scope), kind, { responses: responses(ref, ['200']) });
  if (has('update')) one.put = op(ctx, 'put', 'replace the specified', opId(t, 'replace', scope), kind, { parameters: WRITE_PARAMS, ...body(ref), responses: responses(ref, ['200', '201']) });
  if (has('delete')) one.delete = op(ctx, 'delete', 'delete a', opId(t, 'delete', scope), kind, { parameters: [P.dryRun, P.gracePeriodSeconds, P.propagationPolicy], responses: responses(undefined, ['200', '202']) });
  if (has('patch')) one.patch = op(ctx, 'patch', 'partially update the specified', opId(t, 'patch', scope), kind, { parameters: [...WRITE_PARAMS, P.force], responses: responses(ref, ['200', '201']) });
  if (Object.keys(one).length) out[item] = { ...one, parameters: [P.name(t.kind), ...scopeParams, P.pretty] };

  if (t.namespaced && has('list')) {
    const all = op(ctx, 'list', 'list or watch objects of kind', opId(t, 'list', '', 'ForAllNamespaces'), kind, { parameters: LIST_PARAMS, responses: responses(undefined, ['200']) });
    out[`${prefix}/${t.plural}`] = { get: all, parameters: [P.pretty] };
  }

  for (const sub of [...(t.subresources ?? [])].sort()) {
    const fact = subresourceFact(sub);
    const subKind = fact.responseKind(t);
    const subRef = ctx.refFor(subKind);
    const suffix = `${sub[0].toUpperCase()}${sub.slice(1)}`;
    const ops: PathItem = {};
    for (const verb of fact.verbs) {
      if (verb === 'get') ops.get = op(ctx, 'get', `read ${sub} of the specified`, opId(t, 'read', scope, suffix), subKind, { responses: responses(subRef, ['200']) });
      if (verb === 'update') ops.put = op(ctx, 'put', `replace ${sub} of the specified`, opId(t, 'replace', scope, suffix), subKind, { parameters: WRITE_PARAMS, ...body(subRef), responses: responses(subRef, ['200', '201']) });
      if (verb === 'patch') ops.patch = op(ctx, 'patch', `partially update ${sub} of the specified`, opId(t, 'patch', scope, suffix), subKind, { parameters: [...WRITE_PARAMS, P.force], responses: responses(subRef, ['200', '201']) });
      if (verb === 'create') ops.post = op(ctx, 'post', `create ${sub} of a`, opId(t, 'create', scope, suffix), subKind, { parameters: WRITE_PARAMS, ...body(subRef), responses: responses(subRef, ['200', '201', '202']) });
      if (verb === 'delete') ops.delete = op(ctx, 'connect', `connect DELETE requests to ${sub} of`, opId(t, 'connectDelete', scope, suffix), subKind, { responses: responses(undefined, ['200']) });
    }
    if (Object.keys(ops).length) out[`${item}/${sub}`] = { ...ops, parameters: [P.name(subKind.kind), ...scopeParams, P.pretty] };
  }
  return out;
}
