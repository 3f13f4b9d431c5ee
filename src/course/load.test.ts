/** Loading scenario files: problems name file, line and key path; hostile YAML is refused. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from './load.js';
import { parseYamlSource } from './yaml-source.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testdata', 'scenarios', 'demo');

describe('loadScenarioFile', () => {
  it('reports every schema problem with its line and key path', () => {
    const r = loadScenarioFile(path.join(dir, 'broken.yaml'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const got = r.problems.map((p) => `${p.line}: ${p.path}: ${p.message}`);
    expect(got).toEqual([
      "5: difficulty: Invalid enum value. Expected 'beginner' | 'intermediate' | 'advanced', received 'easy'",
      '9: setup.steps.0.advance: must be a duration such as 30s, 5m or 1m30s',
    ]);
  });

  it('checks cross references once the shape is right', () => {
    const text = fs.readFileSync(path.join(dir, 'broken.yaml'), 'utf8').replace('easy', 'beginner').replace('soon', '30s');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kd-load-'));
    fs.mkdirSync(path.join(tmp, 'demo'));
    const file = path.join(tmp, 'demo', 'broken.yaml');
    fs.writeFileSync(file, text);
    const r = loadScenarioFile(file);
    expect(r.ok ? [] : r.problems.map((p) => `${p.line}: ${p.path}: ${p.message}`)).toEqual(['23: decoys.0.fails.0: no check with id "two"']);
    fs.rmSync(tmp, { recursive: true });
  });

  it('refuses an alias bomb with a message instead of expanding it', () => {
    const r = loadScenarioFile(path.join(dir, 'bomb.yaml'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/^YAML rejected: Excessive alias count/);
  });

  it('refuses binary and oversized files', () => {
    expect(parseYamlSource(Buffer.from([0x76, 0x00, 0x31]))).toEqual({ ok: false, issues: [{ path: '', message: 'not a text file (binary content)' }] });
    expect(parseYamlSource(Buffer.alloc(600 * 1024, 0x61))).toEqual({ ok: false, issues: [{ path: '', message: 'file is larger than 524288 bytes' }] });
  });

  it('refuses nesting deeper than 64 levels', () => {
    const r = parseYamlSource(Buffer.from(`${'['.repeat(100)}${']'.repeat(100)}`));
    expect(r).toEqual({ ok: false, issues: [{ path: '', message: 'nesting deeper than 64 levels' }] });
  });

  it('maps a key path to the line of its key', () => {
    const r = parseYamlSource(Buffer.from('a: 1\nb:\n  - x: 1\n  - y: 2\n    z: 3\n'));
    expect(r.ok && [r.lineOf(['b', 1, 'z']), r.lineOf(['b', 0]), r.lineOf(['nope'])]).toEqual([5, 3, 1]);
  });
});
