/**
 * Server-side printing: the Table a `kubectl get` asks for (Accept: as=Table). One converter
 * per resource, registered in a table (see all.ts); resources without one get the default
 * `NAME  CREATED AT` table, as the API server's default table convertor does.
 */
import type { KObject } from '../types.js';
import { converterFor, type Table, type TableContext } from './table-registry.js';
import './all.js';

export { registerTable, col, nameCol, converterFor, hasConverter } from './table-registry.js';
export type { Table, TableColumn, TableRow, TableContext, TableConverter } from './table-registry.js';
export { humanDuration, shortHumanDuration } from './duration.js';

/**
 * Converts objects of one resource (storage key, e.g. `deployments.apps`) into the Table the
 * API server returns for `Accept: ...;as=Table`. Rows carry the objects unless
 * includeObject is false (`includeObject=None`).
 */
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
