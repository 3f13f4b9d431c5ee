/**
 * Value precedence and coalescing, per shared/reference/helm.md §6 (pkg/cli/values/options.go
 * MergeValues, pkg/chartutil/coalesce.go) and Helm's documented subchart/global rules.
 */
import { describe, expect, it } from 'vitest';
import { loadChartFromFiles } from './load.js';
import { Int64 } from '../template/values.js';
import { mergeValues } from './values.js';

function chart(extra: Record<string, string> = {}) {
  const r = loadChartFromFiles({
    'Chart.yaml': 'apiVersion: v2\nname: parent\nversion: 0.1.0\n',
    'values.yaml': 'replicaCount: 1\nimage:\n  repository: nginx\n  tag: ""\nlist: [a, b]\nglobal:\n  region: eu\n  shared: {a: 1}\nsub:\n  fromParent: yes\n',
    'charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 1.0.0\n',
    'charts/sub/values.yaml': 'port: 80\nfromParent: no\nglobal:\n  region: us\n  shared: {b: 2}\n  own: x\n',
    ...extra,
  });
  if (!r.ok) throw new Error(r.error);
  return r.chart;
}

describe('mergeValues', () => {
  it('applies -f files in order, then --set-json, --set, --set-string regardless of flag position', () => {
    const r = mergeValues(chart(), {
      valuesFiles: [{ name: 'a.yaml', text: 'replicaCount: 2\nimage: {tag: "1.0"}\n' }, { name: 'b.yaml', text: 'replicaCount: 3\n' }],
      set: ['replicaCount=5,image.tag=2.0'],
      setString: ['replicaCount=7'],
      setJson: ['image={"repository":"httpd"}'],
    });
    expect(r.ok && r.values.replicaCount).toBe('7');
    expect(r.ok && r.values.image).toEqual({ repository: 'httpd', tag: '2.0' });
    expect(r.ok && r.config).toEqual({ replicaCount: '7', image: { repository: 'httpd', tag: '2.0' } });
  });

  it('keeps values.yaml numbers float64 and --set integers int64', () => {
    const r = mergeValues(chart(), { set: ['big=1000000'] });
    expect(r.ok && r.values.replicaCount).toBe(1);
    expect(r.ok && r.values.big).toEqual(new Int64(1000000n));
  });

  it('replaces lists instead of merging them', () => {
    const r = mergeValues(chart(), { valuesFiles: [{ name: 'x', text: 'list: [c]\n' }] });
    expect(r.ok && r.values.list).toEqual(['c']);
  });

  it('deletes a chart default when the user sets it to null', () => {
    const r = mergeValues(chart(), { set: ['image.tag=null'] });
    expect(r.ok && r.values.image).toEqual({ repository: 'nginx' });
  });

  it('gives the subchart its subtree plus globals, parent values winning', () => {
    const r = mergeValues(chart(), {});
    expect(r.ok && r.values.sub).toEqual({
      port: 80,
      fromParent: true,
      global: { region: 'eu', shared: { a: 1, b: 2 }, own: 'x' },
    });
  });

  it('words value errors like Helm', () => {
    expect(mergeValues(chart(), { set: ['a'] })).toEqual({ ok: false, error: 'failed parsing --set data: key "a" has no value' });
    const bad = mergeValues(chart(), { valuesFiles: [{ name: 'bad.yaml', text: '- a\n' }] });
    expect(!bad.ok && bad.error).toBe('failed to parse bad.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}');
  });
});

describe('coalesce details (helm/helm v3.21.4 pkg/chartutil/coalesce.go)', () => {
  it('keeps a user null for a key the chart does not default', () => {
    const r = mergeValues(chart(), { set: ['image.extra=null'] });
    expect(r.ok && r.values.image).toEqual({ repository: 'nginx', tag: '', extra: null });
  });
  it('rejects a non-table value for a subchart key', () => {
    expect(mergeValues(chart(), { set: ['sub=oops'] })).toEqual({ ok: false, error: 'type mismatch on sub: %!t(string=oops)' });
  });
});
