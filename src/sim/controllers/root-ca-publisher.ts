/**
 * The root CA publisher (kubernetes/kubernetes pkg/controller/certificates/rootcacertpublisher):
 * every active namespace has a `kube-root-ca.crt` ConfigMap with the cluster CA, which the
 * kube-api-access projected volume of every pod mounts as `ca.crt`.
 */
import { namespaceDefaults } from '../auth/bootstrap.js';
import { R } from '../client.js';
import { deepClone, deepEqual } from '../objects.js';
import type { ControllerContext, ControllerDef } from './framework.js';

const NAME = 'kube-root-ca.crt';

export const rootCaPublisher: ControllerDef = {
  name: 'root-ca-cert-publisher',
  component: 'root-ca-cert-publisher',
  watches: [
    { resource: 'namespaces', keys: (e) => (e.type === 'DELETED' ? [] : [e.object.metadata.name!]) },
    { resource: 'configmaps', keys: (e) => (e.object.metadata.name === NAME ? [e.object.metadata.namespace!] : []) },
  ],
  start(ctx) {
    for (const ns of ctx.store.scan('namespaces')) ctx.enqueue(ns.metadata.name!);
  },
  sync: syncNamespace,
};

function syncNamespace(namespace: string, ctx: ControllerContext): void {
  const ns = ctx.store.get('namespaces', '', namespace);
  if (!ns || ns.metadata.deletionTimestamp) return;
  const want = namespaceDefaults(namespace).find((o) => o.kind === 'ConfigMap')!;
  const have = ctx.store.get('configmaps', namespace, NAME);
  if (!have) {
    ctx.api.create(R.configmaps, namespace, want);
    return;
  }
  const DESCRIPTION = 'kubernetes.io/description';
  if (deepEqual(have.data, want.data) && have.metadata.annotations?.[DESCRIPTION]) return;
  const copy = deepClone(have);
  copy.data = want.data;
  copy.metadata.annotations = { ...(copy.metadata.annotations ?? {}), [DESCRIPTION]: want.metadata.annotations![DESCRIPTION] };
  ctx.api.update(R.configmaps, copy);
}
