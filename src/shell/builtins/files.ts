/** File commands confined to the workspace: cat, ls, mkdir, rm, rmdir, cp, mv, touch, pwd, cd. */
import type { Builtin, CommandContext } from '../state.js';
import { badOption, readInputs } from './input.js';

/** Splits `-rf`-style flags from operands (`--` ends options); unknown flags are reported. */
function options(ctx: CommandContext, tool: string, allowed: string): { flags: Set<string>; operands: string[] } | undefined {
  const flags = new Set<string>();
  const operands: string[] = [];
  let done = false;
  for (const a of ctx.args) {
    if (done || !a.startsWith('-') || a === '-') {
      operands.push(a);
    } else if (a === '--') {
      done = true;
    } else {
      for (const f of a.slice(1)) {
        if (!allowed.includes(f)) {
          badOption(ctx, tool, `-${f}`);
          return undefined;
        }
        flags.add(f);
      }
    }
  }
  return { flags, operands };
}

function fail(ctx: CommandContext, tool: string, path: string, code: Parameters<CommandContext['shell']['workspace']['reason']>[0], what = ''): void {
  ctx.err(`${tool}: ${what}${path}: ${ctx.shell.workspace.reason(code)}\n`);
}

export const cat: Builtin = (ctx) => {
  const o = options(ctx, 'cat', 'n');
  if (!o) return 1;
  let status = 0;
  for (const input of readInputs(ctx, 'cat', o.operands)) {
    if (input.failed) status = 1;
    else if (o.flags.has('n')) {
      const ls = input.text.split('\n');
      const tail = ls[ls.length - 1] === '' ? ls.pop() : undefined;
      ctx.out(ls.map((l, i) => `${String(i + 1).padStart(6)}\t${l}`).join('\n') + (tail === '' ? '\n' : ''));
    } else ctx.out(input.text);
  }
  return status;
};

/** GNU ls -C: the fewest rows whose columns (name + 2 spaces) fit in 80 characters. */
function columns(names: string[], width = 80): string {
  if (!names.length) return '';
  for (let rows = 1; rows <= names.length; rows++) {
    const cols = Math.ceil(names.length / rows);
    const widths = Array.from({ length: cols }, (_, c) => Math.max(...names.slice(c * rows, c * rows + rows).map((n) => n.length)) + 2);
    const total = widths.reduce((a, b) => a + b, 0) - 2;
    if (total <= width || rows === names.length) {
      const out: string[] = [];
      for (let r = 0; r < rows; r++) {
        const cells: string[] = [];
        for (let c = 0; c < cols; c++) {
          const n = names[c * rows + r];
          if (n === undefined) continue;
          const isLast = c === cols - 1 || names[(c + 1) * rows + r] === undefined;
          cells.push(isLast ? n : n.padEnd(widths[c]));
        }
        out.push(cells.join(''));
      }
      return `${out.join('\n')}\n`;
    }
  }
  return '';
}

export const ls: Builtin = (ctx) => {
  const o = options(ctx, 'ls', 'la1AhtrR');
  if (!o) return 2;
  const ws = ctx.shell.workspace;
  const targets = o.operands.length ? o.operands : ['.'];
  let status = 0;
  const show = (names: string[], dir: string): void => {
    if (o.flags.has('l')) {
      const rows = names.map((n) => {
        const info = ws.info(dir === '' ? n : `${dir}/${n}`);
        if (!info.ok) return n;
        const mode = info.value.kind === 'dir' ? 'drwxr-xr-x' : '-rw-r--r--';
        return `${mode} 1 learner learner ${String(info.value.size).padStart(5)} ${n}`;
      });
      ctx.out(rows.map((r) => `${r}\n`).join(''));
    } else if (o.flags.has('1') || !ctx.isTerminal) {
      ctx.out(names.map((n) => `${n}\n`).join(''));
    } else {
      ctx.out(columns(names));
    }
  };
  const files = targets.filter((t) => ws.exists(t) === 'file');
  const dirs = targets.filter((t) => ws.exists(t) === 'dir');
  for (const t of targets) {
    if (ws.exists(t)) continue;
    const r = ws.resolve(t);
    ctx.err(`ls: cannot access '${t}': ${ws.reason(r.ok ? 'ENOENT' : r.code)}\n`);
    status = 2;
  }
  if (files.length) show(files, '');
  dirs.forEach((d, i) => {
    const r = ws.entries(d);
    if (!r.ok) return;
    let names = r.value.filter((n) => o.flags.has('a') || o.flags.has('A') || !n.startsWith('.'));
    if (o.flags.has('a')) names = ['.', '..', ...names];
    if (o.flags.has('r')) names.reverse();
    if (targets.length > 1) ctx.out(`${files.length || i > 0 ? '\n' : ''}${d}:\n`);
    show(names, d);
  });
  return status;
};

export const mkdir: Builtin = (ctx) => {
  const o = options(ctx, 'mkdir', 'pv');
  if (!o) return 1;
  if (!o.operands.length) {
    ctx.err("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
    return 1;
  }
  let status = 0;
  for (const d of o.operands) {
    const r = ctx.shell.workspace.mkdir(d, o.flags.has('p'));
    if (!r.ok) {
      fail(ctx, 'mkdir', `‘${d}’`, r.code, 'cannot create directory ');
      status = 1;
    }
  }
  return status;
};

export const rm: Builtin = (ctx) => {
  const o = options(ctx, 'rm', 'rRfv');
  if (!o) return 1;
  const force = o.flags.has('f');
  if (!o.operands.length && !force) {
    ctx.err("rm: missing operand\nTry 'rm --help' for more information.\n");
    return 1;
  }
  let status = 0;
  for (const p of o.operands) {
    const r = ctx.shell.workspace.remove(p, { recursive: o.flags.has('r') || o.flags.has('R') });
    if (r.ok || (force && r.code === 'ENOENT')) continue;
    fail(ctx, 'rm', `'${p}'`, r.code, 'cannot remove ');
    status = 1;
  }
  return status;
};

export const rmdir: Builtin = (ctx) => {
  let status = 0;
  for (const p of ctx.args) {
    const r = ctx.shell.workspace.remove(p, { recursive: false, dirOnly: true });
    if (!r.ok) {
      fail(ctx, 'rmdir', `'${p}'`, r.code, 'failed to remove ');
      status = 1;
    }
  }
  return status;
};

/** `cp SRC DST` and `cp SRC... DIR` (files only). */
export const cp: Builtin = (ctx) => copyOrMove(ctx, 'cp');
export const mv: Builtin = (ctx) => copyOrMove(ctx, 'mv');

function copyOrMove(ctx: CommandContext, tool: 'cp' | 'mv'): number {
  const o = options(ctx, tool, 'fvi');
  if (!o) return 1;
  const ws = ctx.shell.workspace;
  if (o.operands.length < 2) {
    const msg = o.operands.length ? `missing destination file operand after '${o.operands[0]}'` : 'missing file operand';
    ctx.err(`${tool}: ${msg}\nTry '${tool} --help' for more information.\n`);
    return 1;
  }
  const dest = o.operands[o.operands.length - 1];
  const sources = o.operands.slice(0, -1);
  const intoDir = ws.exists(dest) === 'dir';
  if (sources.length > 1 && !intoDir) {
    ctx.err(`${tool}: target '${dest}': Not a directory\n`);
    return 1;
  }
  let status = 0;
  for (const src of sources) {
    const target = intoDir ? `${dest}/${src.split('/').pop()}` : dest;
    if (tool === 'mv') {
      const r = ws.exists(src) ? ws.rename(src, target) : ({ ok: false, code: ws.resolve(src).ok ? 'ENOENT' : 'OUTSIDE' } as const);
      if (!r.ok) {
        fail(ctx, 'mv', `'${src}'`, r.code, 'cannot stat ');
        status = 1;
      }
      continue;
    }
    if (ws.exists(src) === 'dir') {
      ctx.err(`cp: -r not specified; omitting directory '${src}'\n`);
      status = 1;
      continue;
    }
    const data = ws.readText(src);
    if (!data.ok) {
      fail(ctx, 'cp', `'${src}'`, data.code, 'cannot stat ');
      status = 1;
      continue;
    }
    const w = ws.writeText(target, data.value);
    if (!w.ok) {
      fail(ctx, 'cp', `'${target}'`, w.code, 'cannot create regular file ');
      status = 1;
    }
  }
  return status;
}

export const touch: Builtin = (ctx) => {
  let status = 0;
  for (const p of ctx.args.filter((a) => !a.startsWith('-'))) {
    const r = ctx.shell.workspace.touch(p);
    if (!r.ok) {
      fail(ctx, 'touch', `'${p}'`, r.code, 'cannot touch ');
      status = 1;
    }
  }
  return status;
};

export const pwd: Builtin = (ctx) => {
  ctx.out(`${ctx.shell.workspace.pwd()}\n`);
  return 0;
};

export const cd: Builtin = (ctx) => {
  const ws = ctx.shell.workspace;
  if (ctx.args.length > 1) {
    ctx.err('bash: cd: too many arguments\n');
    return 1;
  }
  const target = ctx.args[0] ?? ws.root;
  const r = ws.chdir(target === '~' ? ws.root : target);
  if (!r.ok) {
    ctx.err(`bash: cd: ${target}: ${ws.reason(r.code)}\n`);
    return 1;
  }
  ctx.shell.vars.set('PWD', ws.pwd());
  return 0;
};
