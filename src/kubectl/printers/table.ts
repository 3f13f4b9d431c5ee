/**
 * The human-readable `kubectl get` printer: renders server-side Tables the way
 * kubernetes/cli-runtime pkg/printers/tableprinter.go (decorateTable, printTable) and
 * kubectl pkg/cmd/get/get.go (one block per resource type, blank line between blocks,
 * column widths reset per type) do.
 *
 *   NAME                   READY   STATUS    RESTARTS   AGE
 *   web-6d4cf56db6-x7kqz   1/1     Running   0          12s
 */
import type { Table, TableColumn, TableRow } from '../../sim/index.js';
import { TabWriter } from './tabwriter.js';

export interface TablePrintOptions {
  /** `--no-headers` */
  noHeaders?: boolean;
  /** `-o wide`: also the priority>0 columns. */
  wide?: boolean;
  /** `-A`: NAMESPACE column first (ignored for cluster-scoped blocks). */
  allNamespaces?: boolean;
  /** Prefix names with `kind[.group]/` (several resource types in one `get`, or `get all`). */
  withKind?: boolean;
  /** `--show-labels`: LABELS column last. */
  showLabels?: boolean;
  /** `-L key1,key2`: one column per key. */
  columnLabels?: string[];
}

/** One resource type's Table and what kubectl knows about its mapping. */
export interface TableBlock {
  table: Table;
  kind: string;
  /** API group, '' for core. */
  group: string;
  /** False for cluster-scoped resources (no NAMESPACE column with -A). Default true. */
  namespaced?: boolean;
}

type Cell = unknown;

/** labels.FormatLabels: `k=v` sorted by key, `<none>` when empty. */
function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${labels![k]}`).join(',') : '<none>';
}

/** formatLabelHeaders: the last `/` segment of the key, upper-cased by printTable. */
function labelHeader(key: string): string {
  const parts = key.split('/');
  return parts[parts.length - 1];
}

interface Decorated {
  columns: TableColumn[];
  rows: Cell[][];
}

/** decorateTable: namespace, kind prefix, label columns. Never mutates the input. */
function decorate(block: TableBlock, opts: TablePrintOptions): Decorated {
  // Observed with kubectl 1.32 (testdata/tables/deploy-pods-nodes-all-ns.txt): when several
  // types are printed with -A, cluster-scoped blocks keep an empty NAMESPACE column.
  const withNamespace = !!opts.allNamespaces && (block.namespaced !== false || !!opts.withKind);
  const labelKeys = opts.columnLabels ?? [];
  const plain = (name: string): TableColumn => ({ name, type: 'string', format: '', description: '', priority: 0 });
  const columns = [
    ...(withNamespace ? [plain('Namespace')] : []),
    ...block.table.columnDefinitions,
    ...labelKeys.map((k) => plain(labelHeader(k))),
    ...(opts.showLabels ? [plain('Labels')] : []),
  ];
  const nameColumn = opts.withKind ? block.table.columnDefinitions.findIndex((c) => c.format === 'name' && c.type === 'string') : -1;
  const kindPrefix = (block.group ? `${block.kind}.${block.group}` : block.kind).toLowerCase();
  const rows = block.table.rows.map((row: TableRow) => {
    const cells: Cell[] = [...row.cells];
    if (nameColumn >= 0 && cells.length > nameColumn) cells[nameColumn] = `${kindPrefix}/${String(cells[nameColumn])}`;
    const meta = row.object?.metadata;
    if (!meta) {
      // No object to read namespace/labels from: kubectl pads with empty cells.
      if (withNamespace) cells.unshift(null);
      while (cells.length < columns.length) cells.push(null);
      return cells;
    }
    if (withNamespace) cells.unshift(meta.namespace ?? '');
    for (const k of labelKeys) cells.push(meta.labels?.[k] ?? '');
    if (opts.showLabels) cells.push(formatLabels(meta.labels));
    return cells;
  });
  return { columns, rows };
}

/** How printTable writes one cell: strings cut at the first line break (then `...`). */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') {
    const brk = cell.search(/[\f\n\r]/);
    return brk >= 0 ? cell.slice(0, brk) + '...' : cell;
  }
  return String(cell);
}

function renderInto(w: TabWriter, d: Decorated, opts: TablePrintOptions, headers: boolean): boolean {
  const visible = d.columns.map((c) => !!opts.wide || c.priority === 0);
  if (headers) {
    if (d.rows.length === 0) return false;
    w.write(d.columns.filter((_, i) => visible[i]).map((c) => c.name.toUpperCase()).join('\t') + '\n');
  }
  for (const row of d.rows) {
    const out: string[] = [];
    row.forEach((cell, i) => {
      if (i < d.columns.length && visible[i]) out.push(cellText(cell));
    });
    w.write(out.join('\t') + '\n');
  }
  return headers || d.rows.length > 0;
}

/**
 * Prints the tables of one `kubectl get` invocation. Each block is one resource type;
 * blocks are separated by a blank line when headers are on, and align independently.
 * Returns '' when nothing was printed (the caller then says "No resources found").
 */
export function printTables(blocks: TableBlock[], opts: TablePrintOptions = {}): string {
  const w = new TabWriter();
  let out = '';
  let separatorReady = false;
  for (const [i, block] of blocks.entries()) {
    out += w.flush();
    w.resetRememberedWidths();
    if (i > 0 && !opts.noHeaders && out.length > 0) separatorReady = true;
    renderInto(w, decorate(block, opts), opts, !opts.noHeaders);
    const text = w.flush();
    if (text && separatorReady) {
      out += '\n';
      separatorReady = false;
    }
    out += text;
  }
  return out + w.flush();
}

/**
 * A printer that lives across calls, for `kubectl get -w`: the header is printed once
 * (again only if the columns change) and column widths only ever grow, as with
 * kubectl's RememberWidths tab writer.
 */
export class WatchTablePrinter {
  private readonly w = new TabWriter();
  private lastColumns: string | undefined;
  private lastDefs: TableColumn[] = [];
  private printedHeaders = false;

  constructor(private readonly opts: TablePrintOptions, private readonly kind: string, private readonly group: string, private readonly namespaced = true) {}

  /** Prints a Table (the initial list, or one watch event's single-row Table). */
  print(table: Table): string {
    const key = JSON.stringify(table.columnDefinitions);
    let headers = !this.opts.noHeaders;
    if (this.printedHeaders && (table.columnDefinitions.length === 0 || key === this.lastColumns)) headers = false;
    if (key !== this.lastColumns && table.columnDefinitions.length) {
      this.lastColumns = key;
      this.printedHeaders = false;
      headers = !this.opts.noHeaders;
    }
    if (table.columnDefinitions.length) this.lastDefs = table.columnDefinitions;
    // Watch events may carry rows only; they print under the last columns seen.
    else table = { ...table, columnDefinitions: this.lastDefs };
    if (table.rows.length > 0) this.printedHeaders = true;
    renderInto(this.w, decorate({ table, kind: this.kind, group: this.group, namespaced: this.namespaced }, this.opts), this.opts, headers);
    return this.w.flush();
  }
}
