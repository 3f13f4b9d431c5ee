/**
 * Interactivity and colour, decided once per run from the environment and the flags:
 * interactive = !CI && stdout.isTTY && stdin.isTTY, unless --interactive/--no-interactive;
 * colour off with NO_COLOR (any non-empty value, no-color.org) or --no-color.
 * Non-interactive runs never load ink and never wait for a key.
 */

export interface TerminalMode {
  interactive: boolean;
  color: boolean;
}

export interface ModeInput {
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
}

/** Flags this module understands; they are removed from the arguments it returns. */
export const MODE_FLAGS = ['--interactive', '--no-interactive', '--color', '--no-color'] as const;

/** Decides the mode and returns the remaining arguments. */
export function decideMode(args: string[], input: ModeInput): { mode: TerminalMode; rest: string[] } {
  const ci = input.env.CI !== undefined && input.env.CI !== '' && input.env.CI !== 'false' && input.env.CI !== '0';
  let interactive = !ci && input.stdoutIsTTY && input.stdinIsTTY;
  let color = !(input.env.NO_COLOR !== undefined && input.env.NO_COLOR !== '');
  const rest: string[] = [];
  for (const a of args) {
    if (a === '--interactive') interactive = true;
    else if (a === '--no-interactive') interactive = false;
    else if (a === '--no-color') color = false;
    else if (a === '--color') color = true;
    else rest.push(a);
  }
  return { mode: { interactive, color }, rest };
}

/** The mode for a command's streams. */
export function modeFor(args: string[], io: { env: NodeJS.ProcessEnv; stdout: NodeJS.WritableStream; stdin: NodeJS.ReadableStream }): { mode: TerminalMode; rest: string[] } {
  return decideMode(args, {
    env: io.env,
    stdoutIsTTY: (io.stdout as { isTTY?: boolean }).isTTY === true,
    stdinIsTTY: (io.stdin as { isTTY?: boolean }).isTTY === true,
  });
}
