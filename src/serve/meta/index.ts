/**
 * The meta endpoints of `kubedojo serve`: discovery (aggregated v2/v2beta1 and legacy),
 * /version and OpenAPI v2/v3. The server asks `serveMeta` first for every request and
 * routes to the Api when it answers undefined. Everything but /version and legacy /api
 * depends only on the registry and schema data, so those bodies are built once and reused.
 */
import type { Cluster } from '../../sim/index.js';
import type { HttpReply, MetaHandler, MetaRequest } from '../types.js';
import { aggregatedContentType, discoveryFormat } from './accept.js';
import { aggregatedDiscovery, apiGroup, apiGroupList, apiResourceList, apiVersions } from './discovery.js';
import { openapiV2Reply } from './openapi-v2.js';
import { documents, rootDocument } from './openapi-v3.js';
import { bytesReply, jsonReply, methodReply, notFoundReply } from './reply.js';
import { versionReply } from './version.js';

const cache = new Map<string, HttpReply>();

/** A reply that depends on nothing but the registry: built on first use, then reused. */
function cached(key: string, build: () => HttpReply | undefined): HttpReply | undefined {
  const hit = cache.get(key);
  if (hit) return hit;
  const reply = build();
  if (reply) cache.set(key, reply);
  return reply;
}

function discovery(core: boolean, req: MetaRequest): HttpReply {
  const format = discoveryFormat(req.accept);
  if (format === 'legacy') {
    return core ? jsonReply(apiVersions(req.serverAddress)) : cached('/apis', () => jsonReply(apiGroupList()))!;
  }
  return cached(`${core ? '/api' : '/apis'} ${format}`, () => {
    const body = JSON.stringify(aggregatedDiscovery(core, format));
    return bytesReply(body, aggregatedContentType(format), { Vary: 'Accept' });
  })!;
}

function openapiV3Document(key: string, req: MetaRequest): HttpReply {
  const doc = documents().get(key);
  if (!doc) return notFoundReply();
  const hash = req.query.get('hash');
  // kube-openapi handler3: a stale hash is redirected to the current one; a current one is immutable.
  if (hash && hash !== doc.hash) {
    return { status: 301, headers: { Location: `/openapi/v3/${key}?hash=${doc.hash}`, 'Content-Type': 'text/html; charset=utf-8' }, body: new Uint8Array(0) };
  }
  return bytesReply(doc.bytes, 'application/json', { Etag: `"${doc.hash}"`, ...(hash ? { 'Cache-Control': 'public, immutable' } : {}) });
}

type Route = { match: RegExp; answer: (req: MetaRequest, cluster: Cluster, m: RegExpExecArray) => HttpReply };

const ROUTES: Route[] = [
  { match: /^\/version$/, answer: (_req, cluster) => versionReply(cluster) },
  { match: /^\/api$/, answer: (req) => discovery(true, req) },
  { match: /^\/apis$/, answer: (req) => discovery(false, req) },
  { match: /^\/api\/([^/]+)$/, answer: (_req, _c, m) => cached(`/api/${m[1]}`, () => json(apiResourceList('', m[1]))) ?? notFoundReply() },
  { match: /^\/apis\/([^/]+)$/, answer: (_req, _c, m) => cached(`/apis/${m[1]}`, () => json(apiGroup(m[1]))) ?? notFoundReply() },
  { match: /^\/apis\/([^/]+)\/([^/]+)$/, answer: (_req, _c, m) => cached(`/apis/${m[1]}/${m[2]}`, () => json(apiResourceList(m[1], m[2]))) ?? notFoundReply() },
  { match: /^\/openapi\/v2$/, answer: (req) => openapiV2Reply(req.accept) },
  { match: /^\/openapi\/v3$/, answer: () => bytesReply(rootDocument(), 'application/json') },
  { match: /^\/openapi\/v3\/(.+)$/, answer: (req, _c, m) => openapiV3Document(m[1], req) },
];

const json = (v: Record<string, unknown> | undefined) => (v ? jsonReply(v) : undefined);

/**
 * Builds the static documents now (aggregated discovery, the OpenAPI v3 root and every
 * group/version document, about a tenth of a second), so the first cold kubectl does not
 * wait for them. Optional: every document is otherwise built on first use.
 */
export function prebuildMeta(): void {
  for (const core of [true, false]) {
    for (const v of ['v2', 'v2beta1'] as const) discovery(core, { method: 'GET', path: '', query: new URLSearchParams(), accept: aggregatedContentType(v), serverAddress: '' });
  }
  rootDocument();
}

/** Answers the meta paths; undefined for every other path (resources, subresources, health). */
export const serveMeta: MetaHandler = (cluster, req) => {
  const path = req.path.length > 1 ? req.path.replace(/\/+$/, '') : req.path;
  for (const route of ROUTES) {
    const m = route.match.exec(path);
    if (!m) continue;
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodReply();
    const reply = route.answer(req, cluster, m);
    return req.method === 'HEAD' ? { ...reply, body: new Uint8Array(0) } : reply;
  }
  return undefined;
};
