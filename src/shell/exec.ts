/**
 * Runs parsed command lists: `;`, `&&`, `||`, pipelines (each stage runs to completion and
 * its output becomes the next stage's input), redirections and command substitution.
 * Every command is a builtin from the table; nothing starts a process.
 */
import type { AndOr, Command, Pipeline, SimpleCommand } from './ast.js';
import { expandWords, joinWord, type Expander } from './expand.js';
import { runFor, runIf, runWhile, stopping, type LoopRuntime } from './loops.js';
import { applyRedirects, writeTo, type Dest, type Fds } from './redirects.js';
import { parse } from './parser.js';
import { environment, type Builtin, type ShellState } from './state.js';

export interface ShellOutput {
  stream: 'out' | 'err';
  text: string;
}

export interface Runtime {
  state: ShellState;
  builtins: Record<string, Builtin>;
  sink(chunk: ShellOutput): void;
}

/** Builtins whose `NAME=value` arguments are expanded like assignments (no splitting). */
const DECLARATION = new Set(['export', 'declare', 'local', 'readonly', 'typeset']);

/** Runs a list and returns the status of the last pipeline run. */
export function runList(list: AndOr[], rt: Runtime, fds: Fds): number {
  for (const chain of list) {
    runAndOr(chain, rt, fds);
    if (stopping(rt.state)) break;
  }
  return rt.state.lastStatus;
}

function runAndOr(chain: AndOr, rt: Runtime, fds: Fds): void {
  rt.state.lastStatus = runPipeline(chain.first, rt, fds);
  for (const { op, pipeline } of chain.rest) {
    if (stopping(rt.state)) return;
    const ok = rt.state.lastStatus === 0;
    if ((op === '&&' && ok) || (op === '||' && !ok)) rt.state.lastStatus = runPipeline(pipeline, rt, fds);
  }
}

function runPipeline(p: Pipeline, rt: Runtime, fds: Fds): number {
  let input: string | undefined;
  let status = 0;
  p.commands.forEach((cmd, i) => {
    const last = i === p.commands.length - 1;
    const capture: Dest = { kind: 'capture', chunks: [] };
    const stageFds: Fds = { 1: last ? fds[1] : capture, 2: fds[2] };
    status = runCommand(cmd, rt, stageFds, input);
    input = last ? undefined : capture.chunks.join('');
  });
  return p.negate ? (status === 0 ? 1 : 0) : status;
}

function expander(rt: Runtime, fds: Fds): Expander & { substStatus?: number } {
  const ex: Expander & { substStatus?: number } = {
    state: rt.state,
    fail(message) {
      if (rt.state.aborted !== undefined) return;
      writeTo(fds[2], `bash: ${message}\n`, rt);
      rt.state.aborted = 1;
    },
    substitute(list) {
      const capture: Dest = { kind: 'capture', chunks: [] };
      ex.substStatus = runList(list, rt, { 1: capture, 2: fds[2] });
      return capture.chunks.join('');
    },
  };
  return ex;
}

function loopRuntime(rt: Runtime): LoopRuntime {
  return {
    state: rt.state,
    runList: (list, fds) => runList(list, rt, fds),
    expander: (fds) => expander(rt, fds),
    interrupt: () => {
      rt.sink({ stream: 'out', text: '^C\n' });
      rt.state.interrupted = true;
    },
  };
}

type Runner<C extends Command> = (cmd: C, rt: Runtime, fds: Fds, input: string | undefined) => number;

/** Compound commands take their trailing redirections, then run their lists. */
function compound<C extends Exclude<Command, SimpleCommand>>(run: (cmd: C, lrt: LoopRuntime, fds: Fds) => number): Runner<C> {
  return (cmd, rt, fds, input) => {
    const redirected = applyRedirects(cmd.redirects, expander(rt, fds), fds, input);
    if (!redirected.ok) {
      writeTo(fds[2], `bash: ${redirected.error}\n`, rt);
      return 1;
    }
    return run(cmd, loopRuntime(rt), redirected.fds);
  };
}

const RUNNERS: { [K in Command['kind']]: Runner<Extract<Command, { kind: K }>> } = {
  simple: (cmd, rt, fds, input) => runSimple(cmd, rt, fds, input),
  for: compound(runFor),
  while: compound(runWhile),
  if: compound(runIf),
};

function runCommand(cmd: Command, rt: Runtime, fds: Fds, input: string | undefined): number {
  return (RUNNERS[cmd.kind] as Runner<Command>)(cmd, rt, fds, input);
}

/** Replaces a leading alias (an unquoted first word) by its words, each alias at most once. */
function expandAliases(cmd: SimpleCommand, state: ShellState): SimpleCommand {
  const seen = new Set<string>();
  let words = cmd.words;
  for (;;) {
    const first = words[0];
    const name = first?.length === 1 && first[0].k === 'lit' && !first[0].quoted ? first[0].text : undefined;
    const value = name !== undefined && !seen.has(name) ? state.aliases.get(name) : undefined;
    if (value === undefined) return words === cmd.words ? cmd : { ...cmd, words };
    seen.add(name!);
    const parsed = parse(value);
    const head = parsed.ok ? parsed.list[0]?.first.commands[0] : undefined;
    if (!head || head.kind !== 'simple') return { ...cmd, words };
    words = [...head.words, ...words.slice(1)];
  }
}

function runSimple(original: SimpleCommand, rt: Runtime, fds: Fds, pipedInput: string | undefined): number {
  const { state } = rt;
  const cmd = state.aliases.size ? expandAliases(original, state) : original;
  const ex = expander(rt, fds);
  const args = expandWords(cmd.words, ex, { assignmentArgs: cmd.words.length > 0 && DECLARATION.has(joinWord(cmd.words[0], ex)) });
  // Bare assignments take effect left to right (`A=2 B=$A` gives B=2), as in bash.
  const assigns = cmd.assigns.map((a) => {
    const value = joinWord(a.value, ex);
    if (!cmd.words.length) state.vars.set(a.name, value);
    return { name: a.name, value };
  });
  if (state.aborted !== undefined) return state.aborted;
  // A bare assignment's status is that of its last command substitution, else 0.
  const substStatus = ex.substStatus ?? 0;
  const redirected = applyRedirects(cmd.redirects, ex, fds, pipedInput);
  if (!redirected.ok) {
    writeTo(fds[2], `bash: ${redirected.error}\n`, rt);
    return 1;
  }
  const io = redirected.fds;
  if (!args.length) return substStatus;
  const [name, ...rest] = args;
  const builtin = Object.hasOwn(rt.builtins, name) ? rt.builtins[name] : undefined;
  if (!builtin) {
    writeTo(io[2], `bash: ${name}: command not found\n`, rt);
    return 127;
  }
  const env = environment(state);
  for (const a of assigns) env[a.name] = a.value;
  return invoke(rt, builtin, name, rest, io, redirected.stdin, env);
}

function invoke(rt: Runtime, builtin: Builtin, name: string, args: string[], io: Fds, stdin: string | undefined, env: Record<string, string>): number {
  return builtin({
    name,
    args,
    stdin,
    out: (text) => writeTo(io[1], text, rt),
    err: (text) => writeTo(io[2], text, rt),
    isTerminal: io[1].kind === 'sink',
    env,
    shell: rt.state,
    invoke: ([n, ...a]) => {
      const b = n !== undefined && Object.hasOwn(rt.builtins, n) ? rt.builtins[n] : undefined;
      return b ? invoke(rt, b, n, a, io, undefined, env) : 127;
    },
  });
}
