/**
 * Defaulting through a real Cluster. Oracles: the API server's answer to
 * `kubectl create deployment nginx --image=nginx:1.16.1 --dry-run=server -o yaml`
 * (shape of pkg/apis/apps/v1/defaults.go SetDefaults_Deployment + core/v1 SetDefaults_PodSpec,
 * _Container; reference §1.1), the RC template in seed 001 (`creationTimestamp: null`,
 * `imagePullPolicy: IfNotPresent` for luksa/kubia:v1), a real `kubectl run` Pod (ServiceAccount,
 * DefaultTolerationSeconds and Priority admission), SetDefaults_Service, and reference §9.2.
 */
import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster.js';
import { R } from '../../client.js';
import type { KObject } from '../../types.js';
import { imageTag } from './pod-spec.js';
import { qosClass } from './pod.js';

function create(resource: { group: string; resource: string }, obj: KObject, c = Cluster.create()): KObject {
  const res = c.client().create(resource, 'default', obj, { fieldValidation: 'Strict' });
  if (!res.ok) throw new Error(res.status.message);
  return res.value;
}

describe('Deployment', () => {
  it('matches the server-side dry-run shape of `kubectl create deployment nginx --image=nginx:1.16.1`', () => {
    const d = create(R.deployments, {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'nginx', labels: { app: 'nginx' } },
      spec: { replicas: 1, selector: { matchLabels: { app: 'nginx' } }, strategy: {}, template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ image: 'nginx:1.16.1', name: 'nginx', resources: {} }] } } },
    });
    expect(d.spec).toEqual({
      progressDeadlineSeconds: 600,
      replicas: 1,
      revisionHistoryLimit: 10,
      selector: { matchLabels: { app: 'nginx' } },
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
      template: {
        metadata: { creationTimestamp: null, labels: { app: 'nginx' } },
        spec: {
          containers: [{
            image: 'nginx:1.16.1', imagePullPolicy: 'IfNotPresent', name: 'nginx', resources: {},
            terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
          }],
          dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', schedulerName: 'default-scheduler', securityContext: {},
          terminationGracePeriodSeconds: 30,
        },
      },
    });
    expect(d.status).toEqual({});
    expect(d.metadata.generation).toBe(1);
  });

  it('Recreate gets no rollingUpdate block; explicit values are kept', () => {
    const d = create(R.deployments, {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'r' },
      spec: { replicas: 0, revisionHistoryLimit: 2, strategy: { type: 'Recreate' }, selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    });
    expect(d.spec.strategy).toEqual({ type: 'Recreate' });
    expect(d.spec.replicas).toBe(0);
    expect(d.spec.revisionHistoryLimit).toBe(2);
  });
});

describe('ReplicationController (seed 001)', () => {
  it('selector and labels from the template, template creationTimestamp null, IfNotPresent for a tagged image', () => {
    const rc = create(R.replicationcontrollers, {
      apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'kubia-v1' },
      spec: { replicas: 3, template: { metadata: { name: 'kubia', labels: { app: 'kubia' } }, spec: { containers: [{ name: 'nodejs', image: 'luksa/kubia:v1', ports: [{ containerPort: 8080 }] }] } } },
    });
    expect(rc.spec.selector).toEqual({ app: 'kubia' });
    expect(rc.metadata.labels).toEqual({ app: 'kubia' });
    expect(rc.spec.template.metadata).toEqual({ creationTimestamp: null, labels: { app: 'kubia' }, name: 'kubia' });
    expect(rc.spec.template.spec.containers[0].imagePullPolicy).toBe('IfNotPresent');
    expect(rc.spec.template.spec.containers[0].ports).toEqual([{ containerPort: 8080, protocol: 'TCP' }]);
    expect(rc.status).toEqual({ replicas: 0 });
  });
});

describe('Pod', () => {
  it('gets what a real `kubectl run nginx --image=nginx` pod shows', () => {
    const p = create(R.pods, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'nginx', labels: { run: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } });
    const vol = p.spec.volumes[0].name as string;
    expect(vol).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(p.spec).toEqual({
      containers: [{
        image: 'nginx', imagePullPolicy: 'Always', name: 'nginx', resources: {},
        terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
        volumeMounts: [{ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: vol, readOnly: true }],
      }],
      dnsPolicy: 'ClusterFirst', enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority', priority: 0,
      restartPolicy: 'Always', schedulerName: 'default-scheduler', securityContext: {}, serviceAccount: 'default',
      serviceAccountName: 'default', terminationGracePeriodSeconds: 30,
      tolerations: [
        { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
        { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
      ],
      volumes: [{
        name: vol,
        projected: {
          defaultMode: 420,
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
            { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
          ],
        },
      }],
    });
    expect(p.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
  });

  it('probe defaults (SetDefaults_Probe, SetDefaults_HTTPGetAction) and automount opt-out', () => {
    const p = create(R.pods, {
      apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' },
      spec: { automountServiceAccountToken: false, containers: [{ name: 'c', image: 'luksa/kubia:v3', readinessProbe: { httpGet: { port: 8080 } }, livenessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 5 } }] },
    });
    const c = p.spec.containers[0];
    expect(c.readinessProbe).toEqual({ httpGet: { path: '/', port: 8080, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
    expect(c.livenessProbe.periodSeconds).toBe(5);
    expect(p.spec.volumes).toBeUndefined();
    expect(c.volumeMounts).toBeUndefined();
  });

  it('requests default to limits; equal cpu+memory requests and limits are Guaranteed', () => {
    const p = create(R.pods, {
      apiVersion: 'v1', kind: 'Pod', metadata: { name: 'g' },
      spec: { containers: [{ name: 'c', image: 'nginx:1.17.0', resources: { limits: { cpu: '500m', memory: '128Mi' } } }] },
    });
    expect(p.spec.containers[0].resources).toEqual({ limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '500m', memory: '128Mi' } });
    expect(p.status.qosClass).toBe('Guaranteed');
  });

  it('QoS per pkg/apis/core/helper/qos: requests only → Burstable, nothing → BestEffort', () => {
    const pod = (resources: object) => ({ apiVersion: 'v1', kind: 'Pod', metadata: {}, spec: { containers: [{ name: 'c', resources }] } }) as never;
    expect(qosClass(pod({ requests: { cpu: '100m' } }))).toBe('Burstable');
    expect(qosClass(pod({}))).toBe('BestEffort');
    expect(qosClass(pod({ requests: { cpu: '1' }, limits: { cpu: '1', memory: '1Gi' } }))).toBe('Burstable');
  });

  it('imagePullPolicy follows the tag (parsers.ParseImageName)', () => {
    expect(imageTag('nginx')).toBe('latest');
    expect(imageTag('nginx:latest')).toBe('latest');
    expect(imageTag('localhost:5000/app')).toBe('latest');
    expect(imageTag('localhost:5000/app:v2')).toBe('v2');
    expect(imageTag('nginx@sha256:abc')).toBe('');
  });
});

describe('Service', () => {
  it('ClusterIP defaults and a cluster IP from 10.96.0.0/12', () => {
    const s = create(R.services, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia' }, spec: { selector: { app: 'kubia' }, ports: [{ port: 80 }] } });
    expect(s.spec.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\.\d+\.\d+$/);
    expect(s.spec.clusterIP).not.toBe('10.96.0.1');
    expect(s.spec).toEqual({
      clusterIP: s.spec.clusterIP, clusterIPs: [s.spec.clusterIP], internalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack', ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }], selector: { app: 'kubia' },
      sessionAffinity: 'None', type: 'ClusterIP',
    });
    expect(s.status).toEqual({ loadBalancer: {} });
  });

  it('NodePort: requested port kept, missing one allocated in 30000-32767, externalTrafficPolicy Cluster', () => {
    const s = create(R.services, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'np' }, spec: { type: 'NodePort', selector: { a: 'b' }, ports: [{ name: 'a', port: 80, targetPort: 'http', nodePort: 30060 }, { name: 'b', port: 81 }] } });
    expect(s.spec.ports[0].nodePort).toBe(30060);
    expect(s.spec.ports[1].nodePort).toBeGreaterThanOrEqual(30000);
    expect(s.spec.ports[1].nodePort).toBeLessThanOrEqual(32767);
    expect(s.spec.externalTrafficPolicy).toBe('Cluster');
  });

  it('an update without clusterIP/nodePort keeps the allocated ones (kubectl replace)', () => {
    const c = Cluster.create();
    const s = create(R.services, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'np' }, spec: { type: 'NodePort', selector: { a: 'b' }, ports: [{ port: 80 }] } }, c);
    const res = c.client().update(R.services, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'np', namespace: 'default' }, spec: { type: 'NodePort', selector: { a: 'c' }, ports: [{ port: 80 }] } });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.spec.clusterIP).toBe(s.spec.clusterIP);
    expect(res.value.spec.ports[0].nodePort).toBe(s.spec.ports[0].nodePort);
  });
});

describe('Namespace, Secret, Job', () => {
  it('Namespace: name label, spec.finalizers [kubernetes], phase Active', () => {
    const c = Cluster.create();
    const res = c.client().create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'dev' });
    expect(res.value.spec).toEqual({ finalizers: ['kubernetes'] });
    expect(res.value.status).toEqual({ phase: 'Active' });
  });

  it('Secret: type Opaque, stringData merged into data as base64 and never stored (§9.2)', () => {
    const s = create(R.secrets, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, data: { user: 'YWRtaW4=', password: 'b2xk' }, stringData: { password: 's3cr3t' } });
    expect(s.type).toBe('Opaque');
    expect(s.data).toEqual({ user: 'YWRtaW4=', password: 'czNjcjN0' });
    expect(s.stringData).toBeUndefined();
  });

  it('Job: completions/parallelism 1, backoffLimit 6, labels from the template (SetDefaults_Job)', () => {
    const j = create(R.jobs, {
      apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi' },
      spec: { template: { metadata: { labels: { app: 'pi' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl:5.34' }] } } },
    });
    expect(j.spec).toMatchObject({ completions: 1, parallelism: 1, backoffLimit: 6, completionMode: 'NonIndexed', suspend: false, podReplacementPolicy: 'TerminatingOrFailed' });
    expect(j.metadata.labels).toEqual({ app: 'pi' });
  });
});

describe('Job selector generation (pkg/registry/batch/job/strategy.go, reference §4.1)', () => {
  it('labels the template and selects on the Job uid', () => {
    const c = Cluster.create();
    const res = c.client().create(R.jobs, 'default', {
      apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi' },
      spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl:5.34' }] } } },
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const uid = res.value.metadata.uid;
    expect(uid).toBeTruthy();
    const expected = { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': uid, 'job-name': 'pi' };
    expect(res.value.spec.selector).toEqual({ matchLabels: { 'batch.kubernetes.io/controller-uid': uid } });
    expect(res.value.spec.template.metadata.labels).toEqual(expected);
    expect(res.value.metadata.labels).toEqual(expected);
  });

  it('a hand-written selector without manualSelector is rejected', () => {
    const c = Cluster.create();
    const res = c.client().create(R.jobs, 'default', {
      apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi' },
      spec: { selector: { matchLabels: { app: 'pi' } }, template: { metadata: { labels: { app: 'pi' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl:5.34' }] } } },
    });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.status.message).toMatch(/^Job\.batch "pi" is invalid: spec\.selector: Invalid value: v1\.LabelSelector\{MatchLabels:map\[string\]string\{"app":"pi", "batch\.kubernetes\.io\/controller-uid":"[0-9a-f-]+"\}, MatchExpressions:\[\]v1\.LabelSelectorRequirement\(nil\)\}: `selector` not auto-generated$/);
  });
});
