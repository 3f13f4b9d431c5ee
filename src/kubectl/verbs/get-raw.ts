/**
 * `kubectl get --raw URI`: the response body as the server sends it (compact JSON), for the
 * paths a course uses: `/api/v1/...`, `/apis/GROUP/VERSION/...`, `/version`, and the
 * health endpoints (`/healthz`, `/livez`, `/readyz` → `ok`).
 */
import { isStatus } from '../../sim/index.js';
import type { VerbContext } from '../types.js';
import { serverVersion, versionInfo } from './version.js';

const HEALTH = new Set(['/healthz', '/livez', '/readyz']);

export function getRaw(ctx: VerbContext, uri: string): number {
  const path = uri.split('?')[0].replace(/\/+$/, '') || '/';
  if (HEALTH.has(path)) {
    ctx.io.out('ok');
    return 0;
  }
  if (path === '/version') {
    ctx.io.out(JSON.stringify(versionInfo(serverVersion(ctx), true), null, 2));
    return 0;
  }
  const m = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?(?:\/([^/]+))?$/.exec(path);
  if (!m) {
    ctx.io.err('Error from server (NotFound): the server could not find the requested resource\n');
    return 1;
  }
  const [, , group = '', , namespace, resource, name, subresource] = m;
  const res = ctx.client.request({ verb: name ? 'get' : 'list', group, resource, namespace, name, subresource });
  if (isStatus(res.body) && res.code >= 300) {
    ctx.io.err(`Error from server (${res.body.reason}): ${res.body.message}\n`);
    return 1;
  }
  ctx.io.out(typeof res.body === 'string' ? res.body : JSON.stringify(res.body));
  return 0;
}
