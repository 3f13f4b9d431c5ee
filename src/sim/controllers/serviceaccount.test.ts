/**
 * The ServiceAccount, root-CA, token and ClusterRole aggregation controllers, one sync at a
 * time (kubernetes/kubernetes pkg/controller/serviceaccount serviceaccounts_controller.go and
 * tokens_controller.go, pkg/controller/certificates/rootcacertpublisher,
 * pkg/controller/clusterroleaggregation): the API writes each sync makes, in order.
 */
import { describe, expect, it } from 'vitest';
import { R } from '../client.js';
import type { KObject } from '../types.js';
import { clusterRoleAggregationController } from './clusterrole-aggregation.js';
import { rootCaPublisher } from './root-ca-publisher.js';
import { serviceAccountController } from './serviceaccount.js';
import { serviceAccountTokenController } from './serviceaccount-token.js';
import { makeHarness } from './testing/harness.js';

const CR = { group: 'rbac.authorization.k8s.io', resource: 'clusterroles' };

describe('serviceaccount controller', () => {
  it('creates default in a new namespace, recreates it when deleted, and leaves terminating namespaces alone', () => {
    const h = makeHarness([]);
    h.client.create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } });
    const ctx = h.contextFor('service-account-controller', 'service-account-controller');
    h.writes.length = 0;
    serviceAccountController.sync('dev', ctx);
    serviceAccountController.sync('dev', ctx);
    expect(h.writes).toEqual(['ADDED serviceaccounts/default']);
    h.client.delete(R.serviceaccounts, 'dev', 'default');
    h.writes.length = 0;
    serviceAccountController.sync('dev', ctx);
    expect(h.writes).toEqual(['ADDED serviceaccounts/default']);
    h.client.create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'gone' }, spec: { finalizers: ['kubernetes'] } });
    h.client.delete(R.namespaces, undefined, 'gone');
    h.writes.length = 0;
    serviceAccountController.sync('gone', ctx);
    expect(h.writes).toEqual([]);
  });
});

describe('root CA publisher', () => {
  it('publishes kube-root-ca.crt and restores its data when edited', () => {
    const h = makeHarness([]);
    const ctx = h.contextFor('root-ca-cert-publisher', 'root-ca-cert-publisher');
    rootCaPublisher.sync('default', ctx);
    expect(h.writes).toEqual(['ADDED configmaps/kube-root-ca.crt']);
    const cm = h.store.get('configmaps', 'default', 'kube-root-ca.crt')!;
    h.client.update(R.configmaps, { ...cm, data: { 'ca.crt': 'tampered' } } as KObject);
    h.writes.length = 0;
    rootCaPublisher.sync('default', ctx);
    expect(h.writes).toEqual(['MODIFIED configmaps/kube-root-ca.crt']);
    expect(h.store.get('configmaps', 'default', 'kube-root-ca.crt')!.data['ca.crt']).toContain('BEGIN CERTIFICATE');
  });
});

describe('token controller', () => {
  it('deletes a token Secret whose ServiceAccount does not exist', () => {
    const h = makeHarness([]);
    h.client.create(R.secrets, 'default', { apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/service-account-token', metadata: { name: 'orphan', annotations: { 'kubernetes.io/service-account.name': 'nobody' } } });
    h.writes.length = 0;
    serviceAccountTokenController.sync('default/orphan', h.contextFor('tokens-controller', 'tokens-controller'));
    expect(h.writes).toEqual(['DELETED secrets/orphan']);
  });
});

describe('clusterrole aggregation controller', () => {
  it('fills an aggregated role from the matching roles in name order, without duplicates', () => {
    const h = makeHarness([]);
    const mk = (name: string, labels: Record<string, string>, rules: object[]) => h.client.create(CR, undefined, { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name, labels }, rules } as KObject);
    h.client.create(CR, undefined, { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'monitoring' }, aggregationRule: { clusterRoleSelectors: [{ matchLabels: { 'example.com/aggregate-to-monitoring': 'true' } }] } } as KObject);
    const get = { apiGroups: [''], resources: ['pods'], verbs: ['get'] };
    mk('z-metrics', { 'example.com/aggregate-to-monitoring': 'true' }, [{ apiGroups: ['metrics.k8s.io'], resources: ['pods'], verbs: ['list'] }, get]);
    mk('a-pods', { 'example.com/aggregate-to-monitoring': 'true' }, [get]);
    mk('unrelated', {}, [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]);
    h.writes.length = 0;
    clusterRoleAggregationController.sync('monitoring', h.contextFor('clusterrole-aggregation-controller', 'clusterrole-aggregation-controller'));
    expect(h.writes).toEqual(['MODIFIED clusterroles.rbac.authorization.k8s.io/monitoring']);
    expect(h.store.get('clusterroles.rbac.authorization.k8s.io', '', 'monitoring')!.rules).toEqual([get, { apiGroups: ['metrics.k8s.io'], resources: ['pods'], verbs: ['list'] }]);
  });
});
