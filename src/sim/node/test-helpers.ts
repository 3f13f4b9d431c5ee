/** Helpers for the node-model tests (not shipped behaviour). */
import { R } from '../client.js';
import { Cluster } from '../cluster.js';
import type { KEvent, KObject, Pod } from '../types.js';

export function cluster(): Cluster {
  return Cluster.create({ seed: 7 });
}

export function pod(name: string, containers: object[], extra: Record<string, unknown> = {}, labels: Record<string, string> = { app: name }): KObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels }, spec: { containers, ...extra } };
}

export function create(c: Cluster, obj: KObject, ns = 'default'): void {
  const res = c.client().create({ group: '', resource: obj.kind === 'Service' ? 'services' : obj.kind === 'Secret' ? 'secrets' : obj.kind === 'ConfigMap' ? 'configmaps' : 'pods' }, ns, obj);
  if (!res.ok) throw new Error(res.status.message);
  c.settle();
}

export function getPod(c: Cluster, name: string, ns = 'default'): Pod | undefined {
  return c.store.get('pods', ns, name) as Pod | undefined;
}

/** The STATUS-relevant reason of the first container: waiting/terminated reason, or "Running". */
export function reasonOf(p: Pod | undefined): string {
  const s = p?.status?.containerStatuses?.[0]?.state;
  if (!s) return p?.status?.phase ?? 'Gone';
  return s.waiting?.reason ?? s.terminated?.reason ?? 'Running';
}

/** Records [seconds since start, value] each time `value(pod)` changes. */
export function track(c: Cluster, name: string, value: (p: Pod | undefined) => string): [number, string][] {
  const t0 = c.now();
  const out: [number, string][] = [];
  c.store.watch((e) => {
    if (e.resource !== 'pods' || e.object.metadata.name !== name) return;
    const v = value(e.type === 'DELETED' ? undefined : (e.object as Pod));
    if (!out.length || out[out.length - 1][1] !== v) out.push([(c.now() - t0) / 1000, v]);
  });
  return out;
}

export function events(c: Cluster, involved: string, ns = 'default'): KEvent[] {
  return (c.store.list('events', ns) as KEvent[]).filter((e) => e.involvedObject.name === involved);
}

export function logs(c: Cluster, name: string, query: Record<string, string> = {}): { code: number; body: any } {
  return c.api.handle({ verb: 'get', group: '', resource: 'pods', namespace: 'default', name, subresource: 'log', query });
}

export function exec(c: Cluster, name: string, command: string[], container?: string): { code: number; body: any } {
  return c.api.handle({ verb: 'create', group: '', resource: 'pods', namespace: 'default', name, subresource: 'exec', body: { command, container } });
}

export function del(c: Cluster, name: string, gracePeriodSeconds?: number): void {
  c.client().delete(R.pods, 'default', name, gracePeriodSeconds === undefined ? undefined : { gracePeriodSeconds });
  c.settle();
}
