/** TestCoalesceValues from helm/helm v3.21.4 pkg/chartutil/coalesce_test.go, on our coalescing. */
import { describe, expect, it } from 'vitest';
import { formatV } from '../template/go-fmt.js';
import { isMap } from '../template/values.js';
import { parseYamlMap } from '../yaml/parse.js';
import { loadChartFromFiles } from './load.js';
import { coalesceValues } from './values.js';

const userYaml = `
top: yup
bottom: null
right: Null
left: NULL
front: ~
back: ""
nested:
  boat: null

global:
  name: Ishmael
  subject: Queequeg
  nested:
    boat: true

pequod:
  boat: null
  global:
    name: Stinky
    harpooner: Tashtego
    nested:
      boat: false
      sail: true
      foo2: null
  ahab:
    scope: whale
    boat: null
    nested:
      foo: true
      boat: null
    object: null
`;

const chartFiles: Record<string, string> = {
  'Chart.yaml': 'apiVersion: v2\nname: moby\nversion: 0.1.0\n',
  'values.yaml': JSON.stringify({
    back: 'exists', bottom: 'exists', front: 'exists', left: 'exists', name: 'moby', nested: { boat: true }, override: 'bad',
    right: 'exists', scope: 'moby', top: 'nope', global: { nested2: { l0: 'moby' } },
    pequod: { boat: 'maybe', ahab: { boat: 'maybe', nested: { boat: 'maybe' } } },
  }),
  'charts/pequod/Chart.yaml': 'apiVersion: v2\nname: pequod\nversion: 0.1.0\n',
  'charts/pequod/values.yaml': JSON.stringify({ name: 'pequod', scope: 'pequod', global: { nested2: { l1: 'pequod' } }, boat: false, ahab: { boat: false, nested: { boat: false } } }),
  'charts/pequod/charts/ahab/Chart.yaml': 'apiVersion: v2\nname: ahab\nversion: 0.1.0\n',
  'charts/pequod/charts/ahab/values.yaml': JSON.stringify({
    global: { nested: { foo: 'bar', foo2: 'bar2' }, nested2: { l2: 'ahab' } }, scope: 'ahab', name: 'ahab', boat: true,
    nested: { foo: false, boat: true }, object: { foo: 'bar' },
  }),
  'charts/spouter/Chart.yaml': 'apiVersion: v2\nname: spouter\nversion: 0.1.0\n',
  'charts/spouter/values.yaml': JSON.stringify({ scope: 'spouter', global: { nested2: { l1: 'spouter' } } }),
};

function at(v: unknown, path: string): string {
  let cur = v;
  for (const p of path.split('.')) {
    if (!isMap(cur) || !(p in cur)) return '<no value>';
    cur = cur[p];
  }
  return cur === null ? '<no value>' : formatV(cur);
}

describe('TestCoalesceValues (coalesce_test.go)', () => {
  const loaded = loadChartFromFiles(chartFiles);
  if (!loaded.ok) throw new Error(loaded.error);
  const user = parseYamlMap(userYaml);
  if (!user.ok) throw new Error(user.error);
  const v = coalesceValues(loaded.chart, user.value);
  const expects: [string, string][] = [
    ['top', 'yup'], ['back', ''], ['name', 'moby'], ['global.name', 'Ishmael'], ['global.subject', 'Queequeg'],
    ['global.harpooner', '<no value>'], ['pequod.name', 'pequod'], ['pequod.ahab.name', 'ahab'], ['pequod.ahab.scope', 'whale'],
    ['pequod.ahab.nested.foo', 'true'], ['pequod.ahab.global.name', 'Ishmael'], ['pequod.ahab.global.nested.foo', 'bar'],
    ['pequod.ahab.global.nested.foo2', '<no value>'], ['pequod.ahab.global.subject', 'Queequeg'], ['pequod.ahab.global.harpooner', 'Tashtego'],
    ['pequod.global.name', 'Ishmael'], ['pequod.global.nested.foo', '<no value>'], ['pequod.global.subject', 'Queequeg'],
    ['spouter.global.name', 'Ishmael'], ['spouter.global.harpooner', '<no value>'],
    ['global.nested.boat', 'true'], ['pequod.global.nested.boat', 'true'], ['spouter.global.nested.boat', 'true'],
    ['pequod.global.nested.sail', 'true'], ['spouter.global.nested.sail', '<no value>'],
    ['global.nested2.l0', 'moby'], ['global.nested2.l1', '<no value>'], ['global.nested2.l2', '<no value>'],
    ['pequod.global.nested2.l0', 'moby'], ['pequod.global.nested2.l1', 'pequod'], ['pequod.global.nested2.l2', '<no value>'],
    ['pequod.ahab.global.nested2.l0', 'moby'], ['pequod.ahab.global.nested2.l1', 'pequod'], ['pequod.ahab.global.nested2.l2', 'ahab'],
    ['spouter.global.nested2.l0', 'moby'], ['spouter.global.nested2.l1', 'spouter'], ['spouter.global.nested2.l2', '<no value>'],
  ];
  for (const [path, want] of expects) it(`{{.${path}}} = ${want}`, () => expect(at(v, path)).toBe(want));

  it('removes keys the user set to null', () => {
    for (const k of ['bottom', 'right', 'left', 'front']) expect(k in v).toBe(false);
    const nested = v.nested as Record<string, unknown>;
    expect('boat' in nested).toBe(false);
    const pequod = v.pequod as Record<string, unknown>;
    expect('boat' in pequod).toBe(false);
    const ahab = pequod.ahab as Record<string, unknown>;
    expect('boat' in ahab).toBe(false);
    expect('boat' in (ahab.nested as Record<string, unknown>)).toBe(false);
    expect('object' in ahab).toBe(false);
  });

  it('does not mutate the user values', () => {
    const again = parseYamlMap(userYaml);
    expect(user.ok && again.ok && user.value).toEqual(again.ok ? again.value : null);
  });
});

describe('TestCoalesceValuesEmptyMapWithNils (coalesce_test.go)', () => {
  it('keeps a user nil under a key the chart default map does not have', () => {
    const l = loadChartFromFiles({ 'Chart.yaml': 'apiVersion: v2\nname: test\nversion: 0.1.0\n', 'values.yaml': 'data: {}\n' });
    if (!l.ok) throw new Error(l.error);
    const v = coalesceValues(l.chart, { data: { foo: 'bar', baz: null } });
    expect(v.data).toEqual({ foo: 'bar', baz: null });
  });
});
