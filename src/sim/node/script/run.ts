/**
 * Runs a parsed script against a container (ShellHost). A generator: it yields `sleep`
 * effects and the container's runtime resumes it when virtual time has passed.
 */
import { BUILTINS, notFound } from './builtins.js';
import { expandWord } from './expand.js';
import { parseScript, type Command, type Pipeline, type Script } from './parse.js';
import type { Effect, Gen, Io, ShellHost, ShellState } from './types.js';

/**
 * Commands in a row without a sleep before the interpreter inserts one: a busy loop must not
 * hang the simulator. The inserted pause doubles (up to a minute) while the loop stays busy.
 */
const BUSY_LIMIT = 1_000;
const BUSY_PAUSE_MAX_MS = 60_000;

export class Shell {
  readonly state: ShellState;

  constructor(readonly host: ShellHost, env: Record<string, string>, readonly io: Io) {
    this.state = { env: new Map(Object.entries(env)), status: 0, busy: 0, cwd: env.PWD ?? '/' };
  }

  /** Runs `sh -c <src>`; returns the exit status. */
  *script(src: string, io: Io = this.io): Gen<number> {
    const parsed = parseScript(src);
    if (!parsed.ok) {
      io.err(this.host.userland === 'busybox' ? `sh: ${parsed.error}\n` : `/bin/sh: 1: ${parsed.error.replace(/"/g, '')}\n`);
      return 2;
    }
    return yield* this.seq(parsed.script, io);
  }

  /** Runs one argv directly (exec form: no shell, no expansion). */
  *argv(argv: string[], io: Io = this.io): Gen<number> {
    return yield* this.invoke(argv, io);
  }

  private *seq(script: Script, io: Io): Gen<number> {
    for (const ao of script) {
      if (this.state.exit !== undefined) break;
      let status = 0;
      let first = true;
      for (const { op, pipeline } of ao.items) {
        if (!first && ((op === '&&' && status !== 0) || (op === '||' && status === 0))) continue;
        first = false;
        status = yield* this.pipeline(pipeline, io);
        if (this.state.exit !== undefined) break;
      }
      this.state.status = status;
    }
    return this.state.exit ?? this.state.status;
  }

  private *pipeline(pl: Pipeline, io: Io): Gen<number> {
    let stdin = io.stdin;
    let status = 0;
    for (let i = 0; i < pl.commands.length; i++) {
      const last = i === pl.commands.length - 1;
      let buf = '';
      const stageIo: Io = last ? { ...io, stdin } : { out: (t) => { buf += t; }, err: io.err, stdin };
      status = yield* this.command(pl.commands[i], stageIo);
      stdin = buf;
    }
    return pl.negate ? (status === 0 ? 1 : 0) : status;
  }

  private *command(cmd: Command, io: Io): Gen<number> {
    if (++this.state.busy > BUSY_LIMIT) {
      this.state.busy = 0;
      this.busyPause = Math.min(this.busyPause * 2 || 1_000, BUSY_PAUSE_MAX_MS);
      yield { sleep: this.busyPause };
    }
    switch (cmd.kind) {
      case 'group':
        return yield* this.seq(cmd.body, io);
      case 'while': {
        let status = 0;
        for (;;) {
          const c = yield* this.seq(cmd.cond, io);
          if (this.state.exit !== undefined) return this.state.exit;
          if ((c === 0) === cmd.until) break;
          status = yield* this.seq(cmd.body, io);
          if (this.state.exit !== undefined) return this.state.exit;
        }
        return status;
      }
      case 'for': {
        const words: string[] = [];
        for (const w of cmd.words ?? []) words.push(...(yield* this.expand(w)));
        let status = 0;
        for (const w of words) {
          this.state.env.set(cmd.name, w);
          status = yield* this.seq(cmd.body, io);
          if (this.state.exit !== undefined) return this.state.exit;
        }
        return status;
      }
      case 'if': {
        for (const b of cmd.branches) {
          if ((yield* this.seq(b.cond, io)) === 0) return yield* this.seq(b.body, io);
          if (this.state.exit !== undefined) return this.state.exit;
        }
        return cmd.otherwise ? yield* this.seq(cmd.otherwise, io) : 0;
      }
      case 'simple': {
        const argv: string[] = [];
        for (const w of cmd.words) argv.push(...(yield* this.expand(w)));
        const assigned: [string, string][] = [];
        for (const [k, v] of cmd.assigns) assigned.push([k, (yield* this.expand(v)).join(' ')]);
        if (!argv.length) {
          for (const [k, v] of assigned) this.state.env.set(k, v);
          return 0;
        }
        const red = yield* this.redirect(cmd, io);
        if (!red.ok) return 1;
        const status = yield* this.invoke(argv, red.io);
        red.flush();
        return status;
      }
    }
  }

  private *redirect(cmd: Extract<Command, { kind: 'simple' }>, io: Io): Gen<{ ok: true; io: Io; flush: () => void } | { ok: false }> {
    if (!cmd.redirects.length) return { ok: true, io, flush: () => {} };
    let out = io.out;
    let err = io.err;
    let stdin = io.stdin;
    const writes: { path: string; append: boolean; text: string }[] = [];
    for (const r of cmd.redirects) {
      const target = (yield* this.expand(r.target)).join(' ');
      if (r.op === '<') {
        const content = this.host.files.get(this.resolve(target));
        if (content === undefined) {
          io.err(this.host.userland === 'busybox' ? `sh: can't open '${target}': No such file or directory\n` : `/bin/sh: 1: cannot open ${target}: No such file\n`);
          return { ok: false };
        }
        stdin = content;
        continue;
      }
      if (r.op === '>&') {
        if (r.fd === 2 && target === '1') err = (t) => out(t);
        else if (r.fd === 1 && target === '2') out = (t) => err(t);
        continue;
      }
      let sink: (t: string) => void;
      if (target === '/dev/null') sink = () => {};
      else if (target === '/dev/stdout') sink = io.out;
      else if (target === '/dev/stderr') sink = io.err;
      else {
        const w = { path: this.resolve(target), append: r.op === '>>', text: '' };
        writes.push(w);
        sink = (t) => { w.text += t; };
      }
      if (r.fd === 1) out = sink;
      else err = sink;
    }
    // Files are created when the redirection opens them, before the command runs.
    for (const w of writes) if (!w.append || !this.host.files.has(w.path)) this.host.files.set(w.path, this.host.files.get(w.path) && w.append ? this.host.files.get(w.path)! : '');
    return {
      ok: true,
      io: { out: (t) => out(t), err: (t) => err(t), stdin },
      flush: () => { for (const w of writes) this.host.files.set(w.path, (w.append ? this.host.files.get(w.path) ?? '' : '') + w.text); },
    };
  }

  private *invoke(argv: string[], io: Io): Gen<number> {
    const name = argv[0];
    if (name === 'exec' && argv.length > 1) return yield* this.invoke(argv.slice(1), io);
    if (name === 'sh' || name === '/bin/sh' || name === 'bash' || name === '/bin/bash' || name === 'ash') {
      // `sh -c SCRIPT`, or `sh` reading its script from stdin (`kubectl exec -i p -- sh < x`).
      const src = argv[1] === '-c' ? argv[2] ?? '' : argv.length === 1 ? io.stdin ?? '' : undefined;
      if (src !== undefined) {
        const sub = new Shell(this.host, Object.fromEntries(this.state.env), { out: io.out, err: io.err });
        return yield* sub.script(src);
      }
    }
    if (this.host.isServer(name) && !(argv.includes('-s') || argv.includes('-t') || argv.includes('-v') || argv.includes('-V'))) {
      yield { serve: true };
      return 0;
    }
    const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
    const builtin = BUILTINS[base];
    const available = builtin && (!builtin.tool || this.host.tools.has(base));
    if (!available) {
      io.err(notFound(this.host.userland, name));
      return 127;
    }
    const r = builtin.run(argv, { host: this.host, io, state: this.state, shell: this });
    const status = typeof r === 'number' ? r : yield* r;
    return status;
  }

  /** Resolves a path against the working directory. */
  resolve(p: string): string {
    if (p.startsWith('/')) return p;
    return `${this.state.cwd.replace(/\/$/, '')}/${p}`;
  }

  *expand(raw: string): Gen<string[]> {
    return yield* expandWord(raw, this.state, (src) => this.capture(src));
  }

  private *capture(src: string): Gen<string> {
    let buf = '';
    const sub = new Shell(this.host, Object.fromEntries(this.state.env), { out: (t) => { buf += t; }, err: this.io.err });
    sub.state.cwd = this.state.cwd;
    this.state.status = yield* sub.script(src);
    return buf;
  }

  /** Resets the busy counter after time passed (called by the runtime on every sleep). */
  slept(): void {
    this.state.busy = 0;
  }

  /** Called when the script itself slept: it is not a busy loop. */
  rested(): void {
    this.busyPause = 0;
  }

  private busyPause = 0;
}

export type { Effect };
