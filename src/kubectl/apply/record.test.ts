import { describe, expect, it, vi } from 'vitest';
import { R } from '../../sim/index.js';
import { run, testSession } from '../testing/index.js';

// Only the verbs under test in the table, so the test does not depend on verbs still being written.
vi.mock('../verbs/index.js', async () => ({
  VERBS: [(await import('../verbs/apply.js')).applyVerb, (await import('../verbs/set/index.js')).setVerb, (await import('../verbs/scale.js')).scaleVerb],
}));

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: kubia
spec:
  selector:
    matchLabels: {app: kubia}
  template:
    metadata:
      labels: {app: kubia}
    spec:
      containers:
      - name: nodejs
        image: luksa/kubia:v1
`;

const cause = (s: ReturnType<typeof testSession>) => {
  const d = s.cluster.client().get(R.deployments, 'default', 'kubia');
  return d.ok ? d.value.metadata.annotations?.['kubernetes.io/change-cause'] : undefined;
};

describe('--record (deprecated)', () => {
  // The seeds' real `kubectl rollout history` shows CHANGE-CAUSE
  // `kubectl apply --filename=kubia-deployment-v1.yaml --record=true`; the notice is pflag's.
  it('records the command line as the change-cause and warns that the flag is deprecated', () => {
    const s = testSession({ files: { 'kubia-deployment-v1.yaml': DEPLOY } });
    const r = run(s, 'kubectl apply -f kubia-deployment-v1.yaml --record');
    expect(r.stderr).toBe('Flag --record has been deprecated, --record will be removed in the future\n');
    expect(r.stdout).toBe('deployment.apps/kubia created\n');
    expect(cause(s)).toBe('kubectl apply --filename=kubia-deployment-v1.yaml --record=true');
    run(s, 'kubectl set image deploy kubia nodejs=luksa/kubia:v2 --record');
    expect(cause(s)).toBe('kubectl set image deploy kubia nodejs=luksa/kubia:v2 --record=true');
  });
  it('does nothing without the flag', () => {
    const s = testSession({ files: { 'd.yaml': DEPLOY } });
    run(s, 'kubectl apply -f d.yaml');
    expect(cause(s)).toBeUndefined();
  });
});
