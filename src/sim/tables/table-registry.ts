/**
 * The converter table behind server-side printing. Kept apart from index.ts so the
 * converter files can register themselves while index.ts loads them (no import cycle).
 */
import type { KObject } from '../types.js';

export interface TableColumn {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

export interface TableRow {
  cells: unknown[];
  object?: KObject;
}

export interface Table {
  kind: 'Table';
  apiVersion: 'meta.k8s.io/v1';
  metadata: { resourceVersion?: string };
  columnDefinitions: TableColumn[];
  rows: TableRow[];
}

export interface TableContext {
  /** Virtual now, ms since epoch (for AGE and friends). */
  now: number;
}

/**
 * One resource's printer. `row` returns every cell, wide ones included: the API server
 * always prints with Wide=true (pkg/printers/storage/storage.go) and kubectl drops the
 * priority>0 columns unless `-o wide`.
 */
export interface TableConverter {
  columns: TableColumn[];
  row(obj: KObject, ctx: TableContext): unknown[];
}

const converters = new Map<string, TableConverter>();

/** Registers the converter for a storage key such as `pods` or `deployments.apps`. */
export function registerTable(resource: string, converter: TableConverter): void {
  converters.set(resource, converter);
}

/** A column definition; `priority` 1 marks a wide-only column. */
export function col(name: string, type = 'string', priority = 0, format = '', description = ''): TableColumn {
  return { name, type, format, description, priority };
}

/** The Name column every printer starts with (format `name`, used by kubectl's kind prefix). */
export function nameCol(): TableColumn {
  return col('Name', 'string', 0, 'name');
}

/**
 * Resources without a printer get the apiserver's default table
 * (k8s.io/apiserver pkg/registry/rest/table.go): NAME and CREATED AT in UTC RFC 3339.
 */
const defaultConverter: TableConverter = {
  columns: [nameCol(), col('Created At', 'date')],
  row: (obj) => [obj.metadata.name, obj.metadata.creationTimestamp],
};

/** The converter for a storage key, or the default NAME / CREATED AT one. */
export function converterFor(resource: string): TableConverter {
  return converters.get(resource) ?? defaultConverter;
}

/** Whether the resource has its own printer (else `kubectl get` shows NAME / CREATED AT). */
export function hasConverter(resource: string): boolean {
  return converters.has(resource);
}
