/**
 * Secrets consumed by pods, end to end through kubectl (reference §9.4; kubelet
 * kubelet_pods.go makeEnvironmentVariables, pkg/volume/secret/secret.go): a missing Secret
 * or key keeps the container in CreateContainerConfigError with the kubelet's wording, the
 * pod recovers by itself once the Secret exists, `optional: true` leaves the variable out,
 * and a volume with items shows the decoded value as a file.
 */
import { describe, expect, it } from 'vitest';
import { run, testSession } from '../../testing/index.js';

const pod = (name: string, env: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: c
    image: busybox:1.36
    command: [sh, -c, 'echo P=$PASSWORD; cat /etc/creds/pw 2>/dev/null; sleep 3600']
    env:
${env}${extra}`;

const ref = (secret: string, key: string, optional = false) =>
  `    - name: PASSWORD\n      valueFrom:\n        secretKeyRef:\n          name: ${secret}\n          key: ${key}\n${optional ? '          optional: true\n' : ''}`;

const files = {
  'a.yaml': pod('a', ref('db', 'password')),
  'b.yaml': pod('b', ref('db', 'nokey')),
  'c.yaml': pod('c', ref('nosecret', 'x', true)),
  'd.yaml': pod('d', '    - name: X\n      value: "1"\n', '    volumeMounts:\n    - name: creds\n      mountPath: /etc/creds\n      readOnly: true\n  volumes:\n  - name: creds\n    secret:\n      secretName: db\n      items:\n      - key: password\n        path: pw\n'),
};

const status = (out: string, name: string) => out.split('\n').find((l) => l.startsWith(`${name} `))?.split(/\s+/)[2];

describe('Secrets in pods', () => {
  it('missing Secret / key → CreateContainerConfigError; recovers when the Secret appears; optional refs are skipped', () => {
    const s = testSession({ files });
    run(s, 'kubectl apply -f a.yaml -f b.yaml -f c.yaml');
    s.cluster.advance(15_000);
    let pods = run(s, 'kubectl get pods').stdout;
    expect(status(pods, 'a')).toBe('CreateContainerConfigError');
    expect(status(pods, 'b')).toBe('CreateContainerConfigError');
    expect(status(pods, 'c')).toBe('Running');
    expect(run(s, 'kubectl get events --field-selector involvedObject.name=a').stdout).toContain('Error: secret "db" not found');
    expect(run(s, 'kubectl create secret generic db --from-literal=password=s3cret').stdout).toBe('secret/db created\n');
    s.cluster.advance(15_000);
    pods = run(s, 'kubectl get pods').stdout;
    expect(status(pods, 'a')).toBe('Running');
    expect(status(pods, 'b')).toBe('CreateContainerConfigError');
    expect(run(s, 'kubectl get events --field-selector involvedObject.name=b').stdout).toContain("Error: couldn't find key nokey in Secret default/db");
    expect(run(s, 'kubectl logs a').stdout).toBe('P=s3cret\n');
    expect(run(s, 'kubectl logs c').stdout).toBe('P=\n');
  });

  it('a secret volume with items shows the decoded value; -o jsonpath gives the base64 form', () => {
    const s = testSession({ files });
    run(s, 'kubectl create secret generic db --from-literal=password=s3cret');
    run(s, 'kubectl apply -f d.yaml');
    s.cluster.advance(15_000);
    expect(run(s, 'kubectl logs d').stdout).toBe('P=\ns3cret');
    expect(run(s, 'kubectl exec d -- cat /etc/creds/pw').stdout).toBe('s3cret');
    expect(run(s, "kubectl get secret db -o jsonpath='{.data.password}'").stdout).toBe('czNjcmV0');
  });
});
