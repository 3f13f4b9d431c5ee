/**
 * Check parameters, validated by their check type's schema once the scenario itself has been
 * validated, with problems pointing at the check's keys in the file.
 */
import { zodProblems, type LoadedScenario, type Problem } from '../src/course/index.js';
import type { ScenarioCheck } from '../src/course/index.js';
import { CHECK_TYPES } from './checks/index.js';
import type { CheckType } from './types.js';

const COMMON = new Set(['id', 'title', 'type', 'points', 'hint', 'invariant']);

export interface CompiledCheck {
  check: ScenarioCheck;
  type: CheckType;
  params: unknown;
}

export type CompileResult = { ok: true; checks: CompiledCheck[] } | { ok: false; problems: Problem[] };

/** Validates every check of a loaded scenario against its type; reports all problems at once. */
export function compileChecks(loaded: LoadedScenario): CompileResult {
  const problems: Problem[] = [];
  const checks: CompiledCheck[] = [];
  loaded.scenario.checks.forEach((check, i) => {
    const type = CHECK_TYPES[check.type];
    if (!type) {
      problems.push({ file: loaded.file, line: loaded.lineOf(['checks', i, 'type']), path: `checks.${i}.type`, message: `unknown check type "${check.type}" (known: ${Object.keys(CHECK_TYPES).join(', ')})` });
      return;
    }
    const raw = Object.fromEntries(Object.entries(check).filter(([k]) => !COMMON.has(k)));
    const r = type.schema.safeParse(raw);
    if (!r.success) {
      problems.push(...zodProblems(loaded.file, r.error.issues, loaded.lineOf, ['checks', i]));
      return;
    }
    if (check.type === 'traffic' && !loaded.scenario.traffic) {
      problems.push({ file: loaded.file, line: loaded.lineOf(['checks', i, 'type']), path: `checks.${i}.type`, message: 'a traffic check needs the scenario\'s traffic block' });
    }
    checks.push({ check, type, params: r.data });
  });
  return problems.length ? { ok: false, problems } : { ok: true, checks };
}
