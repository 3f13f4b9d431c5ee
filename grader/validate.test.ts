/** Check parameters are validated by their type, with lines and key paths. */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../src/course/index.js';
import { compileChecks } from './validate.js';
import { parseYamlSource } from '../src/course/index.js';
import { scenarioSchema } from '../src/course/schema.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('compileChecks', () => {
  it('reports unknown types and bad parameters of each check', () => {
    const r = loadScenarioFile(path.join(here, 'testdata', 'scenarios', 'demo', 'scale.yaml'));
    if (!r.ok) throw new Error('fixture does not load');
    const checks = r.loaded.scenario.checks.map((c, i) => (i === 0 ? { ...c, type: 'nope' } : i === 1 ? { ...c, selector: 'app in (' } : i === 2 ? { ...c, colour: 'red' } : c));
    const res = compileChecks({ ...r.loaded, scenario: { ...r.loaded.scenario, checks } });
    expect(res.ok ? [] : res.problems.map((p) => `${p.line}: ${p.path}: ${p.message}`)).toEqual([
      '43: checks.0.type: unknown check type "nope" (known: field, count, same-object, min-during, max-during, rollout, event, traffic, commands, helm-release, can-i, kubectl-output)',
      '55: checks.1.selector: not a valid label selector',
      '60: checks.2: unknown field "colour"',
    ]);
  });

  it('accepts every check of the fixture', () => {
    const r = loadScenarioFile(path.join(here, 'testdata', 'scenarios', 'demo', 'scale.yaml'));
    expect(r.ok && compileChecks(r.loaded).ok).toBe(true);
  });

  it('needs a traffic block for traffic checks', () => {
    const src = parseYamlSource(Buffer.from('x: 1'));
    if (!src.ok) throw new Error('x');
    const scenario = scenarioSchema.parse({
      version: 1, id: 'a/b', title: 't', lesson: 'l', difficulty: 'beginner', estimatedMinutes: 1, setup: {}, tasks: [{ text: 't' }],
      checks: [{ id: 'x', title: 'x', type: 'traffic', maxFailed: 0 }], solution: { commands: '' }, decoys: [{ id: 'd', commands: '', fails: ['x'] }],
    });
    const res = compileChecks({ scenario, file: 'f.yaml', starter: {}, lineOf: src.lineOf });
    expect(res.ok ? [] : res.problems.map((p) => p.message)).toEqual(["a traffic check needs the scenario's traffic block"]);
  });
});
