import { describe, expect, it } from 'vitest';
import { buildMessageIndex, parseField } from './schema.js';
import { messageForKind, messages } from './registry.js';

describe('table notation', () => {
  it('parses each field form', () => {
    expect(parseField('1:name:string!')).toEqual({ num: 1, json: 'name', type: 'string', kind: 'scalar', shape: 'single', pointer: false, always: true });
    expect(parseField('2::VolumeSource')).toMatchObject({ json: '', kind: 'message', shape: 'single' });
    expect(parseField('11:labels:{string}')).toMatchObject({ shape: 'map', type: 'string' });
    expect(parseField('13:ownerReferences:[OwnerReference]')).toMatchObject({ shape: 'repeated', kind: 'message' });
    expect(parseField('2:selector:LabelSelector?!')).toMatchObject({ pointer: true, always: true });
    expect(parseField('8:creationTimestamp:Time')).toMatchObject({ kind: 'wellKnown' });
    expect(parseField('x:name:string')).toBeUndefined();
    expect(parseField('1:name:[string}')).toBeUndefined();
  });

  it('rejects tables with unknown references, duplicates or bad tokens', () => {
    expect(() => buildMessageIndex([{ A: '1:b:B' }])).toThrow('refers to unknown message B');
    expect(() => buildMessageIndex([{ A: '1:a:string' }, { A: '1:a:string' }])).toThrow('defined twice');
    expect(() => buildMessageIndex([{ A: '1:a:string 1:b:string' }])).toThrow('repeats a field number');
    expect(() => buildMessageIndex([{ A: '1:a' }])).toThrow('bad field');
  });
});

describe('registry', () => {
  it('builds the shipped tables', () => {
    expect(messages.size).toBeGreaterThan(200);
  });

  it.each([
    ['v1', 'Secret'], ['v1', 'ConfigMap'], ['v1', 'Namespace'], ['v1', 'Service'], ['v1', 'ServiceAccount'],
    ['v1', 'ResourceQuota'], ['v1', 'Pod'], ['apps/v1', 'Deployment'], ['batch/v1', 'Job'], ['batch/v1', 'CronJob'],
    ['rbac.authorization.k8s.io/v1', 'Role'], ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding'],
    ['authorization.k8s.io/v1', 'SelfSubjectAccessReview'], ['authorization.k8s.io/v1', 'SelfSubjectRulesReview'],
    ['authentication.k8s.io/v1', 'SelfSubjectReview'], ['authentication.k8s.io/v1', 'TokenRequest'],
    ['scheduling.k8s.io/v1', 'PriorityClass'], ['policy/v1', 'PodDisruptionBudget'], ['policy/v1', 'Eviction'],
    ['networking.k8s.io/v1', 'Ingress'], ['autoscaling/v2', 'HorizontalPodAutoscaler'],
    ['autoscaling/v1', 'HorizontalPodAutoscaler'], ['certificates.k8s.io/v1', 'CertificateSigningRequest'],
    ['v1', 'Node'], ['v1', 'PersistentVolume'], ['v1', 'PersistentVolumeClaim'], ['v1', 'Endpoints'], ['v1', 'Event'],
    ['v1', 'LimitRange'], ['v1', 'ReplicationController'], ['v1', 'PodTemplate'], ['apps/v1', 'StatefulSet'],
    ['apps/v1', 'DaemonSet'], ['apps/v1', 'ReplicaSet'], ['apps/v1', 'ControllerRevision'], ['autoscaling/v1', 'Scale'],
    ['networking.k8s.io/v1', 'NetworkPolicy'], ['networking.k8s.io/v1', 'IngressClass'], ['storage.k8s.io/v1', 'StorageClass'],
    ['discovery.k8s.io/v1', 'EndpointSlice'], ['events.k8s.io/v1', 'Event'], ['coordination.k8s.io/v1', 'Lease'],
  ])('knows %s %s, with metadata as field 1', (apiVersion, kind) => {
    const spec = messageForKind(apiVersion, kind);
    expect(spec?.byNumber.get(1)).toMatchObject({ json: 'metadata', type: 'ObjectMeta' });
  });

  it('knows DeleteOptions in every group version', () => {
    for (const gv of ['v1', 'apps/v1', 'batch/v1', 'meta.k8s.io/v1', 'rbac.authorization.k8s.io/v1']) {
      expect(messageForKind(gv, 'DeleteOptions')?.byNumber.get(4)).toMatchObject({ json: 'propagationPolicy', pointer: true });
    }
  });

  it('keeps core/v1 and events.k8s.io/v1 Event apart', () => {
    expect(messageForKind('v1', 'Event')?.byNumber.get(2)).toMatchObject({ json: 'involvedObject' });
    expect(messageForKind('events.k8s.io/v1', 'Event')?.byNumber.get(2)).toMatchObject({ json: 'eventTime', type: 'MicroTime' });
  });

  it('does not resolve kinds through the prototype chain', () => {
    expect(messageForKind('constructor', '')).toBeUndefined();
    expect(messageForKind('v1', 'toString')).toBeUndefined();
  });
});
