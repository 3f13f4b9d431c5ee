import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { KObject, Table } from '../../sim/index.js';
import {
  listOf, parseCustomColumnsFile, parseCustomColumnsSpec, printCustomColumns, printJson, printJsonPath, printName, printTables,
  printYaml, sortObjects, sortTableRows, parseQuantity,
} from './index.js';

// Goldens: testdata/tables/gen.sh runs the real kubectl against a fake API server serving
// testdata/fake-tables.json; the same objects go through our printers here.
const dir = join(dirname(fileURLToPath(import.meta.url)), 'testdata');
const fixtures = JSON.parse(readFileSync(join(dir, 'fake-tables.json'), 'utf8'));
const objects = (resource: string): KObject[] => fixtures[resource].rows.map((r: { object: KObject }) => r.object);
const pods = objects('pods');
const deploys = objects('deployments');

/** Golden stdout+stderr, without the command line and the trailing `# rc=N` line. */
function golden(name: string): { out: string; rc: number } {
  const text = readFileSync(join(dir, 'output', `${name}.txt`), 'utf8');
  const body = text.slice(text.indexOf('\n') + 1);
  const m = /# rc=(\d+)\n?$/.exec(body)!;
  return { out: body.slice(0, m.index), rc: Number(m[1]) };
}

describe('-o yaml / json / name', () => {
  it('single object yaml', () => expect(printYaml(pods[3])).toBe(golden('pod-yaml').out));
  it('several objects → List yaml', () => expect(printYaml(listOf(pods))).toBe(golden('pods-yaml').out));
  it('single object json', () => expect(printJson(pods[3])).toBe(golden('pod-json').out));
  it('list json', () => expect(printJson(listOf(deploys))).toBe(golden('deploy-json').out));
  it('names across types', () => expect([...pods, ...deploys].map((o) => printName(o)).join('')).toBe(golden('pods-deploy-name').out));
  it('name with operation (reference §0.5)', () => {
    expect(printName(deploys[0], 'created')).toBe('deployment.apps/web created\n');
    expect(printName({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader' } }, 'created (dry run)')).toBe('role.rbac.authorization.k8s.io/pod-reader created (dry run)\n');
  });
});

describe('-o jsonpath on lists', () => {
  it('list of items', () => expect(printJsonPath('{.items[*].metadata.name}', listOf(pods))).toEqual({ ok: true, text: golden('jsonpath-list').out }));
  it('single object', () => expect(printJsonPath('{.metadata.name}', pods[3])).toEqual({ ok: true, text: golden('jsonpath-single').out }));
});

describe('-o custom-columns', () => {
  const run = (spec: string, objs: KObject[], noHeaders = false) => {
    const cols = parseCustomColumnsSpec(spec);
    if (!cols.ok) return 'error: ' + cols.error + '\n';
    const r = printCustomColumns(cols.columns, objs, { noHeaders });
    return r.ok ? r.text : r.text + 'error: ' + r.error + '\n';
  };
  it('paths, maps, missing, braces', () => {
    expect(run('NAME:.metadata.name,IMAGE:.spec.containers[*].image,LABELS:.metadata.labels,MISSING:.foo,NS:{.metadata.namespace}', pods)).toBe(golden('cc-basic').out);
  });
  it('relaxed path without dot, map values', () => expect(run('N:metadata.name,C:.spec.containers[0]', pods)).toBe(golden('cc-map').out));
  it('--no-headers', () => expect(run('NAME:.metadata.name', pods, true)).toBe(golden('cc-no-headers').out));
  it('several types share one block', () => expect(run('NAME:.metadata.name,KIND:.kind', [...pods, ...deploys])).toBe(golden('cc-multi-type').out));
  it('errors', () => {
    expect(run('BAD', pods)).toBe(golden('cc-bad').out);
    expect(run('', pods)).toBe(golden('cc-empty').out);
  });
  it('file form', () => {
    const cols = parseCustomColumnsFile(readFileSync(join(dir, 'tables', 'cols.txt'), 'utf8'));
    expect(cols.ok && printCustomColumns(cols.columns, pods)).toEqual({ ok: true, text: golden('cc-file').out });
  });
});

describe('--sort-by', () => {
  const table: Table = { kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: {}, columnDefinitions: fixtures.pods.columns, rows: fixtures.pods.rows };
  const tableGolden = (name: string) => {
    const text = readFileSync(join(dir, 'tables', `${name}.txt`), 'utf8');
    return text.slice(text.indexOf('\n') + 1);
  };
  it('by creationTimestamp', () => {
    const sorted = sortTableRows(table, '.metadata.creationTimestamp');
    expect(sorted.ok && printTables([{ table: sorted.value, kind: 'Pod', group: '' }])).toBe(tableGolden('pods-sort-created'));
  });
  it('by name with label columns', () => {
    const sorted = sortTableRows(table, '.metadata.name');
    expect(sorted.ok && printTables([{ table: sorted.value, kind: 'Pod', group: '' }], { columnLabels: ['app', 'app.kubernetes.io/name'] })).toBe(tableGolden('pods-label-cols-sorted'));
  });
  it('missing field everywhere is an error', () => {
    expect(sortTableRows(table, '.spec.nope')).toEqual({ ok: false, error: 'couldn\'t find any field with path "{.spec.nope}" in the list of objects' });
  });
  it('byte-wise strings, numeric quantities (observed: 9 < 10, b10 < b2, x-010 < x-9)', () => {
    const objs = ['b2', 'b10', 'b1', 'x-010', 'x-9', '10', '9'].map((name) => ({ metadata: { name } }));
    const r = sortObjects(objs, '{.metadata.name}');
    expect(r.ok && r.value.map((o) => o.metadata.name)).toEqual(['9', '10', 'b1', 'b10', 'b2', 'x-010', 'x-9']);
    expect(parseQuantity('100m')! < parseQuantity('1')!).toBe(true);
    expect(parseQuantity('1Gi')).toBe(2 ** 30);
  });
});
