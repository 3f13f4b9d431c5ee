/**
 * Human-readable `kubectl get` output: server-side Tables decorated and printed as
 * cli-runtime's HumanReadablePrinter does (pkg/printers/tableprinter.go): upper-cased
 * headers, priority>0 columns only with `-o wide`, a NAMESPACE column with `-A`, the
 * `kind.group/` name prefix when several kinds are listed, `-L` columns, then LABELS.
 * Each kind gets its own tabwriter; kinds are separated by one blank line (get.go). The
 * one-shot path uses the shared printers; TablePrinter serves `get -w` (with EVENT column).
 */
import type { KObject, Table, TableColumn, TableRow } from '../../sim/index.js';
import { formatLabels } from '../../sim/index.js';
import { printTables as sharedPrintTables, sortTableRows, type TableBlock } from '../printers/index.js';
import type { TabWriter } from './describe/tabwriter.js';
import type { GetInfo } from './get-select.js';

export interface TableOptions {
  wide: boolean;
  allNamespaces: boolean;
  withKind: boolean;
  showLabels: boolean;
  labelColumns: string[];
  noHeaders: boolean;
  sortBy: string;
}

/** `deployment.apps`, `pod`: the lower-cased GroupKind kubectl prefixes names with. */
export function kindPrefix(t: { kind: string; group: string }): string {
  return (t.group ? `${t.kind}.${t.group}` : t.kind).toLowerCase();
}

/** Header of a `-L` column: the upper-cased last path segment of the label key. */
function labelHeader(key: string): string {
  const parts = key.split('/');
  return parts[parts.length - 1].toUpperCase();
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') {
    const br = cell.search(/[\f\n\r]/);
    return br >= 0 ? `${cell.slice(0, br)}...` : cell;
  }
  if (typeof cell === 'object') return JSON.stringify(cell);
  return String(cell);
}

/** Prints one Table's rows (and its header when due) into `w`, following decorateTable + printTable. */
export class TablePrinter {
  private lastColumns: TableColumn[] | undefined;
  private printedHeaders = false;

  constructor(private readonly opts: TableOptions & { withNamespace: boolean; kind?: { kind: string; group: string } }, private readonly w: TabWriter) {}

  print(table: Table, eventType?: string): void {
    const o = this.opts;
    let noHeaders = o.noHeaders;
    const same = this.lastColumns !== undefined && JSON.stringify(this.lastColumns) === JSON.stringify(table.columnDefinitions);
    if (this.printedHeaders && (!table.columnDefinitions.length || same)) noHeaders = true;
    const columns = table.columnDefinitions.length ? table.columnDefinitions : this.lastColumns ?? [];
    if (table.columnDefinitions.length && !same) {
      this.lastColumns = table.columnDefinitions;
      this.printedHeaders = false;
    }
    if (table.rows.length) this.printedHeaders = true;
    const headers: string[] = [];
    if (eventType) headers.push('EVENT');
    if (o.withNamespace) headers.push('NAMESPACE');
    const visible = columns.map((c, i) => ({ c, i })).filter(({ c }) => o.wide || c.priority === 0);
    headers.push(...visible.map(({ c }) => c.name.toUpperCase()));
    headers.push(...o.labelColumns.map(labelHeader));
    if (o.showLabels) headers.push('LABELS');
    if (!noHeaders) {
      if (!table.rows.length) return;
      this.w.write(`${headers.join('\t')}\n`);
    }
    const nameIdx = o.withKind && o.kind ? columns.findIndex((c) => c.format === 'name' && c.type === 'string') : -1;
    const rows: TableRow[] = table.rows;
    for (const row of rows) {
      const cells: string[] = [];
      if (eventType) cells.push(eventType.padEnd(8));
      const obj: KObject | undefined = row.object;
      if (o.withNamespace) cells.push(obj?.metadata?.namespace ?? '');
      for (const { i } of visible) {
        const text = cellText(row.cells[i]);
        cells.push(i === nameIdx ? `${kindPrefix(o.kind!)}/${text}` : text);
      }
      const labels = obj?.metadata?.labels ?? {};
      for (const key of o.labelColumns) cells.push(labels[key] ?? '');
      if (o.showLabels) cells.push(formatLabels(labels));
      this.w.write(`${cells.join('\t')}\n`);
    }
  }
}

/**
 * Prints the infos of a human-readable get through the shared table printer (one block per
 * resource type). Returns whether anything was written (for "No resources found").
 */
export function printTables(out: (s: string) => void, infos: GetInfo[], opts: TableOptions): boolean {
  const blocks: TableBlock[] = [];
  for (const info of infos) {
    let table = info.body as Table;
    if (opts.sortBy) {
      const sorted = sortTableRows(table, opts.sortBy);
      // kubectl prints nothing for a table it cannot sort (printers/testdata/tables/sort-missing.txt).
      table = sorted.ok ? sorted.value : { ...table, rows: [] };
    }
    const last = blocks[blocks.length - 1];
    // Several names of one type arrive as several one-row Tables: print them as one block.
    if (last && last.kind === info.type.kind && last.group === info.type.group) {
      last.table = { ...last.table, rows: [...last.table.rows, ...table.rows] };
      continue;
    }
    blocks.push({ table, kind: info.type.kind, group: info.type.group, namespaced: info.type.namespaced });
  }
  const text = sharedPrintTables(blocks, {
    noHeaders: opts.noHeaders, wide: opts.wide, allNamespaces: opts.allNamespaces, withKind: opts.withKind,
    showLabels: opts.showLabels, columnLabels: opts.labelColumns,
  });
  if (text) out(text);
  return text.length > 0;
}
