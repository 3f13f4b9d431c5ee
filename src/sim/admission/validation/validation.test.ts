/**
 * Validation through a real Cluster. Expected texts: shared/reference k8s-behavior.md §1.1,
 * §4.1, §7.1, §7.2, §7.4 and §9.1, and the upstream sources they cite
 * (kubernetes/kubernetes pkg/apis/apps/validation/validation.go, pkg/apis/core/validation/
 * validation.go; kubernetes/apimachinery v0.33.0 pkg/util/validation/validation.go,
 * pkg/util/validation/field/errors.go).
 */
import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster.js';
import { R } from '../../client.js';
import type { KObject } from '../../types.js';

const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

function deployment(over: { name?: string; labels?: Record<string, string>; selector?: unknown; spec?: Record<string, unknown>; podSpec?: Record<string, unknown>; containers?: unknown[] } = {}): KObject {
  const labels = over.labels ?? { app: 'web' };
  return {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: over.name ?? 'web' },
    spec: {
      replicas: 3,
      ...('selector' in over ? (over.selector === undefined ? {} : { selector: over.selector }) : { selector: { matchLabels: { app: 'web' } } }),
      template: { metadata: { labels }, spec: { containers: over.containers ?? [{ name: 'web', image: 'nginx:1.16.1' }], ...over.podSpec } },
      ...over.spec,
    },
  };
}

function fail(resource: { group: string; resource: string }, obj: KObject, c = Cluster.create()): { message: string; code: number; reason: string } {
  const res = c.client().create(resource, obj.metadata.namespace ?? (resource === R.namespaces ? undefined : 'default'), obj, { fieldValidation: 'Strict' });
  if (res.ok) throw new Error('expected the create to fail');
  return res.status;
}

describe('object names (§7.4)', () => {
  it('Deployment name must be a DNS-1123 subdomain', () => {
    const s = fail(R.deployments, deployment({ name: 'My_App' }));
    expect(s.code).toBe(422);
    expect(s.reason).toBe('Invalid');
    expect(s.message).toBe(`Deployment.apps "My_App" is invalid: metadata.name: Invalid value: "My_App": ${SUBDOMAIN_MSG}`);
  });

  it('Service name must be a DNS-1035 label', () => {
    const s = fail(R.services, { apiVersion: 'v1', kind: 'Service', metadata: { name: '1web' }, spec: { ports: [{ port: 80 }] } });
    expect(s.message).toBe(`Service "1web" is invalid: metadata.name: Invalid value: "1web": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`);
  });

  it('Namespace name must be a DNS-1123 label (dots are called out)', () => {
    expect(fail(R.namespaces, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a.b' } }).message).toBe('Namespace "a.b" is invalid: metadata.name: Invalid value: "a.b": must not contain dots');
    expect(fail(R.namespaces, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'Dev' } }).message).toBe(`Namespace "Dev" is invalid: metadata.name: Invalid value: "Dev": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`);
  });

  it('a missing name', () => {
    const d = deployment();
    delete d.metadata.name;
    expect(fail(R.deployments, d).message).toBe('Deployment.apps "" is invalid: metadata.name: Required value: name or generateName is required');
  });

  it('label keys and values', () => {
    const d = deployment();
    d.metadata.labels = { 'app/x/y': 'ok', tier: 'front end' };
    expect(fail(R.deployments, d).message).toBe(
      `Deployment.apps "web" is invalid: [metadata.labels: Invalid value: "app/x/y": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName'), `
      + `metadata.labels: Invalid value: "front end": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')]`,
    );
  });
});

describe('Deployment (§1.1, §7.2)', () => {
  it('selector does not match template labels', () => {
    expect(fail(R.deployments, deployment({ labels: { app: 'web-server' } })).message).toBe(
      'Deployment.apps "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"web-server"}: `selector` does not match template `labels`',
    );
  });

  it('missing selector', () => {
    expect(fail(R.deployments, deployment({ selector: undefined })).message).toBe('Deployment.apps "web" is invalid: spec.selector: Required value');
  });

  it('template restartPolicy must be Always', () => {
    expect(fail(R.deployments, deployment({ podSpec: { restartPolicy: 'Never' } })).message).toBe(
      'Deployment.apps "web" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
    );
  });

  it('maxSurge and maxUnavailable both 0 (≤1.33 renders the IntOrString in Go syntax)', () => {
    expect(fail(R.deployments, deployment({ spec: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } } } })).message).toBe(
      'Deployment.apps "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0',
    );
  });

  it('maxUnavailable over 100%', () => {
    expect(fail(R.deployments, deployment({ spec: { strategy: { rollingUpdate: { maxUnavailable: '110%' } } } })).message).toBe(
      'Deployment.apps "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"110%"}: must not be greater than 100%',
    );
  });

  it('negative replicas', () => {
    expect(fail(R.deployments, deployment({ spec: { replicas: -1 } })).message).toBe('Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0');
  });

  it('Recreate with a rollingUpdate block', () => {
    expect(fail(R.deployments, deployment({ spec: { strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } } })).message).toBe(
      "Deployment.apps \"web\" is invalid: spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
    );
  });

  it('changing the selector: labels mismatch first, then field is immutable', () => {
    const c = Cluster.create();
    const created = c.client().create(R.deployments, 'default', deployment(), { fieldValidation: 'Strict' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const next = structuredClone(created.value) as KObject;
    next.spec.selector = { matchLabels: { app: 'web2' } };
    const res = c.client().update(R.deployments, next);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.status.message).toBe(
      'Deployment.apps "web" is invalid: [spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`, '
      + 'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web2"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable]',
    );
  });
});

describe('Pod spec', () => {
  it('containers required', () => {
    expect(fail(R.deployments, deployment({ containers: [] })).message).toBe('Deployment.apps "web" is invalid: spec.template.spec.containers: Required value');
  });

  it('container name and image required, duplicate names, port range, successThreshold', () => {
    const s = fail(R.pods, {
      apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' },
      spec: {
        containers: [
          { name: 'a', image: 'nginx', ports: [{ containerPort: 70000 }], livenessProbe: { exec: { command: ['true'] }, successThreshold: 2 } },
          { name: 'a' },
          { image: 'nginx', readinessProbe: { periodSeconds: 3 } },
        ],
        restartPolicy: 'Sometimes',
      },
    });
    expect(s.message).toBe(
      'Pod "p" is invalid: [spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive, '
      + 'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1, '
      + 'spec.containers[1].image: Required value, '
      + 'spec.containers[1].name: Duplicate value: "a", '
      + 'spec.containers[2].name: Required value, '
      + 'spec.containers[2].readinessProbe: Required value: must specify a handler type, '
      + 'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"]',
    );
  });

  it('more than one probe handler', () => {
    const s = fail(R.pods, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'nginx', livenessProbe: { exec: { command: ['x'] }, httpGet: { port: 80 } } }] } });
    expect(s.message).toBe('Pod "p" is invalid: spec.containers[0].livenessProbe.httpGet: Forbidden: may not specify more than 1 handler type');
  });

  it('a volumeMount naming no volume', () => {
    const s = fail(R.pods, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { automountServiceAccountToken: false, containers: [{ name: 'c', image: 'nginx', volumeMounts: [{ name: 'creds', mountPath: '/etc/creds' }] }] } });
    expect(s.message).toBe('Pod "p" is invalid: spec.containers[0].volumeMounts[0].name: Not found: "creds"');
  });

  it('pod updates may change only the image (and a few more fields)', () => {
    const c = Cluster.create();
    const created = c.client().create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'nginx:1.16.1', ports: [{ containerPort: 80 }] }] } });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const image = structuredClone(created.value) as KObject;
    image.spec.containers[0].image = 'nginx:1.17.0';
    expect(c.client().update(R.pods, image).ok).toBe(true);
    const port = structuredClone(c.client().get(R.pods, 'default', 'p')) as { ok: true; value: KObject };
    port.value.spec.containers[0].ports[0].containerPort = 8080;
    const res = c.client().update(R.pods, port.value);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.status.message).toMatch(/^Pod "p" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers\[\*\].image`,`spec.initContainers\[\*\].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` \(only additions to existing tolerations\),`spec.terminationGracePeriodSeconds` \(allow it to be set to 1 if it was previously negative\)/);
  });
});

describe('Job, RC, Service, ConfigMap, Secret', () => {
  it('Job restartPolicy Always (§4.1)', () => {
    const s = fail(R.jobs, { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi' }, spec: { template: { spec: { containers: [{ name: 'pi', image: 'perl' }] } } } });
    expect(s.message).toBe('Job.batch "pi" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"');
  });

  it('RC selector must match the template labels', () => {
    const s = fail(R.replicationcontrollers, { apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'kubia' }, spec: { selector: { app: 'kubia' }, template: { metadata: { labels: { app: 'other' } }, spec: { containers: [{ name: 'c', image: 'luksa/kubia:v1' }] } } } });
    expect(s.message).toBe('ReplicationController "kubia" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`');
  });

  it('Service without ports; several unnamed ports; bad type', () => {
    expect(fail(R.services, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a' }, spec: { selector: { app: 'a' } } }).message).toBe('Service "a" is invalid: spec.ports: Required value');
    expect(fail(R.services, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a' }, spec: { ports: [{ port: 80 }, { port: 443 }] } }).message).toBe('Service "a" is invalid: [spec.ports[0].name: Required value, spec.ports[1].name: Required value]');
    expect(fail(R.services, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a' }, spec: { type: 'Nodeport', ports: [{ port: 80 }] } }).message).toBe('Service "a" is invalid: spec.type: Unsupported value: "Nodeport": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"');
  });

  it('NodePort outside the range', () => {
    expect(fail(R.services, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a' }, spec: { type: 'NodePort', ports: [{ port: 80, nodePort: 80 }] } }).message).toBe(
      'Service "a" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
  });

  it('Secret keys are config keys, type is immutable, tls needs its keys (§9.1)', () => {
    expect(fail(R.secrets, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { 'bad key': 'x' } }).message).toBe(
      "Secret \"s\" is invalid: data[bad key]: Invalid value: \"bad key\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
    );
    expect(fail(R.secrets, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 't' }, type: 'kubernetes.io/tls', data: {} }).message).toBe('Secret "t" is invalid: [data[tls.crt]: Required value, data[tls.key]: Required value]');
    const c = Cluster.create();
    const created = c.client().create(R.secrets, 'default', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { a: 'b' } });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const res = c.client().update(R.secrets, { ...structuredClone(created.value), type: 'kubernetes.io/basic-auth', data: { username: 'YQ==' } } as KObject);
    expect(res.ok ? '' : res.status.message).toBe('Secret "s" is invalid: type: Invalid value: "kubernetes.io/basic-auth": field is immutable');
  });

  it('immutable ConfigMap data', () => {
    const c = Cluster.create();
    const created = c.client().create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, immutable: true, data: { a: '1' } });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const res = c.client().update(R.configmaps, { ...structuredClone(created.value), data: { a: '2' } } as KObject);
    expect(res.ok ? '' : res.status.message).toBe('ConfigMap "cfg" is invalid: data: Forbidden: field is immutable when `immutable` is set');
  });
});

describe('create warnings', () => {
  it('a Job whose name is no DNS label gets the strategy warning (reference §4.1)', () => {
    const c = Cluster.create();
    const res = c.client().create(R.jobs, 'default', { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi.v1' }, spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl' }] } } } });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.warnings).toEqual(['metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]']);
  });
});

describe('CronJob schedule (robfig/cron/v3 parser messages)', () => {
  const cj = (schedule: string, name = 'hello'): KObject => ({
    apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name },
    spec: { schedule, jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'hello', image: 'busybox' }] } } } } },
  });
  it('accepts five fields and descriptors', () => {
    const c = Cluster.create();
    expect(c.client().create(R.cronjobs, 'default', cj('*/1 * * * *')).ok).toBe(true);
    expect(c.client().create(R.cronjobs, 'default', cj('@hourly', 'h2')).ok).toBe(true);
  });
  it('rejects a wrong field count and out-of-range values', () => {
    expect(fail(R.cronjobs, cj('* * *')).message).toBe('CronJob.batch "hello" is invalid: spec.schedule: Invalid value: "* * *": expected exactly 5 fields, found 3: [* * *]');
    expect(fail(R.cronjobs, cj('60 * * * *')).message).toBe('CronJob.batch "hello" is invalid: spec.schedule: Invalid value: "60 * * * *": end of range (60) above maximum (59): 60');
  });
});
