/** More filters for pipes: tee, tr, cut, uniq, seq, xargs (GNU coreutils/findutils behaviour). */
import type { Builtin, CommandContext } from '../state.js';
import { badOption, lines, readInputs } from './input.js';

export const tee: Builtin = (ctx) => {
  const append = ctx.args.includes('-a') || ctx.args.includes('--append');
  const files = ctx.args.filter((a) => !a.startsWith('-'));
  const text = ctx.stdin ?? '';
  ctx.out(text);
  let status = 0;
  for (const f of files) {
    const r = ctx.shell.workspace.writeText(f, text, append);
    if (!r.ok) {
      ctx.err(`tee: ${f}: ${ctx.shell.workspace.reason(r.code)}\n`);
      status = 1;
    }
  }
  return status;
};

const CLASSES: Record<string, string> = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digit: '0123456789',
  space: ' \t\n\r\f\v',
  blank: ' \t',
};
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\' };

/** Expands a tr set: ranges (`a-z`), classes (`[:upper:]`) and escapes (`\n`). */
function trSet(spec: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < spec.length; i++) {
    const cls = /^\[:(\w+):\]/.exec(spec.slice(i));
    if (cls && CLASSES[cls[1]]) {
      out.push(...CLASSES[cls[1]]);
      i += cls[0].length - 1;
      continue;
    }
    let c = spec[i];
    if (c === '\\' && i + 1 < spec.length) c = ESCAPES[spec[++i]] ?? spec[i];
    if (spec[i + 1] === '-' && i + 2 < spec.length) {
      const end = spec[i + 2];
      for (let code = c.charCodeAt(0); code <= end.charCodeAt(0); code++) out.push(String.fromCharCode(code));
      i += 2;
      continue;
    }
    out.push(c);
  }
  return out;
}

export const tr: Builtin = (ctx) => {
  const flags = new Set<string>();
  const sets: string[] = [];
  for (const a of ctx.args) {
    if (/^-[dsc]+$/.test(a)) for (const f of a.slice(1)) flags.add(f);
    else sets.push(a);
  }
  if (!sets.length) {
    ctx.err("tr: missing operand\nTry 'tr --help' for more information.\n");
    return 1;
  }
  const from = trSet(sets[0]);
  const to = sets[1] !== undefined ? trSet(sets[1]) : [];
  let text = [...(ctx.stdin ?? '')];
  if (flags.has('d')) text = text.filter((c) => !from.includes(c));
  else if (to.length) text = text.map((c) => (from.includes(c) ? to[Math.min(from.indexOf(c), to.length - 1)] : c));
  if (flags.has('s')) {
    const squeeze = to.length && !flags.has('d') ? to : from;
    text = text.filter((c, i) => !(i > 0 && c === text[i - 1] && squeeze.includes(c)));
  }
  ctx.out(text.join(''));
  return 0;
};

/** `1,3`, `2-`, `-2`, `1-3` as a membership test on 1-based positions. */
function ranges(list: string): ((n: number) => boolean) | undefined {
  const parts = list.split(',').map((p) => /^(\d*)(-?)(\d*)$/.exec(p));
  if (parts.some((m) => !m || (!m[1] && !m[3]))) return undefined;
  return (n) =>
    parts.some((m) => {
      const lo = m![1] ? Number(m![1]) : 1;
      const hi = m![2] ? (m![3] ? Number(m![3]) : Infinity) : lo;
      return n >= lo && n <= hi;
    });
}

export const cut: Builtin = (ctx) => {
  let delim = '\t';
  let fields: string | undefined;
  let chars: string | undefined;
  const files: string[] = [];
  const args = ctx.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-d') delim = args[++i] ?? '';
    else if (a.startsWith('-d')) delim = a.slice(2);
    else if (a === '-f') fields = args[++i];
    else if (a.startsWith('-f')) fields = a.slice(2);
    else if (a === '-c' || a === '-b') chars = args[++i];
    else if (a.startsWith('-c') || a.startsWith('-b')) chars = a.slice(2);
    else if (a.startsWith('-') && a !== '-') return badOption(ctx, 'cut', a);
    else files.push(a);
  }
  const spec = fields ?? chars;
  if (spec === undefined) {
    ctx.err("cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n");
    return 1;
  }
  const keep = ranges(spec);
  if (!keep) {
    ctx.err(`cut: invalid field value ‘${spec}’\nTry 'cut --help' for more information.\n`);
    return 1;
  }
  let status = 0;
  for (const input of readInputs(ctx, 'cut', files)) {
    if (input.failed) {
      status = 1;
      continue;
    }
    for (const l of lines(input.text)) {
      if (chars !== undefined) ctx.out(`${[...l].filter((_, i) => keep(i + 1)).join('')}\n`);
      else if (!l.includes(delim)) ctx.out(`${l}\n`);
      else ctx.out(`${l.split(delim).filter((_, i) => keep(i + 1)).join(delim)}\n`);
    }
  }
  return status;
};

export const uniq: Builtin = (ctx) => {
  const count = ctx.args.includes('-c');
  const [input] = readInputs(ctx, 'uniq', ctx.args.filter((a) => !a.startsWith('-')).slice(0, 1));
  const groups: { line: string; n: number }[] = [];
  for (const l of lines(input.text)) {
    const last = groups[groups.length - 1];
    if (last && last.line === l) last.n++;
    else groups.push({ line: l, n: 1 });
  }
  ctx.out(groups.map((g) => (count ? `${String(g.n).padStart(7)} ${g.line}\n` : `${g.line}\n`)).join(''));
  return input.failed ? 1 : 0;
};

export const seq: Builtin = (ctx) => {
  const nums = ctx.args.map(Number);
  if (!nums.length || nums.length > 3 || nums.some((n) => !Number.isFinite(n))) {
    const bad = ctx.args.find((a) => !Number.isFinite(Number(a)));
    ctx.err(bad !== undefined ? `seq: invalid floating point argument: ‘${bad}’\nTry 'seq --help' for more information.\n` : "seq: missing operand\nTry 'seq --help' for more information.\n");
    return 1;
  }
  const [first, step, last] = nums.length === 1 ? [1, 1, nums[0]] : nums.length === 2 ? [nums[0], 1, nums[1]] : nums;
  const out: string[] = [];
  for (let v = first; step > 0 ? v <= last : v >= last; v += step) {
    out.push(`${v}\n`);
    if (out.length > 100_000 || step === 0) break;
  }
  ctx.out(out.join(''));
  return 0;
};

/** `xargs [-n N] [-I STR] [COMMAND [ARGS]]`: builds command lines from standard input. */
export const xargs: Builtin = (ctx: CommandContext) => {
  let perCall = Infinity;
  let replace: string | undefined;
  let i = 0;
  for (; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    if (a === '-n') perCall = Number(ctx.args[++i]);
    else if (/^-n\d+$/.test(a)) perCall = Number(a.slice(2));
    else if (a === '-I') replace = ctx.args[++i];
    else if (a.startsWith('-I')) replace = a.slice(2);
    else if (a === '-r' || a === '--no-run-if-empty') continue;
    else break;
  }
  const command = ctx.args.slice(i).length ? ctx.args.slice(i) : ['echo'];
  const input = ctx.stdin ?? '';
  const calls: string[][] =
    replace !== undefined
      ? lines(input).map((l) => command.map((w) => w.split(replace!).join(l.trim())))
      : chunk(input.split(/\s+/).filter(Boolean), perCall).map((words) => [...command, ...words]);
  let status = 0;
  for (const argv of calls) {
    const code = ctx.invoke(argv);
    if (code === 127) {
      ctx.err(`xargs: ${argv[0]}: No such file or directory\n`);
      return 127;
    }
    if (code !== 0) status = 123;
  }
  return status;
};

function chunk(words: string[], size: number): string[][] {
  if (!words.length) return [[]];
  if (!Number.isFinite(size) || size < 1) return [words];
  const out: string[][] = [];
  for (let i = 0; i < words.length; i += size) out.push(words.slice(i, i + size));
  return out;
}
