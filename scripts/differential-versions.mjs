#!/usr/bin/env node
// Runs the differential suite (test/differential) once per installed real kubectl version
// and prints which commands differ from our embedded kubectl beyond the reviewed
// allow-list. Usage: node scripts/differential-versions.mjs [dir-with-kubectl.1.NN]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = process.argv[2] ?? '/usr/lib/google-cloud-sdk/bin';
const bins = existsSync(dir)
  ? readdirSync(dir).filter((f) => /^kubectl\.1\.\d+$/.test(f)).sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]))
  : [];
if (!bins.length) {
  console.log(`no kubectl.1.NN binaries in ${dir}`);
  process.exit(0);
}
const tmp = mkdtempSync(join(tmpdir(), 'kubedojo-diff-versions-'));
const summary = [];
for (const bin of bins) {
  const report = join(tmp, `${bin}.json`);
  const run = spawnSync('npx', ['vitest', 'run', 'test/differential/differential.test.ts'], {
    env: { ...process.env, KUBEDOJO_DIFF_KUBECTL: join(dir, bin), KUBEDOJO_DIFF_REPORT: report },
    encoding: 'utf8',
  });
  if (!existsSync(report)) {
    summary.push(`${bin}: no report (vitest exit ${run.status})\n${run.stdout.slice(-2000)}${run.stderr.slice(-2000)}`);
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const commands = new Map();
  for (const d of r.differences) {
    const key = `${d.script}:${d.lineNo} ${d.command}`;
    commands.set(key, [...(commands.get(key) ?? []), d.stream]);
  }
  const lines = [...commands].map(([k, streams]) => `  ${k} [${streams.join(',')}]`);
  summary.push(`${bin} (v${r.version}): ${r.cases.length} cases, ${commands.size} commands differ${lines.length ? `\n${lines.join('\n')}` : ''}`);
}
rmSync(tmp, { recursive: true, force: true });
console.log(summary.join('\n\n'));
