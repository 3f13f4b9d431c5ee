/**
 * The session's own commands (typed at the prompt, never sent to the shell or recorded):
 * check, hint, solution, reset, files, help, exit. A table, so adding one is adding a row.
 */
import type { SessionModel } from './model.js';

export interface SessionCommand {
  name: string;
  summary: string;
  run(model: SessionModel, args: string[]): void;
}

export const SESSION_COMMANDS: SessionCommand[] = [
  { name: 'check', summary: 'grade your work now (per-check results and hints)', run: (m) => m.check() },
  { name: 'hint', summary: 'show the next hint', run: (m) => m.hint() },
  { name: 'solution', summary: 'show the reference solution (asks first)', run: (m, a) => m.askSolution(a.includes('--yes') || a.includes('-y')) },
  { name: 'reset', summary: 'start the scenario over (asks first)', run: (m, a) => m.askReset(a.includes('--yes') || a.includes('-y')) },
  { name: 'files', summary: 'print the workspace folder (edit manifests there with your editor)', run: (m) => m.files() },
  { name: 'help', summary: 'list these commands and the keys', run: (m) => m.help() },
  { name: 'exit', summary: 'leave the scenario (your progress is saved)', run: (m) => m.exit() },
];

/** The session command a line names, if it is one (`check`, `hint --next`...). */
export function sessionCommandFor(line: string): { cmd: SessionCommand; args: string[] } | undefined {
  const words = line.trim().split(/\s+/);
  const cmd = SESSION_COMMANDS.find((c) => c.name === words[0]);
  return cmd ? { cmd, args: words.slice(1) } : undefined;
}
