/** Chart loading and Chart.yaml validation; messages from helm/helm pkg/chart/metadata.go and loader. */
import { describe, expect, it } from 'vitest';
import { HelmIgnore } from './helmignore.js';
import { loadChartDir, loadChartFromFiles, type ChartReader } from './load.js';

describe('loadChartFromFiles', () => {
  it('sorts files into templates, values, other files and subcharts', () => {
    const r = loadChartFromFiles({
      'Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.2.3\nappVersion: 1.16\n',
      'values.yaml': 'a: yes\nport: 0755\n',
      'templates/d.yaml': 'x',
      'files/conf.ini': 'k=v',
      'charts/db/Chart.yaml': 'apiVersion: v2\nname: db\nversion: 0.1.0\n',
      'charts/db/templates/s.yaml': 'y',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.chart.metadata.appVersion).toBe('1.16');
    // YAML 1.1 typing as sigs.k8s.io/yaml reads it (§6): yes → true, 0755 → 493.
    expect(r.chart.values).toEqual({ a: true, port: 493 });
    expect(r.chart.templates.map((t) => t.name)).toEqual(['templates/d.yaml']);
    expect(r.chart.files.map((f) => f.name)).toEqual(['files/conf.ini']);
    expect(r.chart.dependencies.map((d) => d.metadata.name)).toEqual(['db']);
  });

  const invalid: [Record<string, string>, string][] = [
    [{}, 'Chart.yaml file is missing'],
    [{ 'Chart.yaml': 'apiVersion: v2\nversion: 1.0.0\n' }, 'validation: chart.metadata.name is required'],
    [{ 'Chart.yaml': 'apiVersion: v2\nname: x\n' }, 'validation: chart.metadata.version is required'],
    [{ 'Chart.yaml': 'apiVersion: v2\nname: x\nversion: one\n' }, 'validation: chart.metadata.version "one" is invalid'],
    [{ 'Chart.yaml': 'apiVersion: v2\nname: x\nversion: 1.0.0\ntype: app\n' }, 'validation: chart.metadata.type must be application or library'],
  ];
  for (const [files, msg] of invalid) it(msg, () => expect(loadChartFromFiles(files)).toEqual({ ok: false, error: msg }));
});

describe('loadChartDir', () => {
  const disk: Record<string, string> = {
    'c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n',
    'c/.helmignore': '*.bak\nsecret/\n',
    'c/templates/a.yaml': 'a',
    'c/templates/a.yaml.bak': 'old',
    'c/secret/key': 'k',
  };
  const reader: ChartReader = {
    read: (p) => (p in disk ? { ok: true, data: disk[p]! } : { ok: false, error: `open ${p}: no such file or directory` }),
    stat: (p) => (p in disk ? 'file' : Object.keys(disk).some((k) => k.startsWith(p + '/')) ? 'dir' : undefined),
    list: (p) => [...new Set(Object.keys(disk).filter((k) => k.startsWith(p + '/')).map((k) => k.slice(p.length + 1).split('/')[0]!))].sort(),
    join: (d, n) => `${d}/${n}`,
  };
  it('honours .helmignore', () => {
    const r = loadChartDir(reader, 'c');
    expect(r.ok && r.chart.templates.map((t) => t.name)).toEqual(['templates/a.yaml']);
    expect(r.ok && r.chart.files.map((f) => f.name)).toEqual(['.helmignore']);
  });
  it('reports a missing path as helm does', () => {
    expect(loadChartDir(reader, 'nope')).toEqual({ ok: false, error: 'path "nope" not found' });
  });
  it('matches ignore rules like pkg/ignore/rules.go', () => {
    const ig = new HelmIgnore('# c\n*.swp\n.git/\n/top.txt\ndocs/*.md\n');
    expect(ig.ignored('a/b.swp', false)).toBe(true);
    expect(ig.ignored('.git', true)).toBe(true);
    expect(ig.ignored('.git', false)).toBe(false);
    expect(ig.ignored('top.txt', false)).toBe(true);
    expect(ig.ignored('sub/top.txt', false)).toBe(false);
    expect(ig.ignored('docs/a.md', false)).toBe(true);
    expect(ig.ignored('templates/.hidden', false)).toBe(true);
    expect(ig.ignored('.helmignore', false)).toBe(false);
    // A negated rule ignores whatever it does not match (rules.go Ignore).
    expect(new HelmIgnore('!keep.txt', false).ignored('other.txt', false)).toBe(true);
    expect(new HelmIgnore('!keep.txt', false).ignored('keep.txt', false)).toBe(false);
    expect(new HelmIgnore('a/**/b', false).error).toBe('double-star (**) syntax is not supported');
  });
});

describe('Chart.yaml decoding (sigs.k8s.io/yaml into chart.Metadata, checked with Go)', () => {
  it('turns numbers in string fields into strings', () => {
    const r = loadChartFromFiles({ 'Chart.yaml': 'apiVersion: v2\nname: x\nversion: 1.0\nappVersion: 1.16\ndeprecated: yes\n' });
    expect(r.ok && [r.chart.metadata.version, r.chart.metadata.appVersion, r.chart.metadata.deprecated]).toEqual(['1', '1.16', true]);
  });
  it('rejects wrong shapes with encoding/json wording', () => {
    expect(loadChartFromFiles({ 'Chart.yaml': 'apiVersion: v2\nname: [a]\nversion: 1.0.0\n' })).toEqual({
      ok: false, error: 'cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go struct field Metadata.name of type string',
    });
    expect(loadChartFromFiles({ 'Chart.yaml': 'apiVersion: v2\nname: x\nversion: 1.0.0\nkeywords: a\n' })).toEqual({
      ok: false, error: 'cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field Metadata.keywords of type []string',
    });
  });
});
