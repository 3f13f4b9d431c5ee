/**
 * Server-side printing: the Table a `kubectl get` asks for (Accept: as=Table). One converter
 * per resource, registered in a table; resources without one get the default
 * `NAME  CREATED AT` table, as the API server's default table convertor does.
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

export interface TableConverter {
  columns: TableColumn[];
  row(obj: KObject, ctx: TableContext): unknown[];
}

const converters = new Map<string, TableConverter>();

/** Registers the converter for a storage key such as `pods` or `deployments.apps`. */
export function registerTable(resource: string, converter: TableConverter): void {
  converters.set(resource, converter);
}

export function col(name: string, type = 'string', priority = 0, format = '', description = ''): TableColumn {
  return { name, type, format, description, priority };
}

const defaultConverter: TableConverter = {
  columns: [col('Name', 'string', 0, 'name'), col('Created At', 'date')],
  row: (obj) => [obj.metadata.name, obj.metadata.creationTimestamp],
};

export function converterFor(resource: string): TableConverter {
  return converters.get(resource) ?? defaultConverter;
}

export function toTable(resource: string, objects: KObject[], ctx: TableContext, resourceVersion?: string, includeObject = true): Table {
  const c = converterFor(resource);
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: c.columns,
    rows: objects.map((o) => ({ cells: c.row(o, ctx), ...(includeObject ? { object: o } : {}) })),
  };
}
