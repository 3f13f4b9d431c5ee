/**
 * `kubedojo grade ID SUBMISSION [--format text|json|junit] [--output FILE]` and
 * `kubedojo grade ID --batch DIR [--output DIR]`. Exit 0 passed, 1 not passed, 2 bad usage or
 * an unreadable submission. ID is a scenario id (`deployments/rollback`) or a scenario file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CommandIO } from '../cli.js';

const USAGE = 'Usage: kubedojo grade ID SUBMISSION [--format text|json|junit] [--output FILE]\n       kubedojo grade ID --batch DIR [--output DIR]';

const HELP = `Replay a submission on a fresh simulated cluster and grade it against a scenario's checks.

${USAGE}

Arguments:
  ID               scenario id (deployments/rollback) or the path of a scenario file
  SUBMISSION       folder with commands.sh (one command per line, heredocs allowed) and the
                   files it uses, or a session file recorded by the terminal UI (.json)

Options:
  --format F       text (default), json or junit
  --output PATH    write the report to a file (with --batch: the folder for the class reports)
  --batch DIR      grade every subfolder (and session .json file) of DIR, in parallel; prints a
                   summary and writes kubedojo-report.csv, .json and .html
  --seed N         replay with this seed instead of the scenario's
  -h, --help       show this help

Exit status: 0 passed (with --batch: everyone passed), 1 not passed, 2 bad usage or unreadable input.
`;

interface GradeArgs { id: string; submission?: string; batch?: string; format: string; output?: string; seed?: number }

/** Parses the command line; a string is a usage error. */
export function parseGradeArgs(args: string[]): GradeArgs | 'help' | string {
  const out: Partial<GradeArgs> & { format: string } = { format: 'text' };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (flag === '-h' || flag === '--help') return 'help';
    if (['--format', '--output', '--batch', '--seed'].includes(flag)) {
      const v = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (v === undefined) return `flag needs an argument: ${flag}`;
      if (flag === '--format') {
        if (!['text', 'json', 'junit'].includes(v)) return `invalid --format "${v}": must be text, json or junit`;
        out.format = v;
      } else if (flag === '--output') out.output = v;
      else if (flag === '--batch') out.batch = v;
      else if (!/^\d+$/.test(v)) return `invalid argument "${v}" for "--seed" flag: must be a non-negative integer`;
      else out.seed = Number(v);
      continue;
    }
    if (a.startsWith('-') && a !== '-') return `unknown flag: ${a}`;
    positional.push(a);
  }
  if (!positional.length) return 'missing scenario ID';
  if (out.batch !== undefined) {
    if (positional.length > 1) return 'with --batch, give only the scenario ID';
  } else if (positional.length !== 2) {
    return positional.length < 2 ? 'missing SUBMISSION (a folder with commands.sh, or a session .json file)' : `unexpected argument "${positional[2]}"`;
  }
  return { ...out, id: positional[0], submission: positional[1] } as GradeArgs;
}

export async function gradeCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseGradeArgs(args);
  if (parsed === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (typeof parsed === 'string') {
    io.stderr.write(`kubedojo grade: ${parsed}\n${USAGE}\nRun 'kubedojo grade --help' for more information.\n`);
    return 2;
  }
  const [course, grader] = await Promise.all([import('../course/index.js'), import('../../grader/index.js')]);
  const found = /\.ya?ml$/.test(parsed.id) ? course.loadScenarioFile(parsed.id) : course.findScenario(parsed.id);
  if (!found.ok) {
    io.stderr.write(`kubedojo grade: scenario ${parsed.id} cannot be used:\n${grader.formatProblems(found.problems)}`);
    return 2;
  }
  const compiled = grader.compileChecks(found.loaded);
  if (!compiled.ok) {
    io.stderr.write(`kubedojo grade: scenario ${parsed.id} has invalid checks:\n${grader.formatProblems(compiled.problems)}`);
    return 2;
  }
  const write = (file: string, text: string): boolean => {
    try {
      fs.writeFileSync(file, text);
      return true;
    } catch (e) {
      io.stderr.write(`kubedojo grade: cannot write ${file}: ${(e as Error).message}\n`);
      return false;
    }
  };
  if (parsed.batch !== undefined) {
    const list = grader.listStudents(parsed.batch);
    if (!list.ok) {
      io.stderr.write(`kubedojo grade: ${list.error}\n`);
      return 2;
    }
    const result = await grader.gradeBatch(found.loaded, list.students);
    io.stdout.write(grader.classSummary(result));
    const outDir = parsed.output ?? parsed.batch;
    fs.mkdirSync(outDir, { recursive: true });
    const base = path.join(outDir, grader.REPORT_PREFIX);
    const ok = write(`${base}.csv`, grader.csvReport(result))
      && write(`${base}.json`, JSON.stringify(result, null, 2) + '\n')
      && write(`${base}.html`, grader.htmlReport(result));
    if (!ok) return 2;
    io.stdout.write(`reports: ${base}.csv, ${base}.json, ${base}.html\n`);
    return result.students.every((s) => s.report?.passed) ? 0 : 1;
  }
  const sub = grader.readSubmission(parsed.submission ?? '');
  if (!sub.ok) {
    io.stderr.write(`kubedojo grade: cannot read the submission: ${sub.error}\n`);
    return 2;
  }
  if (sub.submission.scenario !== undefined && sub.submission.scenario !== found.loaded.scenario.id) {
    io.stderr.write(`kubedojo grade: the session is for scenario "${sub.submission.scenario}", not "${found.loaded.scenario.id}"\n`);
    return 2;
  }
  const report = grader.gradeSubmission(found.loaded, compiled.checks, sub.submission, { seed: parsed.seed });
  const text = grader.REPORT_FORMATS[parsed.format](report, found.loaded.scenario.grading.passPercent);
  if (parsed.output !== undefined) {
    if (!write(parsed.output, text)) return 2;
  } else io.stdout.write(text);
  return report.passed ? 0 : 1;
}
