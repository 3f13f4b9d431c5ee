/**
 * What a container's server answers, from the catalog's HTTP behaviour: files (nginx),
 * templates (kubia, echo-version) with a per-instance request counter, or a proxy to a
 * sibling container (gihyodocker/nginx). Every answer counts as a request, probes included.
 */
import type { HttpBehaviour } from './catalog-types.js';
import { writeLog } from './process.js';
import type { ContainerRuntime, Instance, NodeModel, PodRuntime } from './state.js';

export interface HttpRequest { method: string; path: string; headers: Record<string, string>; client: string }
/** status 0: the server closed the connection without answering. */
export interface HttpAnswer { status: number; headers: Record<string, string>; body: string }

const CRLF = '\r\n';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function nginxPage(title: string, server: string): string {
  return [`<html>`, `<head><title>${title}</title></head>`, `<body>`, `<center><h1>${title}</h1></center>`, `<hr><center>${server}</center>`, `</body>`, `</html>`, ''].join(CRLF);
}

/** Fills `{{pod}}`, `{{env:NAME}}` and `{{arg:-flag}}` (the value of `-flag=value` on the command line). */
function fill(tpl: string, inst: Instance, rt: PodRuntime): string {
  return tpl.replace(/\{\{(pod|env:[A-Za-z_0-9]+|arg:[-\w]+)\}\}/g, (_m, k: string) => {
    if (k === 'pod') return inst.env.HOSTNAME ?? rt.name;
    if (k.startsWith('env:')) return inst.env[k.slice(4)] ?? '';
    const flag = k.slice(4);
    const argv = inst.argv ?? [];
    const eq = argv.find((a) => a.startsWith(`${flag}=`));
    if (eq) return eq.slice(flag.length + 1);
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] ?? '' : '';
  });
}

function clf(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** The container's answer to one request (the caller checked that it is serving). */
export function answer(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, inst: Instance, req: HttpRequest): HttpAnswer {
  inst.requests++;
  const behaviour: HttpBehaviour | undefined = c.tag?.http ?? inst.server?.http;
  const path = req.path.split('?')[0] || '/';
  let res: HttpAnswer;
  if (!behaviour) res = { status: 404, headers: {}, body: '' };
  else if (behaviour.kind === 'static') {
    const file = inst.files.get(`${behaviour.root}${path.endsWith('/') ? `${path}index.html` : path}`);
    res = file !== undefined
      ? { status: 200, headers: { server: behaviour.server, 'content-type': 'text/html' }, body: file }
      : { status: 404, headers: { server: behaviour.server, 'content-type': 'text/html' }, body: nginxPage(behaviour.notFound, behaviour.server) };
  } else if (behaviour.kind === 'template') {
    const route = behaviour.routes?.[path];
    if (route) res = { status: route.status, headers: {}, body: fill(route.body, inst, rt) };
    else if (behaviour.failFrom !== undefined && inst.requests >= behaviour.failFrom) res = { status: behaviour.failStatus ?? 500, headers: {}, body: fill(behaviour.failBody ?? '', inst, rt) };
    else res = { status: behaviour.status ?? 200, headers: { 'content-type': behaviour.contentType ?? 'text/plain' }, body: fill(behaviour.body, inst, rt) };
  } else if (behaviour.kind === 'proxy') {
    res = proxy(m, rt, inst, req, behaviour.env);
  } else {
    // Not HTTP: the connection closes without an answer (status 0).
    res = { status: 0, headers: {}, body: '' };
  }
  const log = inst.server?.accessLog;
  if (log) {
    writeLog(m, inst, `${log.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => ({ ua: req.headers['user-agent'] ?? 'curl/8.5.0', client: req.client, clf: clf(m.cluster.clock.now()), method: req.method, path: req.path, status: String(res.status), bytes: String(Buffer.byteLength(res.body)) } as Record<string, string>)[k] ?? '')}\n`);
  }
  return res;
}

function proxy(m: NodeModel, rt: PodRuntime, inst: Instance, req: HttpRequest, envName: string): HttpAnswer {
  const server = 'nginx/1.13.12';
  const authFile = inst.env.BASIC_AUTH_FILE;
  if (authFile && inst.files.has(authFile) && !req.headers.authorization) {
    return { status: 401, headers: { server, 'www-authenticate': 'Basic realm="Restricted"' }, body: nginxPage('401 Authorization Required', server) };
  }
  const target = inst.env[envName] ?? '';
  const port = Number(target.split(':')[1] ?? 80);
  const sibling = findServing(rt, port);
  if (!sibling) return { status: 502, headers: { server }, body: nginxPage('502 Bad Gateway', server) };
  return answer(m, rt, sibling.c, sibling.inst, { ...req, client: '127.0.0.1' });
}

/** The container of a pod that serves `port` right now. */
export function findServing(rt: PodRuntime, port: number): { c: ContainerRuntime; inst: Instance } | undefined {
  for (const c of rt.containers) {
    const inst = c.current;
    if (!inst || !inst.serving || inst.exited) continue;
    const ports = inst.server?.ports ?? [];
    if (ports.includes(port)) return { c, inst };
  }
  return undefined;
}
