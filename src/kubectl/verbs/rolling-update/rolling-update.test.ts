/**
 * The legacy `kubectl rolling-update` replayed against the real ReplicationController
 * controller with a stand-in kubelet (pods Ready 5 s after creation). Goldens in
 * ../testdata/rolling-update/ come from seed 001's real transcript and reference §3.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../sim/node/index.js', async () => ({
  nodeModelPlugin: (await import('../../testing/ready-kubelet.js')).readyKubeletPlugin(5_000),
}));

import { R, type KObject, type ReplicationController } from '../../../sim/index.js';
import { run, testSession } from '../../testing/index.js';
import type { KubectlSession } from '../../types.js';

function golden(name: string): { command: string; output: string } {
  const text = readFileSync(new URL(`../testdata/rolling-update/${name}`, import.meta.url), 'utf8');
  const lines = text.split('\n').filter((l) => !l.startsWith('#'));
  return { command: lines[0].replace(/^\$ /, ''), output: lines.slice(1).join('\n') };
}

function rc(name: string, app: string, image: string, replicas = 3): ReplicationController {
  return {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name },
    spec: {
      replicas,
      selector: { app },
      template: { metadata: { labels: { app } }, spec: { containers: [{ name: 'nodejs', image }] } },
    },
  };
}

function withRc(obj: ReplicationController): ReturnType<typeof testSession> {
  const s = testSession();
  expect(s.cluster.client().create(R.replicationcontrollers, 'default', obj).ok).toBe(true);
  s.cluster.advance(30_000);
  return s;
}

const pods = (s: KubectlSession): KObject[] => s.cluster.store.list('pods', 'default');

describe('kubectl rolling-update', () => {
  it('replays seed 001: new name, image form', () => {
    const s = withRc(rc('kubia-v1', 'kubia', 'luksa/kubia:v1'));
    const oldPods = pods(s).map((p) => p.metadata.name);
    const g = golden('seed001-image-new-name.txt');
    const start = s.cluster.now();
    const r = run(s, g.command);
    expect(r.combined).toBe(g.output);
    expect(r.stderr).toBe('Command "rolling-update" is deprecated, use "rollout" instead\n');
    expect(r.code).toBe(0);
    // Three update periods of one minute each passed on the virtual clock.
    expect(s.cluster.now() - start).toBeGreaterThanOrEqual(3 * 60_000);
    expect(s.cluster.store.get('replicationcontrollers', 'default', 'kubia-v1')).toBeUndefined();
    const v2 = s.cluster.store.get('replicationcontrollers', 'default', 'kubia-v2') as ReplicationController;
    const hash = v2.spec.selector!.deployment;
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    expect(v2.spec.template!.metadata!.labels).toEqual({ app: 'kubia', deployment: hash });
    expect(v2.metadata.annotations?.['kubectl.kubernetes.io/desired-replicas']).toBeUndefined();
    s.cluster.advance(60_000);
    const now = pods(s);
    expect(now).toHaveLength(3);
    // seed: `app=kubia,deployment=32420f1af8ceda00fc6329e6ba90ec93` on every new pod
    for (const p of now) expect(p.metadata.labels).toEqual({ app: 'kubia', deployment: hash });
    expect(now.some((p) => oldPods.includes(p.metadata.name))).toBe(false);
  });

  it('labels the old controller, its template and its pods with deployment=<hash>-orig before scaling', () => {
    const s = withRc(rc('kubia-v1', 'kubia', 'luksa/kubia:v1'));
    const seen: Record<string, string>[] = [];
    const stop = s.cluster.api.watch({ verb: 'watch', group: '', resource: 'replicationcontrollers', namespace: 'default', name: 'kubia-v1' }, (e) => {
      if (e.type === 'MODIFIED') seen.push({ ...(e.object.spec.selector ?? {}) });
    });
    run(s, 'kubectl rolling-update kubia-v1 kubia-v2 --image=luksa/kubia:v2 --update-period=10s');
    stop();
    const withKey = seen.find((sel) => sel.deployment);
    expect(withKey?.deployment).toMatch(/^[0-9a-f]{32}-orig$/);
  });

  it('keeps the old name: delete, then rename (reference §3 output)', () => {
    const s = withRc(rc('frontend', 'frontend', 'nginx:1.25'));
    const g = golden('keep-name.txt');
    const r = run(s, g.command);
    expect(r.code).toBe(0);
    const hash = /Created frontend-([0-9a-f]{32})\n/.exec(r.stdout)?.[1];
    expect(hash).toBeDefined();
    expect(r.combined).toBe(g.output.replaceAll('<HASH>', hash!));
    s.cluster.advance(60_000);
    const renamed = s.cluster.store.get('replicationcontrollers', 'default', 'frontend') as ReplicationController;
    expect(renamed.spec.template!.spec.containers[0].image).toBe('nginx:1.27');
    expect(s.cluster.store.get('replicationcontrollers', 'default', `frontend-${hash}`)).toBeUndefined();
    expect(pods(s)).toHaveLength(3);
  });

  it('usage errors and the same-image rule', () => {
    const s = withRc(rc('kubia-v1', 'kubia', 'luksa/kubia:v1'));
    expect(run(s, 'kubectl rolling-update kubia-v1')).toMatchObject({
      code: 1,
      stderr: 'Command "rolling-update" is deprecated, use "rollout" instead\nerror: Must specify --filename or --image for new controller\nSee \'kubectl rolling-update -h\' for help and examples\n',
    });
    expect(run(s, 'kubectl rolling-update kubia-v1 --image=luksa/kubia:v1').stderr).toBe(
      'Command "rolling-update" is deprecated, use "rollout" instead\nerror: --image-pull-policy (Always|Never|IfNotPresent) must be provided when --image is the same as existing container image\n',
    );
    expect(run(s, 'kubectl rolling-update nope --image=x:1 nope2').stderr).toBe(
      'Command "rolling-update" is deprecated, use "rollout" instead\nError from server (NotFound): replicationcontrollers "nope" not found\n',
    );
  });

  it('-f form: the new controller must change the value of a shared selector key', () => {
    const s = withRc({ ...rc('kubia-v1', 'kubia', 'luksa/kubia:v1'), spec: { replicas: 2, selector: { app: 'kubia', version: 'v1' }, template: { metadata: { labels: { app: 'kubia', version: 'v1' } }, spec: { containers: [{ name: 'nodejs', image: 'luksa/kubia:v1' }] } } } });
    const manifest = (selector: string) => `apiVersion: v1
kind: ReplicationController
metadata:
  name: kubia-v2
spec:
  selector:
${selector}
  template:
    metadata:
      labels:
${selector.replace(/^/gm, '    ')}
    spec:
      containers:
      - name: nodejs
        image: luksa/kubia:v2
`;
    s.files.write('same.yaml', manifest('    app: kubia'));
    expect(run(s, 'kubectl rolling-update kubia-v1 -f same.yaml').stderr).toBe(
      'Command "rolling-update" is deprecated, use "rollout" instead\nerror: same.yaml must specify a matching key with non-equal value in Selector for kubia-v1\n',
    );
    s.files.write('v2.yaml', manifest('    app: kubia\n    version: v2'));
    const r = run(s, 'kubectl rolling-update kubia-v1 -f v2.yaml --update-period=5s');
    expect(r.stdout).toBe([
      'Created kubia-v2',
      // replicas omitted in the file: the old controller's count is used
      "Scaling up kubia-v2 from 0 to 2, scaling down kubia-v1 from 2 to 0 (keep 2 pods available, don't exceed 3 pods)",
      'Scaling kubia-v2 up to 1',
      'Scaling kubia-v1 down to 1',
      'Scaling kubia-v2 up to 2',
      'Scaling kubia-v1 down to 0',
      'Update succeeded. Deleting old controller: kubia-v1',
      'Renaming kubia-v2 to kubia-v1',
      'replicationcontroller/kubia-v1 rolling updated',
      '',
    ].join('\n'));
    s.cluster.advance(60_000);
    expect(pods(s).map((p) => p.metadata.labels)).toEqual([{ app: 'kubia', version: 'v2' }, { app: 'kubia', version: 'v2' }]);
  });

  it('--dry-run prints both names and changes nothing', () => {
    const s = withRc(rc('kubia-v1', 'kubia', 'luksa/kubia:v1'));
    const r = run(s, 'kubectl rolling-update kubia-v1 kubia-v2 --image=luksa/kubia:v2 --dry-run=client');
    expect(r.stdout).toBe('Rolling from:\nkubia-v1\nTo:\nkubia-v2\n');
    expect(s.cluster.store.get('replicationcontrollers', 'default', 'kubia-v2')).toBeUndefined();
  });

  it('is hidden from `kubectl --help`', () => {
    const s = testSession();
    expect(run(s, 'kubectl --help').stdout).not.toContain('rolling-update');
  });
});
