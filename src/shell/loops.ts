/**
 * Running compound commands: `for`, `while`/`until` and `if`, with `break`/`continue`.
 * A learner's `while true; do curl ...; sleep 1; done` would run until Ctrl-C; here it is
 * interrupted (printing `^C`, status 130) once it has run for the loop window of virtual
 * time or too many rounds, and the rest of that input is skipped, as after a real Ctrl-C.
 */
import type { AndOr, ForLoop, IfClause, WhileLoop } from './ast.js';
import { expandWords, type Expander } from './expand.js';
import type { Fds } from './redirects.js';
import type { ShellState } from './state.js';

/** More rounds than any sensible loop in a lesson needs. */
export const MAX_LOOP_ROUNDS = 1000;

export interface LoopRuntime {
  state: ShellState;
  runList(list: AndOr[], fds: Fds): number;
  expander(fds: Fds): Expander;
  interrupt(fds: Fds): void;
}

/** True when the list must stop: exit, Ctrl-C or a pending break/continue. */
export function stopping(state: ShellState): boolean {
  return state.exitRequested !== undefined || !!state.interrupted || state.aborted !== undefined || !!state.loopControl;
}

/** After a round: consumes a break/continue meant for this loop; true when the loop ends. */
function afterRound(state: ShellState): boolean {
  if (state.exitRequested !== undefined || state.interrupted || state.aborted !== undefined) return true;
  const ctl = state.loopControl;
  if (!ctl) return false;
  if (ctl.levels > 1) {
    ctl.levels--;
    return true;
  }
  state.loopControl = undefined;
  return ctl.kind === 'break';
}

export function runFor(cmd: ForLoop, rt: LoopRuntime, fds: Fds): number {
  const values = expandWords(cmd.words, rt.expander(fds));
  let status = 0;
  let rounds = 0;
  rt.state.loopDepth++;
  try {
    for (const v of values) {
      if (++rounds > MAX_LOOP_ROUNDS * 10) {
        rt.interrupt(fds);
        return 130;
      }
      rt.state.vars.set(cmd.name, v);
      status = rt.runList(cmd.body, fds);
      if (afterRound(rt.state)) break;
    }
  } finally {
    rt.state.loopDepth--;
  }
  return status;
}

export function runWhile(cmd: WhileLoop, rt: LoopRuntime, fds: Fds): number {
  const { state } = rt;
  const start = state.cluster.now();
  let status = 0;
  state.loopDepth++;
  try {
    status = whileRounds(cmd, rt, fds, start);
  } finally {
    state.loopDepth--;
  }
  return status;
}

function whileRounds(cmd: WhileLoop, rt: LoopRuntime, fds: Fds, start: number): number {
  const { state } = rt;
  let status = 0;
  for (let round = 0; ; round++) {
    if (round >= MAX_LOOP_ROUNDS || state.cluster.now() - start > state.loopWindowMs) {
      rt.interrupt(fds);
      return 130;
    }
    const cond = rt.runList(cmd.cond, fds);
    if (stopping(state)) {
      if (afterRound(state)) break;
      continue;
    }
    if ((cond === 0) === cmd.until) break;
    status = rt.runList(cmd.body, fds);
    if (afterRound(state)) break;
  }
  return status;
}

export function runIf(cmd: IfClause, rt: LoopRuntime, fds: Fds): number {
  for (const b of cmd.branches) {
    const cond = rt.runList(b.cond, fds);
    if (stopping(rt.state)) return cond;
    if (cond === 0) return rt.runList(b.body, fds);
  }
  return cmd.otherwise ? rt.runList(cmd.otherwise, fds) : 0;
}
