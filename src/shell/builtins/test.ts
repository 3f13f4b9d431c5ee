/** `test EXPR` and `[ EXPR ]`, as bash's builtin evaluates the common forms. */
import type { Builtin, CommandContext } from '../state.js';

type Outcome = boolean | { error: string };

const FILE_TESTS: Record<string, (ctx: CommandContext, p: string) => boolean> = {
  '-e': (ctx, p) => ctx.shell.workspace.exists(p) !== undefined,
  '-f': (ctx, p) => ctx.shell.workspace.exists(p) === 'file',
  '-d': (ctx, p) => ctx.shell.workspace.exists(p) === 'dir',
  '-s': (ctx, p) => {
    const i = ctx.shell.workspace.info(p);
    return i.ok && i.value.size > 0;
  },
  '-r': (ctx, p) => ctx.shell.workspace.exists(p) !== undefined,
  '-w': (ctx, p) => ctx.shell.workspace.exists(p) !== undefined,
};

const STRING_TESTS: Record<string, (s: string) => boolean> = {
  '-z': (s) => s === '',
  '-n': (s) => s !== '',
};

const INT_OPS: Record<string, (a: number, b: number) => boolean> = {
  '-eq': (a, b) => a === b,
  '-ne': (a, b) => a !== b,
  '-lt': (a, b) => a < b,
  '-le': (a, b) => a <= b,
  '-gt': (a, b) => a > b,
  '-ge': (a, b) => a >= b,
};

const STRING_OPS: Record<string, (a: string, b: string) => boolean> = {
  '=': (a, b) => a === b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '>': (a, b) => a > b,
};

function integer(s: string): number | { error: string } {
  return /^\s*[+-]?\d+\s*$/.test(s) ? Number(s) : { error: `${s}: integer expression expected` };
}

function evaluate(ctx: CommandContext, args: string[]): Outcome {
  if (args[0] === '!' && args.length > 1) {
    const r = evaluate(ctx, args.slice(1));
    return typeof r === 'boolean' ? !r : r;
  }
  if (args.length === 0) return false;
  if (args.length === 1) return args[0] !== '';
  if (args.length === 2) {
    const [op, v] = args;
    if (FILE_TESTS[op]) return FILE_TESTS[op](ctx, v);
    if (STRING_TESTS[op]) return STRING_TESTS[op](v);
    return { error: `${op}: unary operator expected` };
  }
  if (args.length === 3) {
    const [a, op, b] = args;
    if (STRING_OPS[op]) return STRING_OPS[op](a, b);
    if (INT_OPS[op]) {
      const x = integer(a);
      if (typeof x !== 'number') return x;
      const y = integer(b);
      if (typeof y !== 'number') return y;
      return INT_OPS[op](x, y);
    }
    return { error: `${op}: binary operator expected` };
  }
  return { error: 'too many arguments' };
}

function run(ctx: CommandContext, name: string, args: string[]): number {
  const r = evaluate(ctx, args);
  if (typeof r === 'boolean') return r ? 0 : 1;
  ctx.err(`bash: ${name}: ${r.error}\n`);
  return 2;
}

export const test: Builtin = (ctx) => run(ctx, 'test', ctx.args);

export const bracket: Builtin = (ctx) => {
  if (ctx.args[ctx.args.length - 1] !== ']') {
    ctx.err("bash: [: missing `]'\n");
    return 2;
  }
  return run(ctx, '[', ctx.args.slice(0, -1));
};
