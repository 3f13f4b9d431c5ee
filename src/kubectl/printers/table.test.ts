import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../sim/index.js';
import { printTables, WatchTablePrinter, type TableBlock, type TablePrintOptions } from './table.js';

// Goldens come from the real kubectl (testdata/tables/gen.sh) reading the Tables in
// testdata/fake-tables.json from a fake API server; here the same Tables go through our printer.
const dir = join(dirname(fileURLToPath(import.meta.url)), 'testdata');
const fixtures = JSON.parse(readFileSync(join(dir, 'fake-tables.json'), 'utf8'));

function block(resource: string, kind: string, group: string, namespaced = true): TableBlock {
  const f = fixtures[resource];
  const table: Table = { kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: {}, columnDefinitions: f.columns, rows: f.rows };
  return { table, kind, group, namespaced };
}
const pods = () => block('pods', 'Pod', '');
const deploy = () => block('deployments', 'Deployment', 'apps');
const nodes = () => block('nodes', 'Node', '', false);

function golden(name: string): string {
  const text = readFileSync(join(dir, 'tables', `${name}.txt`), 'utf8');
  return text.slice(text.indexOf('\n') + 1); // first line is the command
}

describe('printTables matches kubectl', () => {
  const cases: [string, () => TableBlock[], TablePrintOptions][] = [
    ['pods', () => [pods()], {}],
    ['pods-wide', () => [pods()], { wide: true }],
    ['pods-no-headers', () => [pods()], { noHeaders: true }],
    ['pods-deploy', () => [pods(), deploy()], { withKind: true }],
    ['pods-deploy-no-headers', () => [pods(), deploy()], { withKind: true, noHeaders: true }],
    ['pods-all-ns-labels', () => [pods()], { allNamespaces: true, showLabels: true }],
    ['pods-wide-all-ns', () => [pods()], { wide: true, allNamespaces: true }],
    ['nodes-all-ns', () => [nodes()], { allNamespaces: true }],
    ['nodes-wide', () => [nodes()], { wide: true }],
    ['deploy-pods-nodes-all-ns', () => [deploy(), pods(), nodes()], { allNamespaces: true, withKind: true }],
    ['configmaps', () => [block('configmaps', 'ConfigMap', '')], {}],
    ['pods-wide-labels-all', () => [pods()], { wide: true, columnLabels: ['app', 'tier'], showLabels: true, allNamespaces: true }],
    ['pods-no-headers-all-ns', () => [pods()], { allNamespaces: true, noHeaders: true, showLabels: true }],
    ['nodes-deploy-wide-kind', () => [nodes(), deploy()], { wide: true, withKind: true }],
  ];
  it.each(cases)('%s', (name, blocks, opts) => {
    expect(printTables(blocks(), opts)).toBe(golden(name));
  });

  it('label columns keep trailing padding like kubectl (unsorted variant of the golden)', () => {
    const b = pods();
    const byName = [...b.table.rows].sort((x, y) => (String(x.cells[0]) < String(y.cells[0]) ? -1 : 1));
    const sorted = { ...b, table: { ...b.table, rows: byName } };
    expect(printTables([sorted], { columnLabels: ['app', 'app.kubernetes.io/name'] })).toBe(golden('pods-label-cols-sorted'));
  });

  it('prints nothing for an empty table (caller says "No resources found")', () => {
    const b = pods();
    expect(printTables([{ ...b, table: { ...b.table, rows: [] } }])).toBe('');
  });
});

describe('WatchTablePrinter', () => {
  it('prints the header once and grows columns, never shrinks them', () => {
    const b = pods();
    const p = new WatchTablePrinter({}, 'Pod', '');
    const first = p.print({ ...b.table, rows: [b.table.rows[0]] });
    expect(first).toBe('NAME                   READY   STATUS    RESTARTS   AGE\nweb-6d4cf56db6-x7kqz   1/1     Running   0          12s\n');
    const next = p.print({ ...b.table, columnDefinitions: [], rows: [b.table.rows[3]] });
    expect(next).toBe('a9                     0/2     Init:0/2   0          3h\n');
  });
});
