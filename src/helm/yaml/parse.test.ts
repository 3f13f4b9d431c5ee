/**
 * YAML loading with Helm's typing and go-yaml's error wording. Error expectations come from
 * src/helm/testdata/yaml-errors.json, produced by scripts/helm-oracle/generate.sh with
 * sigs.k8s.io/yaml (go-yaml v2).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml, parseYamlMap } from './parse.js';

const cases = JSON.parse(readFileSync(new URL('../testdata/yaml-errors.json', import.meta.url), 'utf8')) as { doc: string; error: string }[];

describe('parseYamlMap errors read like go-yaml', () => {
  for (const c of cases) {
    it(JSON.stringify(c.doc), () => {
      const r = parseYamlMap(c.doc);
      expect(r.ok ? '' : r.error).toBe(c.error);
    });
  }
});

describe('YAML 1.1 typing (shared/reference/helm.md §6)', () => {
  it('reads booleans, octal, hex, underscores, null and keeps dates as strings', () => {
    const r = parseYaml('a: yes\nb: Off\nc: 0755\nd: 0x1F\ne: 1_000\nf: 1e3\ng: ~\nh: 2001-12-14\nn: 1\ni: .5\n');
    expect(r).toEqual({ ok: true, value: { a: true, b: false, c: 493, d: 31, e: 1000, f: 1000, g: null, h: '2001-12-14', false: 1, i: 0.5 } });
  });
  it('lets a later duplicate key win', () => {
    expect(parseYaml('a: 1\na: 2\n')).toEqual({ ok: true, value: { a: 2 } });
  });
});
