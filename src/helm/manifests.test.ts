/** Kind ordering ported from helm/helm v3.21.4 pkg/releaseutil/kind_sorter_test.go (install order). */
import { describe, expect, it } from 'vitest';
import { sortByKind } from './manifests.js';

describe('kind_sorter_test.go', () => {
  it('TestKindSorter install order', () => {
    const m: [string, string][] = [
      ['U', 'IngressClass'], ['E', 'SecretList'], ['i', 'ClusterRole'], ['I', 'ClusterRoleList'], ['j', 'ClusterRoleBinding'],
      ['J', 'ClusterRoleBindingList'], ['f', 'ConfigMap'], ['u', 'CronJob'], ['2', 'CustomResourceDefinition'], ['n', 'DaemonSet'],
      ['r', 'Deployment'], ['!', 'HonkyTonkSet'], ['v', 'Ingress'], ['t', 'Job'], ['c', 'LimitRange'], ['a', 'Namespace'],
      ['A', 'NetworkPolicy'], ['g', 'PersistentVolume'], ['h', 'PersistentVolumeClaim'], ['o', 'Pod'], ['3', 'PodDisruptionBudget'],
      ['C', 'PodSecurityPolicy'], ['q', 'ReplicaSet'], ['p', 'ReplicationController'], ['b', 'ResourceQuota'], ['k', 'Role'],
      ['K', 'RoleList'], ['l', 'RoleBinding'], ['L', 'RoleBindingList'], ['e', 'Secret'], ['m', 'Service'], ['d', 'ServiceAccount'],
      ['s', 'StatefulSet'], ['1', 'StorageClass'], ['w', 'APIService'], ['x', 'HorizontalPodAutoscaler'], ['F', 'PriorityClass'],
    ];
    expect(sortByKind(m, (x) => x[1]).map((x) => x[0]).join('')).toBe('FaAbcC3deEf1gh2iIjJkKlLmnopqrxstuUvw!');
  });

  it('TestKindSorterKeepOriginalOrder', () => {
    const m: [string, string][] = [
      ['a', 'ClusterRole'], ['A', 'ClusterRole'], ['0', 'ConfigMap'], ['1', 'ConfigMap'], ['z', 'ClusterRoleBinding'],
      ['!', 'ClusterRoleBinding'], ['u2', 'Unknown'], ['u1', 'Unknown'], ['t3', 'Unknown2'],
    ];
    expect(sortByKind(m, (x) => x[1]).map((x) => x[0]).join('')).toBe('01aAz!u2u1t3');
  });

  it('TestKindSorterNamespaceAgainstUnknown', () => {
    expect(sortByKind([['a', 'Unknown'], ['b', 'Namespace']], (x) => x[1]).map((x) => x[0])).toEqual(['b', 'a']);
  });
});
