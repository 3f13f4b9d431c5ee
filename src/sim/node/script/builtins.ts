/**
 * The commands a container's shell knows: a table, one small function per command.
 * `tool: true` marks programs only some images ship (curl, wget, kubectl, nginx).
 */
import { formatDate } from './date.js';
import type { Gen, Io, ShellHost, ShellState } from './types.js';

/** How long an in-pod `kubectl` takes before its requests reach the API server. */
const KUBECTL_LATENCY_MS = 150;

interface Ctx { host: ShellHost; io: Io; state: ShellState; shell: { resolve(p: string): string } }
export interface BuiltinDef { run: (argv: string[], ctx: Ctx) => number | Gen<number>; tool?: boolean }

/** `sh: foo: not found` (busybox) / `/bin/sh: 1: foo: not found` (dash). */
export function notFound(userland: 'busybox' | 'gnu', name: string): string {
  return userland === 'busybox' ? `sh: ${name}: not found\n` : `/bin/sh: 1: ${name}: not found\n`;
}

function unescape(s: string): string {
  return s.replace(/\\(n|t|\\|c)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === '\\' ? '\\' : ''));
}

/** Seconds of `sleep` arguments (`1.5`, `2m`, `infinity`); NaN if invalid. */
export function sleepSeconds(arg: string): number {
  if (arg === 'inf' || arg === 'infinity') return Infinity;
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
  if (!m) return NaN;
  return Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 } as Record<string, number>)[m[2]];
}

function noFile(ctx: Ctx, cmd: string, path: string, verb = 'open'): void {
  ctx.io.err(ctx.host.userland === 'busybox'
    ? `${cmd}: can't ${verb} '${path}': No such file or directory\n`
    : `${cmd}: ${verb === 'remove' ? `cannot remove '${path}'` : path}: No such file or directory\n`);
}

function* sleepFor(argv: string[], ctx: Ctx): Gen<number> {
  if (argv.length < 2) {
    ctx.io.err(ctx.host.userland === 'busybox' ? 'sleep: missing operand\n' : "sleep: missing operand\nTry 'sleep --help' for more information.\n");
    return 1;
  }
  let total = 0;
  for (const a of argv.slice(1)) {
    const s = sleepSeconds(a);
    if (Number.isNaN(s)) {
      ctx.io.err(ctx.host.userland === 'busybox' ? `sleep: invalid number '${a}'\n` : `sleep: invalid time interval '${a}'\nTry 'sleep --help' for more information.\n`);
      return 1;
    }
    total += s;
  }
  (ctx.shell as { rested?: () => void }).rested?.();
  yield { sleep: total * 1000 };
  return 0;
}

function test(args: string[], ctx: Ctx): number {
  const f = (p: string) => ctx.host.files.has(ctx.shell.resolve(p));
  const dir = (p: string) => { const d = ctx.shell.resolve(p).replace(/\/$/, '') + '/'; for (const k of ctx.host.files.keys()) if (k.startsWith(d)) return true; return p === '/' || p === '/tmp'; };
  if (args[0] === '!') return test(args.slice(1), ctx) === 0 ? 1 : 0;
  if (args.length === 0) return 1;
  if (args.length === 1) return args[0] ? 0 : 1;
  if (args.length === 2) {
    const [op, a] = args;
    const table: Record<string, () => boolean> = { '-f': () => f(a), '-e': () => f(a) || dir(a), '-d': () => dir(a), '-s': () => !!ctx.host.files.get(ctx.shell.resolve(a)), '-z': () => a === '', '-n': () => a !== '', '-r': () => f(a) };
    return table[op]?.() ? 0 : 1;
  }
  const [a, op, b] = args;
  const num: Record<string, (x: number, y: number) => boolean> = { '-eq': (x, y) => x === y, '-ne': (x, y) => x !== y, '-lt': (x, y) => x < y, '-le': (x, y) => x <= y, '-gt': (x, y) => x > y, '-ge': (x, y) => x >= y };
  if (op === '=' || op === '==') return a === b ? 0 : 1;
  if (op === '!=') return a !== b ? 0 : 1;
  if (num[op]) return num[op](Number(a), Number(b)) ? 0 : 1;
  return 2;
}

function readInputs(argv: string[], ctx: Ctx, cmd: string): { text: string; status: number } {
  const files = argv.filter((a) => !a.startsWith('-') || a === '-');
  if (!files.length) return { text: ctx.io.stdin ?? '', status: 0 };
  let text = '';
  let status = 0;
  for (const p of files) {
    const c = p === '-' ? ctx.io.stdin ?? '' : ctx.host.files.get(ctx.shell.resolve(p));
    if (c === undefined) { noFile(ctx, cmd, p); status = 1; } else text += c;
  }
  return { text, status };
}

function curl(argv: string[], ctx: Ctx): number {
  let silent = false, showErr = false, include = false, fail = false, method = 'GET', out: string | undefined, url: string | undefined;
  const headers: Record<string, string> = {};
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-s' || a === '--silent') silent = true;
    else if (a === '-S') showErr = true;
    else if (a === '-sS' || a === '-Ss') { silent = true; showErr = true; }
    else if (a === '-i') include = true;
    else if (a === '-f' || a === '-sf' || a === '-fs') { fail = true; if (a !== '-f') silent = true; }
    else if (a === '-X') method = argv[++i] ?? 'GET';
    else if (a === '-H') { const [k, ...v] = (argv[++i] ?? '').split(':'); headers[k.trim().toLowerCase()] = v.join(':').trim(); }
    else if (a === '-o') out = argv[++i];
    else if (a === '-m' || a === '--max-time' || a === '--connect-timeout' || a === '-u' || a === '--user') i++;
    else if (!a.startsWith('-')) url = a;
  }
  if (!url) { ctx.io.err("curl: try 'curl --help' or 'curl --manual' for more information\n"); return 2; }
  const r = ctx.host.http(url, method, headers);
  if (!r.ok) { if (!silent || showErr) ctx.io.err(`${r.error}\n`); return r.code; }
  if (fail && r.status >= 400) { if (!silent || showErr) ctx.io.err(`curl: (22) The requested URL returned error: ${r.status}\n`); return 22; }
  const body = include ? `HTTP/1.1 ${r.status}\r\n\r\n${r.body}` : r.body;
  if (out && out !== '-') ctx.host.files.set(ctx.shell.resolve(out), body);
  else ctx.io.out(body);
  return 0;
}

function wget(argv: string[], ctx: Ctx): number {
  const url = argv.slice(1).filter((a) => !a.startsWith('-') && a !== '-')[0];
  const toStdout = argv.some((a) => a === '-O-' || a === '-qO-' || a === '-O' || a === '-qO');
  const quiet = argv.some((a) => a.startsWith('-q'));
  if (!url) { ctx.io.err('BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n'); return 1; }
  const r = ctx.host.http(url.includes('://') ? url : `http://${url}`, 'GET', {});
  const host = url.replace(/^\w+:\/\//, '').split(/[/:]/)[0];
  if (!r.ok) { ctx.io.err(r.code === 6 ? `wget: bad address '${host}'\n` : `wget: can't connect to remote host: Connection refused\n`); return 1; }
  if (!quiet) ctx.io.err(`Connecting to ${host}\n`);
  if (r.status >= 400) { ctx.io.err(`wget: server returned error: HTTP/1.1 ${r.status}\n`); return 1; }
  if (toStdout) ctx.io.out(r.body);
  else ctx.host.files.set(ctx.shell.resolve('index.html'), r.body);
  return 0;
}

/** `stress --vm 1 --vm-bytes 250M`: allocates memory; over the container's limit the OOM killer ends it. */
function* stress(argv: string[], ctx: Ctx): Gen<number> {
  const arg = (name: string) => { const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`)); return i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1]; };
  const bytes = parseSize(arg('--vm-bytes') ?? '256M');
  const timeout = arg('--timeout') ?? arg('-t');
  ctx.io.out(`stress: info: [1] dispatching hogs: 0 cpu, 0 io, ${arg('--vm') ?? '1'} vm, 0 hdd\n`);
  yield { sleep: 500 };
  const limit = ctx.host.memoryLimitBytes;
  if (limit !== undefined && bytes > limit && ctx.host.oomKill) {
    ctx.host.oomKill();
    yield { sleep: Infinity };
  }
  yield { sleep: timeout ? sleepSeconds(timeout) * 1000 : Infinity };
  ctx.io.out(`stress: info: [1] successful run completed in ${timeout ?? 0}s\n`);
  return 0;
}

/** stress's size suffixes: B, K, M, G (powers of 1024). */
function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([bBkKmMgG]?)$/.exec(s);
  if (!m) return 0;
  return Number(m[1]) * ({ '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[m[2].toLowerCase()];
}

/** busybox (1.28-style) nslookup against the cluster DNS service. */
function nslookup(argv: string[], ctx: Ctx): number {
  const name = argv.slice(1).find((a) => !a.startsWith('-'));
  if (!name) { ctx.io.err('BusyBox v1.28.4 (2018-05-22 17:00:17 UTC) multi-call binary.\n\nUsage: nslookup [HOST] [SERVER]\n'); return 1; }
  ctx.io.out('Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n');
  const r = ctx.host.lookup?.(name);
  if (!r || !r.ips.length) { ctx.io.err(`nslookup: can't resolve '${name}'\n`); return 1; }
  ctx.io.out(`Name:      ${name}\n${r.ips.map((ip, i) => `Address ${i + 1}: ${ip} ${r.fqdn}`).join('\n')}\n`);
  return 0;
}

export const BUILTINS: Record<string, BuiltinDef> = {
  echo: { run: (argv, ctx) => {
    let args = argv.slice(1);
    let nl = true;
    let esc = ctx.host.userland === 'gnu';
    while (args[0] === '-n' || args[0] === '-e' || args[0] === '-ne' || args[0] === '-en') { if (args[0].includes('n')) nl = false; if (args[0].includes('e')) esc = true; args = args.slice(1); }
    const text = args.join(' ');
    ctx.io.out((esc ? unescape(text) : text) + (nl ? '\n' : ''));
    return 0;
  } },
  printf: { run: (argv, ctx) => {
    const fmt = argv[1] ?? '';
    const args = argv.slice(2);
    let k = 0;
    ctx.io.out(unescape(fmt).replace(/%[sd%]/g, (m) => (m === '%%' ? '%' : m === '%d' ? String(Number(args[k++] ?? 0) | 0) : args[k++] ?? '')));
    return 0;
  } },
  sleep: { run: sleepFor },
  date: { run: (argv, ctx) => { ctx.io.out(`${formatDate(ctx.host.now(), argv.find((a) => a.startsWith('+'))?.slice(1))}\n`); return 0; } },
  exit: { run: (argv, ctx) => { ctx.state.exit = argv[1] !== undefined ? Number(argv[1]) & 255 : ctx.state.status; return ctx.state.exit; } },
  true: { run: () => 0 },
  false: { run: () => 1 },
  ':': { run: () => 0 },
  touch: { run: (argv, ctx) => { for (const p of argv.slice(1).filter((a) => !a.startsWith('-'))) { const k = ctx.shell.resolve(p); if (!ctx.host.files.has(k)) ctx.host.files.set(k, ''); } return 0; } },
  rm: { run: (argv, ctx) => {
    const force = argv.some((a) => /^-[a-zA-Z]*f/.test(a));
    let status = 0;
    for (const p of argv.slice(1).filter((a) => !a.startsWith('-'))) {
      const k = ctx.shell.resolve(p);
      if (ctx.host.files.delete(k)) continue;
      let any = false;
      for (const f of [...ctx.host.files.keys()]) if (f.startsWith(k.replace(/\/$/, '') + '/')) { ctx.host.files.delete(f); any = true; }
      if (!any && !force) { noFile(ctx, 'rm', p, 'remove'); status = 1; }
    }
    return status;
  } },
  cat: { run: (argv, ctx) => { const r = readInputs(argv.slice(1), ctx, 'cat'); ctx.io.out(r.text); return r.status; } },
  mkdir: { run: () => 0 },
  ls: { run: (argv, ctx) => {
    const dir = ctx.shell.resolve(argv.slice(1).find((a) => !a.startsWith('-')) ?? ctx.state.cwd).replace(/\/$/, '');
    if (ctx.host.files.has(dir)) { ctx.io.out(`${dir}\n`); return 0; }
    const names = new Set<string>();
    for (const k of ctx.host.files.keys()) if (k.startsWith(`${dir}/`)) names.add(k.slice(dir.length + 1).split('/')[0]);
    if (names.size) ctx.io.out([...names].sort().join('\n') + '\n');
    return 0;
  } },
  env: { run: (_argv, ctx) => { ctx.io.out([...ctx.state.env].map(([k, v]) => `${k}=${v}\n`).join('')); return 0; } },
  printenv: { run: (argv, ctx) => {
    if (argv[1] === undefined) { ctx.io.out([...ctx.state.env].map(([k, v]) => `${k}=${v}\n`).join('')); return 0; }
    const v = ctx.state.env.get(argv[1]);
    if (v === undefined) return 1;
    ctx.io.out(`${v}\n`);
    return 0;
  } },
  hostname: { run: (_argv, ctx) => { ctx.io.out(`${ctx.host.hostname}\n`); return 0; } },
  export: { run: (argv, ctx) => { for (const a of argv.slice(1)) { const i = a.indexOf('='); if (i > 0) ctx.state.env.set(a.slice(0, i), a.slice(i + 1)); } return 0; } },
  test: { run: (argv, ctx) => test(argv.slice(1), ctx) },
  '[': { run: (argv, ctx) => test(argv.slice(1, argv[argv.length - 1] === ']' ? -1 : undefined), ctx) },
  cd: { run: (argv, ctx) => { ctx.state.cwd = ctx.shell.resolve(argv[1] ?? '/'); return 0; } },
  pwd: { run: (_argv, ctx) => { ctx.io.out(`${ctx.state.cwd}\n`); return 0; } },
  wc: { run: (argv, ctx) => { const r = readInputs(argv.slice(1).filter((a) => a !== '-l'), ctx, 'wc'); ctx.io.out(`${(r.text.match(/\n/g) ?? []).length}\n`); return r.status; } },
  grep: { run: (argv, ctx) => {
    const flags = argv.filter((a) => a.startsWith('-')).join('');
    const [pat, ...files] = argv.slice(1).filter((a) => !a.startsWith('-'));
    const r = readInputs(files, ctx, 'grep');
    const lines = r.text.split('\n').filter((l, i, all) => !(i === all.length - 1 && l === '')).filter((l) => l.includes(pat ?? '') !== flags.includes('v'));
    if (!flags.includes('q') && lines.length) ctx.io.out(lines.join('\n') + '\n');
    return r.status || (lines.length ? 0 : 1);
  } },
  head: { run: (argv, ctx) => { const n = Number(argv[argv.indexOf('-n') + 1] ?? 10) || 10; const r = readInputs(argv.slice(1).filter((a, i, all) => a !== '-n' && all[i - 1] !== '-n'), ctx, 'head'); ctx.io.out(r.text.split('\n').slice(0, n).join('\n') + (r.text ? '\n' : '')); return r.status; } },
  tail: { run: function* (argv, ctx) {
    const follow = argv.includes('-f') || argv.includes('-F');
    if (follow && argv.includes('/dev/null')) { yield { sleep: Infinity }; return 0; }
    const n = argv.includes('-n') ? Number(argv[argv.indexOf('-n') + 1]) : 10;
    const files = argv.slice(1).filter((a, i, all) => !a.startsWith('-') && all[i - 1] !== '-n');
    const r = readInputs(files, ctx, 'tail');
    const lines = r.text.split(/(?<=\n)/);
    ctx.io.out(lines.slice(Math.max(0, lines.length - n)).join(''));
    if (!follow) return r.status;
    // -f: poll the file once a second and print what was appended.
    const path = files[0] ? ctx.shell.resolve(files[0]) : undefined;
    let seen = r.text.length;
    for (;;) {
      yield { sleep: 1_000 };
      const now = path ? ctx.host.files.get(path) ?? '' : '';
      if (now.length < seen) seen = 0;
      if (now.length > seen) { ctx.io.out(now.slice(seen)); seen = now.length; }
    }
  } },
  seq: { run: (argv, ctx) => { const [a, b] = argv.length > 2 ? [Number(argv[1]), Number(argv[2])] : [1, Number(argv[1])]; let s = ''; for (let i = a; i <= b && i - a < 100_000; i++) s += `${i}\n`; ctx.io.out(s); return 0; } },
  nslookup: { tool: true, run: (argv, ctx) => nslookup(argv, ctx) },
  stress: { tool: true, run: stress },
  kill: { run: () => 0 },
  trap: { run: () => 0 },
  curl: { run: curl, tool: true },
  wget: { run: wget, tool: true },
  nginx: { tool: true, run: (argv, ctx) => {
    // `-v` and `-t` answer on stderr, as nginx writes them.
    if (argv[1] === '-v') { ctx.io.err(`nginx version: nginx/${ctx.host.version ?? ''}\n`); return 0; }
    if (argv[1] === '-t') {
      ctx.io.err('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n');
      return 0;
    }
    const i = argv.indexOf('-s');
    if (i < 0) return 0;
    const err = ctx.host.signalServer(argv[i + 1] ?? '');
    if (err) { ctx.io.err(`${err}\n`); return 1; }
    return 0;
  } },
  kubectl: { tool: true, run: function* (argv, ctx) {
    if (!ctx.host.kubectl) { ctx.io.err('The connection to the server localhost:8080 was refused - did you specify the right host or port?\n'); return 1; }
    // Starting the client and the API round trips take a moment; by then the kubelet has
    // reported the container's own pod as Running.
    yield { sleep: KUBECTL_LATENCY_MS };
    const r = ctx.host.kubectl(argv.slice(1));
    ctx.io.out(r.stdout);
    ctx.io.err(r.stderr);
    return r.code;
  } },
};
