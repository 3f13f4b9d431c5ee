/**
 * Field selectors (`--field-selector status.phase=Running,spec.nodeName=w1`): the fields each
 * resource supports, as the API server's field label conversion functions allow.
 */
import type { ResourceType } from './registry.js';
import type { KObject } from './types.js';

export type FieldSelector = (obj: KObject) => boolean;

const COMMON = ['metadata.name', 'metadata.namespace'];

/** Supported field labels per resource (kind), beyond metadata.name/namespace. */
const SUPPORTED: Record<string, string[]> = {
  Pod: ['spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.podIPs', 'status.nominatedNodeName'],
  Event: ['involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type'],
  Secret: ['type'],
  Namespace: ['status.phase'],
  Node: ['spec.unschedulable'],
  ReplicaSet: ['status.replicas'],
  ReplicationController: ['status.replicas'],
  Job: ['status.successful'],
  Service: ['spec.clusterIP', 'spec.type'],
};

function valueAt(obj: KObject, path: string): string {
  if (path === 'source') return obj.source?.component ?? '';
  if (path === 'status.successful') return String(obj.status?.succeeded ?? 0);
  let cur: unknown = obj;
  for (const p of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return '';
    cur = (cur as Record<string, unknown>)[p];
  }
  if (cur === undefined || cur === null) return '';
  if (Array.isArray(cur)) return cur.map((x) => (x && typeof x === 'object' ? (x as { ip?: string }).ip ?? '' : String(x))).join(',');
  return String(cur);
}

export function fieldSelectorFor(type: ResourceType, text: string): { ok: true; value: FieldSelector } | { ok: false; error: string } {
  const supported = [...COMMON, ...(SUPPORTED[type.kind] ?? [])];
  const terms: { field: string; negate: boolean; value: string }[] = [];
  for (const raw of text.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const m = /^([^=!]+?)\s*(==|=|!=)\s*(.*)$/.exec(part);
    if (!m) return { ok: false, error: `invalid selector: '${text}'; can't understand '${part}'` };
    const field = m[1].trim();
    if (!supported.includes(field)) return { ok: false, error: `field label not supported: ${field}` };
    terms.push({ field, negate: m[2] === '!=', value: m[3].trim() });
  }
  return {
    ok: true,
    value: (obj) => terms.every((t) => (valueAt(obj, t.field) === t.value) !== t.negate),
  };
}
