/**
 * Defaults of the small core kinds: Namespace (SetDefaults_Namespace and the namespace
 * strategy), Secret (type Opaque; the v1 conversion merges stringData into data),
 * Endpoints ports, Node status.
 */
import type { KObject } from '../../types.js';
import type { AdmissionContext } from '../index.js';

type Obj = Record<string, any>;

export function defaultNamespace(o: KObject, ctx: AdmissionContext): void {
  const name = o.metadata.name;
  if (name) o.metadata.labels = { ...(o.metadata.labels ?? {}), 'kubernetes.io/metadata.name': name };
  if (ctx.operation === 'CREATE') {
    o.spec = { ...(o.spec && typeof o.spec === 'object' ? o.spec : {}), finalizers: ['kubernetes'] };
    o.status = { phase: 'Active' };
  } else if (ctx.oldObject && ctx.subresource !== 'finalize') {
    // PrepareForUpdate: spec.finalizers change only through the finalize subresource.
    const oldFinalizers = ctx.oldObject.spec?.finalizers;
    const spec: Obj = { ...(o.spec && typeof o.spec === 'object' ? o.spec : {}) };
    if (oldFinalizers) spec.finalizers = oldFinalizers;
    else delete spec.finalizers;
    o.spec = spec;
  }
  if (!o.status || typeof o.status !== 'object') o.status = { phase: 'Active' };
  else if (!o.status.phase) o.status = { ...o.status, phase: 'Active' };
}

/** UTF-8 bytes → standard base64 (no Buffer dependency in the hot path is needed here). */
function base64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

export function defaultSecret(o: KObject): void {
  if (!o.type) o.type = 'Opaque';
  const sd = o.stringData;
  if (sd && typeof sd === 'object') {
    const data: Obj = { ...(o.data && typeof o.data === 'object' ? o.data : {}) };
    for (const [k, v] of Object.entries(sd)) if (typeof v === 'string') data[k] = base64(v);
    o.data = data;
  }
  delete o.stringData;
}

export function defaultEndpoints(o: KObject): void {
  for (const subset of (o.subsets ?? []) as Obj[]) {
    for (const p of subset?.ports ?? []) if (p && typeof p === 'object' && !p.protocol) p.protocol = 'TCP';
  }
}

export function defaultNode(o: KObject): void {
  const st = o.status;
  if (st && typeof st === 'object' && st.capacity && !st.allocatable) st.allocatable = { ...st.capacity };
}
