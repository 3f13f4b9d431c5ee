/**
 * Table answers as the apiserver shapes them for the wire (k8s.io/apiserver
 * pkg/endpoints/handlers/response.go asTable): each row's object is, by includeObject,
 * PartialObjectMetadata (the default), the full object, or nothing; watch events after the
 * first carry no column definitions (NoHeaders).
 */
import { badRequest, type Status, type Table } from '../../sim/index.js';

type Row = Table['rows'][number];

/** How a row object is shaped for each includeObject value ('' is the default, Metadata). */
const ROW_OBJECT: Record<string, (o: Record<string, any> | undefined) => unknown> = {
  '': (o) => (o ? { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata } : undefined),
  Metadata: (o) => ROW_OBJECT[''](o),
  Object: (o) => o,
  None: () => undefined,
};

/** A 400 for an includeObject value the apiserver does not know, or undefined. */
export function checkIncludeObject(value: string | undefined): Status | undefined {
  if (value === undefined || value in ROW_OBJECT) return undefined;
  return badRequest(`unrecognized includeObject value: "${value}"`);
}

/** The Table with its row objects shaped for `includeObject`; `noHeaders` drops the column definitions. */
export function shapeTable(table: Table, includeObject: string | undefined, noHeaders = false): Record<string, unknown> {
  const shape = ROW_OBJECT[includeObject ?? ''] ?? ROW_OBJECT[''];
  const rows = table.rows.map((r: Row) => {
    const object = shape((r as { object?: Record<string, any> }).object);
    const out: Record<string, unknown> = { cells: r.cells };
    if (object !== undefined) out.object = object;
    return out;
  });
  return { ...table, columnDefinitions: noHeaders ? null : table.columnDefinitions, rows };
}
