/**
 * `kubedojo play ID`: a scenario session in the terminal UI. It needs a person at a terminal:
 * when stdout or stdin is not a TTY, or CI is set, it refuses (exit 2) and says what works
 * instead, rather than waiting for keys that never come.
 */
import type { CommandIO } from '../cli.js';
import { modeFor } from '../tui/terminal-mode.js';
import { openTui } from './start.js';

const USAGE = 'Usage: kubedojo play ID [--interactive] [--no-color]';

export async function playCommand(args: string[], io: CommandIO): Promise<number> {
  const { mode, rest } = modeFor(args, io);
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout.write(`Play a scenario in the terminal UI.\n\n${USAGE}\n`);
    return 0;
  }
  const id = rest[0];
  if (rest.length !== 1 || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)) {
    io.stderr.write(`kubedojo play: ${id === undefined ? 'missing scenario ID' : `"${rest.join(' ')}" is not a scenario ID (expected <topic>/<name>, e.g. deployments/rollback)`}\n${USAGE}\n`);
    return 2;
  }
  const [{ packageRoot }, { scenarioVersion }] = await Promise.all([import('../tui/package-root.js'), import('../tui/scenario-version.js')]);
  if (scenarioVersion(packageRoot(io.env), id) === undefined) {
    io.stderr.write(`kubedojo play: no scenario "${id}"\n${USAGE}\n`);
    return 2;
  }
  if (!mode.interactive) {
    io.stderr.write(
      `kubedojo play: a scenario session needs an interactive terminal (stdin and stdout must be a TTY and CI unset).\n` +
        `Without one, run your commands as a script instead:\n` +
        `  kubedojo run --scenario ${id} commands.sh     see what they print\n` +
        `  kubedojo grade ${id} DIR                      grade DIR/commands.sh\n` +
        `or pass --interactive if this really is a terminal.\n`,
    );
    return 2;
  }
  return openTui(io, mode.color, { kind: 'scenario', id, label: id });
}
