/**
 * Redirections, processed left to right as bash does (`>f 2>&1` sends both to f,
 * `2>&1 >f` only stdout): output goes to the terminal sink, a capture buffer (pipes and
 * `$(...)`), a workspace file or nowhere; input comes from a file or a heredoc.
 */
import type { Redirect } from './ast.js';
import { joinWord, type Expander } from './expand.js';
import type { ShellOutput } from './exec.js';

export type Dest =
  | { kind: 'sink'; stream: 'out' | 'err' }
  | { kind: 'capture'; chunks: string[] }
  | { kind: 'file'; path: string; failed?: boolean }
  | { kind: 'null' };

export interface Fds {
  1: Dest;
  2: Dest;
}

interface Writer {
  state: Expander['state'];
  sink(chunk: ShellOutput): void;
}

/** Writes `text` to a destination; file write failures are reported once, as bash would. */
export function writeTo(dest: Dest, text: string, w: Writer): void {
  if (!text) return;
  switch (dest.kind) {
    case 'sink':
      w.sink({ stream: dest.stream, text });
      return;
    case 'capture':
      dest.chunks.push(text);
      return;
    case 'null':
      return;
    case 'file': {
      if (dest.failed) return;
      const r = w.state.workspace.writeText(dest.path, text, true);
      if (!r.ok) {
        dest.failed = true;
        w.sink({ stream: 'err', text: `bash: ${dest.path}: ${w.state.workspace.reason(r.code)}\n` });
      }
    }
  }
}

export type Redirected = { ok: true; fds: Fds; stdin: string | undefined } | { ok: false; error: string };

const DEVICES: Record<string, (fds: Fds) => Dest> = {
  '/dev/null': () => ({ kind: 'null' }),
  '/dev/stdout': (fds) => fds[1],
  '/dev/stderr': (fds) => fds[2],
  '/dev/tty': () => ({ kind: 'sink', stream: 'out' }),
};

/** Opens a file for output (truncating unless appending), like open(2) at redirect time. */
function openOut(path: string, append: boolean, ex: Expander, fds: Fds): Dest | string {
  const device = DEVICES[path];
  if (device) return device(fds);
  const ws = ex.state.workspace;
  const r = ws.writeText(path, '', append);
  if (!r.ok) return `${path}: ${ws.reason(r.code)}`;
  return { kind: 'file', path };
}

/** Applies `redirects` on top of `fds`; `piped` is the previous pipeline stage's output. */
export function applyRedirects(redirects: Redirect[], ex: Expander, fds: Fds, piped: string | undefined): Redirected {
  const out: Fds = { 1: fds[1], 2: fds[2] };
  let stdin = piped;
  const set = (fd: number, d: Dest): void => {
    if (fd === 1 || fd === 2) out[fd] = d;
  };
  for (const r of redirects) {
    if (r.op === '<<' || r.op === '<<-') {
      if (r.fd === 0) stdin = joinWord(r.body ?? [], ex);
      continue;
    }
    const target = joinWord(r.target, ex);
    if (r.op === '<') {
      if (r.fd !== 0) continue;
      if (target === '/dev/null') {
        stdin = '';
        continue;
      }
      const read = ex.state.workspace.readText(target);
      if (!read.ok) return { ok: false, error: `${target}: ${ex.state.workspace.reason(read.code)}` };
      stdin = read.value;
      continue;
    }
    if (r.op === '<&') continue;
    if (r.op === '>&' && /^\d+$/.test(target)) {
      const from = Number(target);
      if (from !== 1 && from !== 2) return { ok: false, error: `${target}: Bad file descriptor` };
      set(r.fd, out[from]);
      continue;
    }
    if (r.op === '>&' && target === '-') {
      set(r.fd, { kind: 'null' });
      continue;
    }
    const both = r.op === '&>' || r.op === '&>>' || r.op === '>&';
    const dest = openOut(target, r.op === '>>' || r.op === '&>>', ex, out);
    if (typeof dest === 'string') return { ok: false, error: dest };
    if (both) {
      set(1, dest);
      set(2, dest);
    } else {
      set(r.fd, dest);
    }
  }
  return { ok: true, fds: out, stdin };
}
