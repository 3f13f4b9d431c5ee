/**
 * `kubedojo lint [PATHS]`: validate the course's scenarios and lessons and prove every
 * scenario sound (reference solution passes, decoys fail, the start state fails). Every
 * problem is printed as `file:line: key.path: message`; exit 1 when there are any.
 */
import type { CommandIO } from '../cli.js';

const USAGE = 'Usage: kubedojo lint [PATHS]';

const HELP = `Validate lessons and scenarios and prove each scenario sound: the reference solution scores
full marks, every decoy fails the checks it names, the untouched start state fails.

${USAGE}

Arguments:
  PATHS            scenario files or folders of them (default: the whole course, with lessons)

Exit status: 0 no problems, 1 problems found, 2 bad usage.
`;

export async function lintCommand(args: string[], io: CommandIO): Promise<number> {
  if (args.some((a) => a === '-h' || a === '--help')) {
    io.stdout.write(HELP);
    return 0;
  }
  const bad = args.find((a) => a.startsWith('-'));
  if (bad) {
    io.stderr.write(`kubedojo lint: unknown flag: ${bad}\n${USAGE}\n`);
    return 2;
  }
  const [{ courseRoot }, { lintCourse, formatProblems }] = await Promise.all([import('../course/index.js'), import('../../grader/index.js')]);
  const r = lintCourse(courseRoot(), args);
  io.stdout.write(formatProblems(r.problems));
  const what = `${r.scenarios} scenario${r.scenarios === 1 ? '' : 's'}${args.length ? '' : `, ${r.lessons} lesson${r.lessons === 1 ? '' : 's'}`}`;
  io.stdout.write(r.problems.length ? `${r.problems.length} problem${r.problems.length === 1 ? '' : 's'} in ${what}\n` : `${what}: no problems\n`);
  return r.problems.length ? 1 : 0;
}
