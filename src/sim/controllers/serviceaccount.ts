/**
 * The ServiceAccounts controller (kubernetes/kubernetes pkg/controller/serviceaccount/
 * serviceaccounts_controller.go): every active namespace has a `default` ServiceAccount;
 * it is recreated when deleted.
 */
import { R } from '../client.js';
import type { ControllerContext, ControllerDef } from './framework.js';

const DEFAULT_SERVICE_ACCOUNTS = ['default'];

export const serviceAccountController: ControllerDef = {
  name: 'service-account-controller',
  component: 'service-account-controller',
  watches: [
    { resource: 'namespaces', keys: (e) => (e.type === 'DELETED' ? [] : [e.object.metadata.name!]) },
    { resource: 'serviceaccounts', keys: (e) => (e.type === 'DELETED' ? [e.object.metadata.namespace!] : []) },
  ],
  start(ctx) {
    for (const ns of ctx.store.scan('namespaces')) ctx.enqueue(ns.metadata.name!);
  },
  sync: syncNamespace,
};

function syncNamespace(namespace: string, ctx: ControllerContext): void {
  const ns = ctx.store.get('namespaces', '', namespace);
  // A terminating namespace gets nothing new (the API would refuse it anyway).
  if (!ns || ns.metadata.deletionTimestamp || ns.status?.phase === 'Terminating') return;
  for (const name of DEFAULT_SERVICE_ACCOUNTS) {
    if (ctx.store.get('serviceaccounts', namespace, name)) continue;
    ctx.api.create(R.serviceaccounts, namespace, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name } });
  }
}
