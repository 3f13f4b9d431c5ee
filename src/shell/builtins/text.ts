/** Text filters over pipes and files: grep, head, tail, wc, sort. */
import type { Builtin, CommandContext } from '../state.js';
import { badOption, lines, readInputs } from './input.js';

/** Turns a POSIX basic regular expression into an extended one (`\(` groups, `+` literal). */
function breToEre(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\' && i + 1 < p.length) {
      const n = p[++i];
      out += '+?|(){}'.includes(n) ? n : `\\${n}`;
    } else out += '+?|(){}'.includes(c) ? `\\${c}` : c;
  }
  return out;
}

/** Learner patterns run on our event loop: refuse shapes that can backtrack exponentially. */
function unsafe(re: string): boolean {
  return /\\[1-9]/.test(re) || /\([^)]*[*+}][^)]*\)[*+{]/.test(re);
}

function compile(ctx: CommandContext, pattern: string, flags: Set<string>): RegExp | undefined {
  let src = flags.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : flags.has('E') ? pattern : breToEre(pattern);
  src = src.replace(/\[\[:(alpha|digit|alnum|space|upper|lower|punct):\]\]/g, (_m, cls: string) => `[${({ alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', space: '\\s', upper: 'A-Z', lower: 'a-z', punct: '!-\\/:-@\\[-`{-~' } as Record<string, string>)[cls]}]`);
  if (flags.has('w')) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
  if (flags.has('x')) src = `^(?:${src})$`;
  if (unsafe(src)) {
    ctx.err('grep: this pattern is too complex for kubedojo (no back-references or nested repetition)\n');
    return undefined;
  }
  try {
    return new RegExp(src, flags.has('i') ? 'gi' : 'g');
  } catch {
    ctx.err(`grep: Invalid regular expression\n`);
    return undefined;
  }
}

export const grep: Builtin = (ctx) => {
  const flags = new Set<string>();
  const operands: string[] = [];
  const patterns: string[] = [];
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    if (a === '-e') patterns.push(ctx.args[++i] ?? '');
    else if (a === '--color' || a.startsWith('--color=')) continue;
    else if (/^-[ivcEonwqxFlhH]+$/.test(a)) for (const f of a.slice(1)) flags.add(f);
    else if (a.startsWith('-') && a !== '-') return badOption(ctx, 'grep', a);
    else operands.push(a);
  }
  if (!patterns.length) {
    const p = operands.shift();
    if (p === undefined) {
      ctx.err("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
      return 2;
    }
    patterns.push(...p.split('\n'));
  }
  const res = patterns.map((p) => compile(ctx, p, flags));
  if (res.some((r) => !r)) return 2;
  const matchers = res as RegExp[];
  const test = (l: string): boolean => matchers.some((r) => ((r.lastIndex = 0), r.test(l)));
  const prefixNames = (operands.length > 1 || flags.has('H')) && !flags.has('h');
  let matched = false;
  let error = false;
  const inputs = readInputs(ctx, 'grep', operands);
  inputs.forEach((input, idx) => {
    if (input.failed) {
      error = true;
      return;
    }
    const name = operands[idx] === '-' || !operands.length ? '(standard input)' : operands[idx];
    const prefix = prefixNames ? `${name}:` : '';
    let count = 0;
    lines(input.text).forEach((l, n) => {
      const hit = test(l) !== flags.has('v');
      if (!hit) return;
      count++;
      matched = true;
      if (flags.has('q') || flags.has('c') || flags.has('l')) return;
      const num = flags.has('n') ? `${n + 1}:` : '';
      if (flags.has('o') && !flags.has('v')) {
        for (const r of matchers) {
          r.lastIndex = 0;
          for (const m of l.matchAll(r)) if (m[0]) ctx.out(`${prefix}${num}${m[0]}\n`);
        }
      } else ctx.out(`${prefix}${num}${l}\n`);
    });
    if (flags.has('c') && !flags.has('q')) ctx.out(`${prefix}${count}\n`);
    if (flags.has('l') && count && !flags.has('q')) ctx.out(`${name}\n`);
  });
  if (flags.has('q') && matched) return 0;
  return error ? 2 : matched ? 0 : 1;
};

/** `-n N`, `-nN`, `-N`, `--lines=N`; `+N` (tail: from line N). */
function count(ctx: CommandContext, tool: string): { n: number; fromStart: boolean; files: string[] } | undefined {
  let n = 10;
  let fromStart = false;
  const files: string[] = [];
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    let v: string | undefined;
    if (a === '-n' || a === '--lines') v = ctx.args[++i];
    else if (/^-n.+/.test(a)) v = a.slice(2);
    else if (a.startsWith('--lines=')) v = a.slice(8);
    else if (/^-\d+$/.test(a)) v = a.slice(1);
    else if (a.startsWith('-') && a !== '-') {
      badOption(ctx, tool, a);
      return undefined;
    } else {
      files.push(a);
      continue;
    }
    if (v === undefined || !/^[+-]?\d+$/.test(v)) {
      ctx.err(`${tool}: invalid number of lines: ‘${v ?? ''}’\n`);
      return undefined;
    }
    fromStart = v.startsWith('+');
    n = Math.abs(Number(v));
  }
  return { n, fromStart, files };
}

function headOrTail(ctx: CommandContext, tool: 'head' | 'tail'): number {
  const c = count(ctx, tool);
  if (!c) return 1;
  let status = 0;
  const inputs = readInputs(ctx, tool, c.files);
  inputs.forEach((input, i) => {
    if (input.failed) {
      status = 1;
      return;
    }
    if (c.files.length > 1) ctx.out(`${i > 0 ? '\n' : ''}==> ${c.files[i] === '-' ? 'standard input' : c.files[i]} <==\n`);
    const all = lines(input.text);
    const chosen = tool === 'head' ? all.slice(0, c.n) : c.fromStart ? all.slice(Math.max(0, c.n - 1)) : c.n === 0 ? [] : all.slice(-c.n);
    const lastIncluded = chosen.length > 0 && (tool === 'tail' || chosen.length === all.length);
    const keepUnterminated = lastIncluded && !input.text.endsWith('\n');
    ctx.out(chosen.map((l, j) => (keepUnterminated && j === chosen.length - 1 ? l : `${l}\n`)).join(''));
  });
  return status;
}

export const head: Builtin = (ctx) => headOrTail(ctx, 'head');
export const tail: Builtin = (ctx) => headOrTail(ctx, 'tail');

export const wc: Builtin = (ctx) => {
  const flags = new Set<string>();
  const files: string[] = [];
  for (const a of ctx.args) {
    if (/^-[lwcm]+$/.test(a)) for (const f of a.slice(1)) flags.add(f === 'm' ? 'c' : f);
    else if (a.startsWith('-') && a !== '-') return badOption(ctx, 'wc', a);
    else files.push(a);
  }
  const which = flags.size ? ['l', 'w', 'c'].filter((f) => flags.has(f)) : ['l', 'w', 'c'];
  let status = 0;
  const rows: { counts: number[]; name?: string }[] = [];
  readInputs(ctx, 'wc', files).forEach((input, i) => {
    if (input.failed) {
      status = 1;
      return;
    }
    const t = input.text;
    const all: Record<string, number> = { l: (t.match(/\n/g) ?? []).length, w: t.split(/\s+/).filter(Boolean).length, c: Buffer.byteLength(t) };
    rows.push({ counts: which.map((f) => all[f]), name: files[i] });
  });
  if (rows.length > 1) rows.push({ counts: which.map((_, k) => rows.reduce((s, r) => s + r.counts[k], 0)), name: 'total' });
  // coreutils: one count alone is unpadded; stdin (not a regular file) pads to 7.
  const width = which.length === 1 && rows.length === 1 ? 0 : files.length ? Math.max(...rows.map((r) => Math.max(...r.counts).toString().length)) : 7;
  for (const r of rows) ctx.out(`${r.counts.map((n) => String(n).padStart(width)).join(' ')}${r.name ? ` ${r.name}` : ''}\n`);
  return status;
};

export const sort: Builtin = (ctx) => {
  const flags = new Set<string>();
  const files: string[] = [];
  for (const a of ctx.args) {
    if (/^-[rnu]+$/.test(a)) for (const f of a.slice(1)) flags.add(f);
    else if (a.startsWith('-') && a !== '-') return badOption(ctx, 'sort', a);
    else files.push(a);
  }
  const inputs = readInputs(ctx, 'sort', files);
  let all = inputs.flatMap((i) => lines(i.text));
  all.sort(flags.has('n') ? (a, b) => parseFloat(a) - parseFloat(b) || (a < b ? -1 : a > b ? 1 : 0) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (flags.has('r')) all.reverse();
  if (flags.has('u')) all = all.filter((l, i) => i === 0 || l !== all[i - 1]);
  ctx.out(all.map((l) => `${l}\n`).join(''));
  return inputs.some((i) => i.failed) ? 2 : 0;
};
