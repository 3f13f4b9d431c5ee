/**
 * `curl` (7.88.1's behaviour) against the simulator's traffic model: the request goes
 * through cluster DNS, Services and kube-proxy to a pod, which answers as its image does.
 * Supports -s -S -i -I -v -f -H -X -d --user -o -w -m -L -k; errors are curl's own
 * (`curl: (6) Could not resolve host: x`, exit 6).
 */
import { sendRequest, type SendResult } from '../../sim/index.js';
import type { Builtin, CommandContext } from '../state.js';
import { echoEscapes } from './echo.js';
import { strftime } from './time.js';

const USER_AGENT = 'curl/7.88.1';
const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";

const REASONS: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** Header names as servers spell them on the wire. */
const HEADER_CASE: Record<string, string> = { 'www-authenticate': 'WWW-Authenticate', etag: 'ETag' };

function headerName(h: string): string {
  return HEADER_CASE[h] ?? h.replace(/(^|-)([a-z])/g, (_m, d: string, c: string) => d + c.toUpperCase());
}

interface CurlOptions {
  silent: boolean;
  showError: boolean;
  include: boolean;
  head: boolean;
  verbose: boolean;
  fail: boolean;
  method?: string;
  data?: string;
  headers: Record<string, string>;
  output?: string;
  writeOut?: string;
  urls: string[];
}

/** Options that take a value (short and long spellings). */
const VALUE: Record<string, keyof CurlOptions | 'user' | 'ignore'> = {
  '-H': 'headers', '--header': 'headers', '-X': 'method', '--request': 'method', '-d': 'data', '--data': 'data', '--data-raw': 'data',
  '-u': 'user', '--user': 'user', '-o': 'output', '--output': 'output', '-w': 'writeOut', '--write-out': 'writeOut',
  '-m': 'ignore', '--max-time': 'ignore', '--connect-timeout': 'ignore', '-A': 'ignore', '--user-agent': 'ignore', '--retry': 'ignore',
};
const SWITCH: Record<string, keyof CurlOptions | 'ignore'> = {
  s: 'silent', S: 'showError', i: 'include', I: 'head', v: 'verbose', f: 'fail', L: 'ignore', k: 'ignore',
};
const LONG_SWITCH: Record<string, keyof CurlOptions | 'ignore'> = {
  '--silent': 'silent', '--show-error': 'showError', '--include': 'include', '--head': 'head', '--verbose': 'verbose', '--fail': 'fail',
  '--location': 'ignore', '--insecure': 'ignore', '--no-progress-meter': 'silent',
};

function parse(ctx: CommandContext): CurlOptions | number {
  const o: CurlOptions = { silent: false, showError: false, include: false, head: false, verbose: false, fail: false, headers: {}, urls: [] };
  const args = ctx.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const key = VALUE[a];
    if (key) {
      const v = args[++i];
      if (v === undefined) {
        ctx.err(`curl: option ${a}: requires parameter\n${TRY}`);
        return 2;
      }
      if (key === 'headers') {
        const colon = v.indexOf(':');
        if (colon > 0) o.headers[v.slice(0, colon).trim().toLowerCase()] = v.slice(colon + 1).trim();
      } else if (key === 'user') o.headers.authorization = `Basic ${Buffer.from(v.includes(':') ? v : `${v}:`).toString('base64')}`;
      else if (key === 'method' || key === 'data' || key === 'output' || key === 'writeOut') o[key] = v;
      continue;
    }
    if (a.startsWith('--')) {
      const sw = LONG_SWITCH[a];
      if (!sw) {
        ctx.err(`curl: option ${a}: is unknown\n${TRY}`);
        return 2;
      }
      if (sw !== 'ignore') (o as unknown as Record<string, boolean>)[sw] = true;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (const f of a.slice(1)) {
        const sw = SWITCH[f];
        if (!sw) {
          ctx.err(`curl: option ${a}: is unknown\n${TRY}`);
          return 2;
        }
        if (sw !== 'ignore') (o as unknown as Record<string, boolean>)[sw] = true;
      }
      continue;
    }
    o.urls.push(a);
  }
  return o;
}

/** `-w` variables curl knows that make sense here. */
function writeOut(format: string, r: SendResult, url: string): string {
  const code = r.ok ? String(r.status) : '000';
  const vars: Record<string, string> = { http_code: code, response_code: code, url_effective: url, size_download: r.ok ? String(Buffer.byteLength(r.body)) : '0', time_total: '0.001000' };
  return echoEscapes(format.replace(/%\{(\w+)\}/g, (m, k: string) => vars[k] ?? m)).text;
}

function responseHead(r: Extract<SendResult, { ok: true }>, now: number): string[] {
  const lines = [`HTTP/1.1 ${r.status} ${REASONS[r.status] ?? ''}`.trimEnd()];
  const headers: Record<string, string> = { ...r.headers };
  headers.date ??= strftime('%a, %d %b %Y %H:%M:%S GMT', new Date(now));
  headers['content-length'] ??= String(Buffer.byteLength(r.body));
  for (const [k, v] of Object.entries(headers)) lines.push(`${headerName(k)}: ${v}`);
  return lines;
}

export const curl: Builtin = (ctx) => {
  const o = parse(ctx);
  if (typeof o === 'number') return o;
  if (!o.urls.length) {
    ctx.err(TRY);
    return 2;
  }
  const method = o.method ?? (o.head ? 'HEAD' : o.data !== undefined ? 'POST' : 'GET');
  let status = 0;
  for (const url of o.urls) {
    const host = /^(?:https?:\/\/)?([^/:?#]+)/.exec(url)?.[1] ?? url;
    const headers: Record<string, string> = { host, 'user-agent': USER_AGENT, accept: '*/*', ...o.headers };
    const r = sendRequest(ctx.shell.cluster, { url, method, headers });
    if (o.verbose) {
      const path = /^(?:https?:\/\/)?[^/]*(\/[^#]*)?/.exec(url)?.[1] ?? '/';
      ctx.err([`> ${method} ${path} HTTP/1.1`, ...Object.entries(headers).map(([k, v]) => `> ${headerName(k)}: ${v}`), '> ', ''].join('\r\n').replace(/\r\n$/, '\n').replace(/\r\n/g, '\n'));
    }
    if (!r.ok) {
      const code = Number(/^curl: \((\d+)\)/.exec(r.error)?.[1] ?? 7);
      if (!o.silent || o.showError) ctx.err(`${r.error}\n`);
      if (o.writeOut !== undefined) ctx.out(writeOut(o.writeOut, r, url));
      status = code;
      continue;
    }
    if (o.fail && r.status >= 400) {
      if (!o.silent || o.showError) ctx.err(`curl: (22) The requested URL returned error: ${r.status}\n`);
      if (o.writeOut !== undefined) ctx.out(writeOut(o.writeOut, r, url));
      status = 22;
      continue;
    }
    const head = responseHead(r, ctx.shell.cluster.now());
    if (o.verbose) ctx.err(`${head.map((l) => `< ${l}`).join('\n')}\n< \n`);
    let text = o.include || o.head ? `${head.join('\r\n')}\r\n\r\n` : '';
    if (!o.head) text += r.body;
    if (o.output !== undefined && o.output !== '-') {
      const w = o.output === '/dev/null' ? { ok: true as const } : ctx.shell.workspace.writeText(o.output, text);
      if (!w.ok) {
        if (!o.silent || o.showError) ctx.err(`curl: (23) Failure writing output to destination\n`);
        status = 23;
        continue;
      }
    } else {
      ctx.out(text);
    }
    if (o.verbose) ctx.err(`* Connection #0 to host ${host} left intact\n`);
    if (o.writeOut !== undefined) ctx.out(writeOut(o.writeOut, r, url));
  }
  return status;
};
