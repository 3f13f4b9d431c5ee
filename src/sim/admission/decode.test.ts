/**
 * Decoding as the API server does it. Expected texts come from shared/reference
 * k8s-behavior.md §7.3 (strict decoding, create and patch forms), apimachinery
 * pkg/runtime/error.go (`strict decoding error: ` + comma-joined causes), Go's
 * encoding/json UnmarshalTypeError text, encoding/base64 CorruptInputError, and the seed
 * manifests' typos listed in shared/seeds/ERRATA.md.
 */
import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster.js';
import { R, type ResourceRef } from '../client.js';
import type { KObject } from '../types.js';
import { base64ErrorOffset } from './base64.js';
import { goPlusV, goQuote } from './go-format.js';

const STRICT = { fieldValidation: 'Strict' };

function deployment(container: Record<string, unknown>, extraSpec: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' },
    spec: {
      replicas: 1, selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.16.1', ...container }] } },
      ...extraSpec,
    },
  };
}

function createError(obj: KObject, resource: ResourceRef = R.deployments, query: Record<string, string> = STRICT): { message: string; code: number; reason: string } {
  const c = Cluster.create();
  const res = c.client().create(resource, 'default', obj, query);
  if (res.ok) throw new Error('expected the create to fail');
  return res.status;
}

describe('strict decoding on create (fieldValidation=Strict)', () => {
  it('rejects the seed 004 periodSeonds typo with the exact server text', () => {
    // seed 004 liveness probe; text per reference §7.3
    const s = createError(deployment({ livenessProbe: { exec: { command: ['cat', '/example.txt'] }, initialDelaySeconds: 3, periodSeonds: 5 } }));
    expect(s.code).toBe(400);
    expect(s.reason).toBe('BadRequest');
    expect(s.message).toBe('Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[0].livenessProbe.periodSeonds"');
  });

  it('rejects maxUnavaliable (seed 001) under spec.strategy.rollingUpdate', () => {
    const s = createError(deployment({}, { strategy: { rollingUpdate: { maxSurge: 1, maxUnavaliable: 0 }, type: 'RollingUpdate' } }));
    expect(s.message).toBe('Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.strategy.rollingUpdate.maxUnavaliable"');
  });

  it('rejects the Service `prots` typo (seed 003)', () => {
    const svc: KObject = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'basic-auth' }, spec: { type: 'NodePort', selector: { app: 'basic-auth' }, prots: [{ protocol: 'TCP', port: 80, targetPort: 'http', nodePort: 30060 }] } };
    expect(createError(svc, R.services).message).toBe('Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.prots"');
  });

  it('reports imagePUllPolicy on the second container (seed 003) with its index', () => {
    const d = deployment({});
    d.spec.template.spec.containers.push({ name: 'echo', image: 'gihyodocker/echo:latest', imagePUllPolicy: 'Always', ports: [{ containerPort: 8080 }] });
    expect(createError(d).message).toBe('Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[1].imagePUllPolicy"');
  });

  it('reports initalDelaySeconds (seed 003) and keeps several unknown fields comma-joined in JSON (sorted) order', () => {
    const d = deployment({ livenessProbe: { exec: { command: ['cat', '/live.txt'] }, initalDelaySeconds: 3, periodSeconds: 5 } }, { zzz: 1 });
    d.metadata.nmae = 'x';
    expect(createError(d).message).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "metadata.nmae", '
      + 'unknown field "spec.template.spec.containers[0].livenessProbe.initalDelaySeconds", unknown field "spec.zzz"',
    );
  });

  it('rejects conatiners (seed 003) and a mis-indented top-level name', () => {
    const pod: KObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, name: 'p', spec: { conatiners: [{ name: 'nginx', image: 'nginx' }] } };
    expect(createError(pod, R.pods).message).toBe('Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "name", unknown field "spec.conatiners"');
  });

  it('rejects valueFrom.SecretKeyRef (the field is secretKeyRef) and secretKeyRef outside valueFrom', () => {
    const d = deployment({ env: [{ name: 'A', valueFrom: { SecretKeyRef: { name: 's', key: 'k' } } }, { name: 'B', secretKeyRef: { name: 's', key: 'k' } }] });
    expect(createError(d).message).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: '
      + 'unknown field "spec.template.spec.containers[0].env[0].valueFrom.SecretKeyRef", unknown field "spec.template.spec.containers[0].env[1].secretKeyRef"',
    );
  });

  it('is case-sensitive: a field differing only in case is unknown', () => {
    expect(createError(deployment({ ImagePullPolicy: 'Always' })).message).toContain('unknown field "spec.template.spec.containers[0].ImagePullPolicy"');
  });
});

describe('fieldValidation Warn and Ignore', () => {
  it('Warn saves the object without the field and returns a warning per field', () => {
    const c = Cluster.create();
    const res = c.client().create(R.deployments, 'default', deployment({ livenessProbe: { exec: { command: ['cat'] }, periodSeonds: 5 } }), { fieldValidation: 'Warn' });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.warnings).toEqual(['unknown field "spec.template.spec.containers[0].livenessProbe.periodSeonds"']);
    expect(res.value.spec.template.spec.containers[0].livenessProbe.periodSeonds).toBeUndefined();
    // defaults still apply to the real field
    expect(res.value.spec.template.spec.containers[0].livenessProbe.periodSeconds).toBe(10);
  });

  it('Ignore drops unknown fields silently', () => {
    const c = Cluster.create();
    const res = c.client().create(R.deployments, 'default', deployment({}, { bogus: true }), { fieldValidation: 'Ignore' });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.warnings).toBeUndefined();
    expect(res.value.spec.bogus).toBeUndefined();
  });
});

describe('type errors are decode errors whatever the field validation', () => {
  it('string where int32 is expected (Go encoding/json: innermost struct + JSON path without indices)', () => {
    const d = deployment({ ports: [{ containerPort: '80' }] });
    expect(createError(d, R.deployments, { fieldValidation: 'Ignore' }).message).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32',
    );
  });

  it('spec.replicas as a string', () => {
    const d = deployment({});
    d.spec.replicas = '3';
    expect(createError(d).message).toBe('Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32');
  });

  it('a number label value (a classic YAML mistake: version: 1)', () => {
    const d = deployment({});
    d.metadata.labels = { version: 1 as unknown as string };
    expect(createError(d).message).toBe('Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string');
  });

  it('a number env value', () => {
    const d = deployment({ env: [{ name: 'PORT', value: 8080 }] });
    expect(createError(d).message).toBe('Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number into Go struct field EnvVar.spec.template.spec.containers.env.value of type string');
  });

  it('a fraction into an int32 names the literal', () => {
    const d = deployment({});
    d.spec.replicas = 1.5;
    expect(createError(d).message).toBe('Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number 1.5 into Go struct field DeploymentSpec.spec.replicas of type int32');
  });

  it('a type error wins over unknown fields', () => {
    const d = deployment({ bogus: 1 });
    d.spec.replicas = 'x';
    expect(createError(d).message).toContain('json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32');
  });

  it('a malformed quantity', () => {
    const d = deployment({ resources: { limits: { memory: '1 Gi' } } });
    expect(createError(d).message).toBe("Deployment in version \"v1\" cannot be handled as a Deployment: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  });

  it('numbers are fine quantities', () => {
    const c = Cluster.create();
    expect(c.client().create(R.deployments, 'default', deployment({ resources: { limits: { cpu: 1 } } }), STRICT).ok).toBe(true);
  });

  it('Secret data that is not base64 (encoding/base64 CorruptInputError offset)', () => {
    const s: KObject = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, data: { password: 'mypassword' } };
    // "mypa" "sswo" decode, "rd" ends a quantum early: offset 10 - 2 = 8
    expect(createError(s, R.secrets).message).toBe('Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 8');
  });
});

describe('patch path (kubectl apply to an existing object)', () => {
  it('reports strict errors against the patch: 422 with Go %+v of the patch map', () => {
    const c = Cluster.create();
    expect(c.client().create(R.deployments, 'default', deployment({}), STRICT).ok).toBe(true);
    const patch = { spec: { template: { spec: { containers: [{ name: 'web', livenessProbe: { periodSeonds: 10 } }] } } } };
    const res = c.client().request({ verb: 'patch', ...R.deployments, namespace: 'default', name: 'web', body: patch, patchType: 'application/strategic-merge-patch+json', query: STRICT });
    expect(res.code).toBe(422);
    expect(res.body.reason).toBe('Invalid');
    // reference §7.3: The request is invalid: patch: Invalid value: "map[...]": strict decoding error: ...
    expect(res.body.details.causes[0]).toEqual({
      reason: 'FieldValueInvalid', field: 'patch',
      message: 'Invalid value: "map[spec:map[template:map[spec:map[containers:[map[livenessProbe:map[periodSeonds:10] name:web]]]]]]": strict decoding error: unknown field "spec.template.spec.containers[0].livenessProbe.periodSeonds"',
    });
  });
});

describe('Go renderings', () => {
  it('%+v of a decoded map sorts keys and prints scalars bare', () => {
    expect(goPlusV({ b: [1, 'x'], a: { c: true, d: null } })).toBe('map[a:map[c:true d:<nil>] b:[1 x]]');
  });
  it('%q escapes quotes and newlines', () => {
    expect(goQuote('a"b\nc\\')).toBe('"a\\"b\\nc\\\\"');
  });
  it('base64 offsets follow encoding/base64', () => {
    expect(base64ErrorOffset('aGVsbG8=')).toBe(-1);
    expect(base64ErrorOffset('aGVsbG8')).toBe(4);
    expect(base64ErrorOffset('ab!d')).toBe(2);
    expect(base64ErrorOffset('aGVsbG8=x')).toBe(8);
    expect(base64ErrorOffset('a===')).toBe(1);
  });
});
