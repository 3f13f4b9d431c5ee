/**
 * `kubedojo export [ID] [-o FILE|-]`: the recorded session of a scenario (its commands with
 * their virtual times, the workspace files, the seed) as the session file the grader reads:
 * `kubedojo grade ID FILE` grades it exactly as `check` did in the UI.
 */
import * as fs from 'node:fs';
import type { CommandIO } from '../cli.js';

const USAGE = 'Usage: kubedojo export [ID] [-o FILE|-]   (default: session.json in the current folder)';

export async function exportCommand(args: string[], io: CommandIO): Promise<number> {
  let out = 'session.json';
  let id: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') {
      io.stdout.write(`Write the recorded session of a scenario for the grader.\n\n${USAGE}\n`);
      return 0;
    }
    if (a === '-o' || a === '--out') {
      if (args[i + 1] === undefined) {
        io.stderr.write(`kubedojo export: flag needs an argument: ${a}\n${USAGE}\n`);
        return 2;
      }
      out = args[++i];
    } else if (a.startsWith('--out=')) out = a.slice('--out='.length);
    else if (a.startsWith('-') && a !== '-') {
      io.stderr.write(`kubedojo export: unknown flag: ${a}\n${USAGE}\n`);
      return 2;
    } else if (id === undefined) id = a;
    else {
      io.stderr.write(`kubedojo export: only one ID is allowed\n${USAGE}\n`);
      return 2;
    }
  }
  const [{ ProgressStore, progressFile, dataDir, writeFileAtomic }, { sessionFile, workspaceDir }, { readFolder }] = await Promise.all([
    import('../tui/progress/index.js'),
    import('../tui/session-launcher.js'),
    import('../course/index.js'),
  ]);
  if (id === undefined) {
    const last = ProgressStore.read(progressFile(io.env)).data.last;
    if (!last?.startsWith('scenario:')) {
      io.stderr.write(`kubedojo export: no scenario played yet; name one: ${USAGE}\n`);
      return 2;
    }
    id = last.slice('scenario:'.length);
  }
  const dir = dataDir(io.env);
  let session: { scenario: string; seed: number; commands: unknown[]; files: Record<string, string> };
  try {
    session = JSON.parse(fs.readFileSync(sessionFile(dir, id), 'utf8'));
  } catch {
    io.stderr.write(`kubedojo export: no recorded session for "${id}" (play it first: kubedojo play ${id})\n`);
    return 1;
  }
  // The learner may have edited files after the last command: export what is on disk now.
  const files = readFolder(workspaceDir(dir, id), { skip: (rel) => rel.startsWith('.') });
  if (files.ok) session.files = files.files;
  const text = `${JSON.stringify(session, null, 2)}\n`;
  if (out === '-') {
    io.stdout.write(text);
    return 0;
  }
  writeFileAtomic(out, text);
  io.stderr.write(`Wrote ${out}: ${session.commands.length} command${session.commands.length === 1 ? '' : 's'} of ${id}. Grade it with: kubedojo grade ${id} ${out}\n`);
  return 0;
}
