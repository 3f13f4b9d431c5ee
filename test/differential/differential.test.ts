/**
 * The differential suite (issue 9): every script in ./scripts, and every course scenario's
 * reference solution and decoys, run through our embedded kubectl and through a real
 * kubectl against `kubedojo serve`, on identical clusters. Every command must print the
 * same stdout and stderr and exit with the same code, except for the reviewed differences
 * in ./allow-list.yaml.
 *
 * KUBEDOJO_DIFF_KUBECTL=/path/to/kubectl picks another binary (scripts/differential-versions.mjs
 * runs each installed one); KUBEDOJO_DIFF_ONLY=name,name runs only those cases;
 * KUBEDOJO_DIFF_REPORT=file.json writes every difference found.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { courseRoot, loadScenarioFile, scenarioFiles } from '../../src/course/index.js';
import { parseAllowList, type AllowEntry, type AllowList } from './harness/allow-list.js';
import { compareRuns, formatDifference, type Difference } from './harness/compare.js';
import { kubectlVersion, runCase, scriptCase, SCRIPTS_DIR, type DifferentialCase } from './harness/run-script.js';
import { scenarioCase } from './harness/scenario-case.js';
import { REAL_KUBECTL_DIR, realKubectl } from '../../src/serve/testing/real-kubectl.js';

// Reached through a link named `kubectl`: its User-Agent, and the field managers named after
// it, are then what a learner's kubectl sends.
const REFERENCE = realKubectl('1.33') ?? `${REAL_KUBECTL_DIR}/kubectl.1.33`;
const BIN = process.env.KUBEDOJO_DIFF_KUBECTL || REFERENCE;
const missing = !existsSync(BIN);
if (missing) console.warn(`differential suite skipped: no real kubectl at ${BIN} (install kubectl 1.33 there, or set KUBEDOJO_DIFF_KUBECTL)`);

const ONLY = process.env.KUBEDOJO_DIFF_ONLY?.split(',');
const wanted = (name: string) => !ONLY || ONLY.includes(name);

/** Case names: `pods` for scripts/pods.kubectl, `deployments/rollback:solution` for a scenario's submission. */
const cases = new Map<string, DifferentialCase>();
for (const f of readdirSync(SCRIPTS_DIR).filter((f) => f.endsWith('.kubectl')).sort()) {
  const name = f.slice(0, -'.kubectl'.length);
  if (wanted(name)) cases.set(name, scriptCase(name));
}
for (const file of scenarioFiles(join(courseRoot(), 'scenarios'))) {
  const r = loadScenarioFile(file);
  if (!r.ok) continue; // the course's own lint reports broken scenarios
  for (const which of ['solution', ...r.loaded.scenario.decoys.map((d) => d.id)]) {
    const name = `${r.loaded.scenario.id}:${which}`;
    if (wanted(name)) cases.set(name, scenarioCase(r.loaded, which));
  }
}
/** Submissions made only of helm or shell commands have nothing to compare. */
const hasKubectl = (c: DifferentialCase) => c.steps.some((s) => s.kind === 'kubectl');

// Each case mostly waits: on kubectl processes and on the stepped clock's quiet periods.
vi.setConfig({ maxConcurrency: 10 });

describe.skipIf(missing)(`differential: embedded kubectl vs ${BIN}`, () => {
  const parsed = parseAllowList(readFileSync(new URL('./allow-list.yaml', import.meta.url), 'utf8'));
  const allowList: AllowList = parsed.ok ? parsed : { normalize: [], entries: [] };
  const version = missing ? '' : kubectlVersion(BIN);
  const used = new Set<AllowEntry>();
  const found: Difference[] = [];
  const ran = new Set<string>();

  it('the allow-list is well-formed', () => {
    expect(parsed.ok ? '' : parsed.error).toBe('');
  });

  describe.concurrent('cases', () => {
    for (const [name, c] of cases) {
      it.skipIf(!hasKubectl(c))(name, async () => {
        const { real, embedded } = await runCase(c, BIN);
        const cmp = compareRuns(name, real, embedded, allowList, version);
        cmp.used.forEach((e) => used.add(e));
        found.push(...cmp.differences);
        ran.add(name);
        expect(cmp.differences.map(formatDifference).join('\n')).toBe('');
      }, 60_000);
    }
  });

  // Entries that excuse nothing any more must go, or the list hides future regressions.
  // Only a full run of the reference version decides (other versions differ elsewhere).
  it.runIf(BIN === REFERENCE && !ONLY)('every allow-list entry is still needed', () => {
    const stale = allowList.entries.filter((e) => ran.has(e.script) && (!e.versions || e.versions.includes(version)) && !used.has(e));
    expect(stale.map((e) => `${e.script}: ${e.command} [${e.stream}]`)).toEqual([]);
  });

  afterAll(() => {
    const report = process.env.KUBEDOJO_DIFF_REPORT;
    if (report) writeFileSync(report, JSON.stringify({ bin: BIN, version, cases: [...ran].sort(), differences: found }, null, 2));
  });
});
