/**
 * `kubectl rollout` transcripts against the real Deployment/ReplicaSet controllers with a
 * stand-in kubelet (pods Ready 5 s after creation). Expected text: shared/reference
 * k8s-behavior.md §1.9, §1.10, §6.2, §6.3, checked against kubernetes/kubectl v0.33.0
 * pkg/cmd/rollout/*.go and pkg/polymorphichelpers/{history,rollback,rollout_status,
 * objectpauser,objectresumer,objectrestarter}.go.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../sim/node/index.js', async () => ({
  nodeModelPlugin: (await import('../../testing/ready-kubelet.js')).readyKubeletPlugin(5_000),
}));

import { R, type Deployment, type KObject } from '../../../sim/index.js';
import { run, testSession } from '../../testing/index.js';
import type { KubectlSession } from '../../types.js';

const CAUSE = 'kubernetes.io/change-cause';

function deployment(name: string, replicas: number, image: string): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image }] } },
    },
  };
}

/** What `kubectl set image ... --record` / `kubectl annotate` would leave: new image plus a change-cause. */
function setImage(s: KubectlSession, name: string, image: string, cause?: string): void {
  const patch: Record<string, unknown> = { spec: { template: { spec: { containers: [{ name: 'nginx', image }] } } } };
  if (cause) patch.metadata = { annotations: { [CAUSE]: cause } };
  const r = s.cluster.client().patch(R.deployments, 'default', name, patch, 'application/strategic-merge-patch+json');
  expect(r.ok).toBe(true);
}

function rolledOut(image = 'nginx:1.16.1'): ReturnType<typeof testSession> {
  const s = testSession();
  expect(s.cluster.client().create(R.deployments, 'default', deployment('web', 3, image)).ok).toBe(true);
  s.cluster.advance(30_000);
  return s;
}

function replicaSets(s: KubectlSession): KObject[] {
  return s.cluster.store.list('replicasets.apps', 'default');
}

function rsOfRevision(s: KubectlSession, rev: number): KObject {
  const rs = replicaSets(s).find((r) => r.metadata.annotations?.['deployment.kubernetes.io/revision'] === String(rev));
  expect(rs).toBeDefined();
  return rs!;
}

describe('rollout status', () => {
  it('prints a line per watch event and ends with the success line', () => {
    const s = rolledOut();
    setImage(s, 'web', 'nginx:1.17.0');
    const r = run(s, 'kubectl rollout status deployment/web');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('deployment "web" successfully rolled out');
    const allowed = [
      /^Waiting for deployment "web" rollout to finish: [0-3] out of 3 new replicas have been updated\.\.\.$/,
      /^Waiting for deployment "web" rollout to finish: [1-3] old replicas are pending termination\.\.\.$/,
      /^Waiting for deployment "web" rollout to finish: [0-2] of 3 updated replicas are available\.\.\.$/,
      /^Waiting for deployment spec update to be observed\.\.\.$/,
    ];
    for (const l of lines.slice(0, -1)) expect(allowed.some((re) => re.test(l)), l).toBe(true);
    // reference §6.2 typical run, once repeated lines are folded
    const folded = lines.filter((l, i) => l !== lines[i - 1]);
    expect(folded).toEqual(expect.arrayContaining([
      'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...',
      'Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...',
      'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...',
    ]));
    expect(folded.indexOf('Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...'))
      .toBeLessThan(folded.indexOf('Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...'));
  });

  it('a finished rollout prints only the success line', () => {
    const s = rolledOut();
    expect(run(s, 'kubectl rollout status deploy web')).toMatchObject({ code: 0, stdout: 'deployment "web" successfully rolled out\n', stderr: '' });
  });

  it('--watch=false prints the current state once and exits 0', () => {
    const s = rolledOut();
    setImage(s, 'web', 'nginx:1.17.0');
    // The controller has not observed the new generation yet.
    expect(run(s, 'kubectl rollout status deployment/web -w=false')).toMatchObject({ code: 0, stdout: 'Waiting for deployment spec update to be observed...\n' });
    s.cluster.settle();
    const r = run(s, 'kubectl rollout status deployment/web --watch=false');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...\n');
  });

  it('--timeout on a paused rollout ends with the timeout error', () => {
    const s = rolledOut();
    expect(run(s, 'kubectl rollout pause deployment/web').code).toBe(0);
    setImage(s, 'web', 'nginx:1.17.0');
    const start = s.cluster.now();
    const r = run(s, 'kubectl rollout status deployment/web --timeout=30s');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: timed out waiting for the condition\n');
    expect(s.cluster.now() - start).toBe(30_000);
  });

  it('without --timeout a rollout that cannot finish is cut off after ten watch windows, as if interrupted', () => {
    const s = rolledOut();
    run(s, 'kubectl rollout pause deployment/web');
    setImage(s, 'web', 'nginx:1.17.0');
    const start = s.cluster.now();
    const r = run(s, 'kubectl rollout status deployment/web');
    expect(r.code).toBe(130);
    expect(r.stderr).toBe('');
    // 10 × the 60 s watch window, but never less than progressDeadlineSeconds (600) + 60 s
    expect(s.cluster.now() - start).toBe(660_000);
  });

  it('--revision that is not the running one', () => {
    const s = rolledOut();
    const r = run(s, 'kubectl rollout status deployment/web --revision=3');
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: 'error: desired revision (3) is different from the running revision (1)\n' });
  });

  it('errors: not found, no viewer, no resource, several objects', () => {
    const s = rolledOut();
    expect(run(s, 'kubectl rollout status deployment/nope').stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    const rs = replicaSets(s)[0].metadata.name;
    expect(run(s, `kubectl rollout status rs/${rs}`).stderr).toBe('error: no status viewer has been implemented for ReplicaSet.apps\n');
    expect(run(s, 'kubectl rollout status').stderr).toBe('error: required resource not specified\n');
    s.cluster.client().create(R.deployments, 'default', deployment('api', 1, 'nginx'));
    expect(run(s, 'kubectl rollout status deployment').stderr).toBe('error: rollout status is only supported on individual resources and resource collections - 2 resources were found\n');
  });
});

describe('rollout history', () => {
  it('lists revisions with their change-cause (§6.3 layout, trailing space and blank line)', () => {
    const s = rolledOut();
    setImage(s, 'web', 'nginx:1.27', 'kubectl set image deployment/web nginx=nginx:1.27 --record=true');
    s.cluster.advance(60_000);
    const r = run(s, 'kubectl rollout history deployment/web');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe([
      'deployment.apps/web ',
      'REVISION  CHANGE-CAUSE',
      '1         <none>',
      '2         kubectl set image deployment/web nginx=nginx:1.27 --record=true',
      '',
      '',
    ].join('\n'));
  });

  it('--revision prints the pod template with raw tabs', () => {
    const s = rolledOut();
    setImage(s, 'web', 'nginx:1.27', 'kubectl set image deployment/web nginx=nginx:1.27 --record=true');
    s.cluster.advance(60_000);
    const hash = rsOfRevision(s, 2).metadata.labels!['pod-template-hash'];
    const r = run(s, 'kubectl rollout history deployment/web --revision=2');
    expect(r.stdout).toBe([
      'deployment.apps/web with revision #2',
      'Pod Template:',
      '  Labels:\tapp=web',
      `\tpod-template-hash=${hash}`,
      '  Annotations:\tkubernetes.io/change-cause: kubectl set image deployment/web nginx=nginx:1.27 --record=true',
      '  Containers:',
      '   nginx:',
      '    Image:\tnginx:1.27',
      '    Port:\t<none>',
      '    Host Port:\t<none>',
      '    Environment:\t<none>',
      '    Mounts:\t<none>',
      '  Volumes:\t<none>',
      '  Node-Selectors:\t<none>',
      '  Tolerations:\t<none>',
      '',
      '',
    ].join('\n'));
    expect(run(s, 'kubectl rollout history deployment/web --revision=7')).toMatchObject({ code: 1, stderr: 'error: unable to find the specified revision\n' });
  });

  it('-o with --revision prints that ReplicaSet', () => {
    const s = rolledOut();
    const rs = rsOfRevision(s, 1).metadata.name;
    expect(run(s, 'kubectl rollout history deployment/web --revision=1 -o name').stdout).toBe(`replicaset.apps/${rs}\n`);
    expect(run(s, 'kubectl rollout history deployment/web --revision=1 -o jsonpath={.spec.template.spec.containers[0].image}').stdout).toBe('nginx:1.16.1');
    // cli-runtime v0.33.0 pkg/genericclioptions/print_flags.go NoCompatiblePrinterError (formats sorted)
    expect(run(s, 'kubectl rollout history deployment/web -o wide').stderr).toBe('error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n');
  });
});

describe('rollout undo', () => {
  function threeRevisions(): KubectlSession {
    const s = rolledOut('nginx:1.25');
    setImage(s, 'web', 'nginx:1.26');
    s.cluster.advance(60_000);
    setImage(s, 'web', 'nginx:1.27');
    s.cluster.advance(60_000);
    return s;
  }

  it('goes back to the previous revision, which is renumbered (history 1 2 3 → 1 3 4, §1.9)', () => {
    const s = threeRevisions();
    const r = run(s, 'kubectl rollout undo deployment/web');
    expect(r).toMatchObject({ code: 0, stdout: 'deployment.apps/web rolled back\n', stderr: '' });
    s.cluster.advance(60_000);
    const d = s.cluster.store.get('deployments.apps', 'default', 'web') as Deployment;
    expect(d.spec.template.spec.containers[0].image).toBe('nginx:1.26');
    expect(run(s, 'kubectl rollout history deploy/web').stdout).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n3         <none>\n4         <none>\n\n');
    expect(rsOfRevision(s, 4).metadata.annotations!['deployment.kubernetes.io/revision-history']).toBe('2');
  });

  it('--to-revision, unknown revisions, skipped rollback', () => {
    const s = threeRevisions();
    expect(run(s, 'kubectl rollout undo deployment/web --to-revision=9')).toMatchObject({ code: 1, stderr: 'error: unable to find specified revision 9 in history\n' });
    expect(run(s, 'kubectl rollout undo deployment/web --to-revision=3')).toMatchObject({
      code: 0, stdout: 'deployment.apps/web skipped rollback (current template already matches revision 3)\n',
    });
    expect(run(s, 'kubectl rollout undo deployment/web --to-revision=1').stdout).toBe('deployment.apps/web rolled back\n');
    s.cluster.advance(60_000);
    expect((s.cluster.store.get('deployments.apps', 'default', 'web') as Deployment).spec.template.spec.containers[0].image).toBe('nginx:1.25');
  });

  it('no previous revision, paused deployment', () => {
    const s = rolledOut();
    expect(run(s, 'kubectl rollout undo deployment/web').stderr).toBe('error: no rollout history found for deployment "web"\n');
    setImage(s, 'web', 'nginx:1.17.0');
    s.cluster.advance(60_000);
    run(s, 'kubectl rollout pause deployment/web');
    expect(run(s, 'kubectl rollout undo deployment/web').stderr)
      .toBe("error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n");
  });

  it('--dry-run=client prints the target template through the name printer and changes nothing', () => {
    const s = threeRevisions();
    const before = s.cluster.store.get('deployments.apps', 'default', 'web')!.metadata.resourceVersion;
    const hash = rsOfRevision(s, 2).metadata.labels!['pod-template-hash'];
    const r = run(s, 'kubectl rollout undo deployment/web --dry-run=client');
    expect(r.stdout).toBe(`deployment.apps/web Pod Template:\n  Labels:\tapp=web\n\tpod-template-hash=${hash}\n  Containers:\n   nginx:\n    Image:\tnginx:1.26\n    Port:\t<none>\n    Host Port:\t<none>\n    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n (dry run)\n`);
    expect(s.cluster.store.get('deployments.apps', 'default', 'web')!.metadata.resourceVersion).toBe(before);
  });
});

describe('rollout pause / resume / restart', () => {
  it('pause and resume, with the already/not paused errors', () => {
    const s = rolledOut();
    expect(run(s, 'kubectl rollout pause deployment/web')).toMatchObject({ code: 0, stdout: 'deployment.apps/web paused\n' });
    expect((s.cluster.store.get('deployments.apps', 'default', 'web') as Deployment).spec.paused).toBe(true);
    expect(run(s, 'kubectl rollout pause deployment/web')).toMatchObject({ code: 1, stdout: '', stderr: 'error: deployments.apps "web" is already paused\n' });
    expect(run(s, 'kubectl rollout resume deployment/web')).toMatchObject({ code: 0, stdout: 'deployment.apps/web resumed\n' });
    expect(run(s, 'kubectl rollout resume deployment/web')).toMatchObject({ code: 1, stderr: 'error: deployments.apps "web" is not paused\n' });
    const rs = replicaSets(s)[0].metadata.name;
    expect(run(s, `kubectl rollout pause rs/${rs}`).stderr).toBe(`error: replicasets.apps "${rs}" pausing is not supported\n`);
  });

  it('restart stamps restartedAt with the virtual time; a second restart in the same second fails', () => {
    const s = rolledOut();
    const r = run(s, 'kubectl rollout restart deployment/web');
    expect(r).toMatchObject({ code: 0, stdout: 'deployment.apps/web restarted\n' });
    const d = s.cluster.store.get('deployments.apps', 'default', 'web') as Deployment;
    expect(d.spec.template.metadata!.annotations!['kubectl.kubernetes.io/restartedAt']).toBe(new Date(Math.floor(s.cluster.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
    expect(run(s, 'kubectl rollout restart deployment/web')).toMatchObject({
      code: 1,
      stderr: 'error: failed to create patch for web: if restart has already been triggered within the past second, please wait before attempting to trigger another\n',
    });
    s.cluster.advance(60_000);
    expect(replicaSets(s)).toHaveLength(2);
    run(s, 'kubectl rollout pause deployment/web');
    expect(run(s, 'kubectl rollout restart deployment/web').stderr).toBe(`error: deployments.apps "web" can't restart paused deployment (run rollout resume first)\n`);
  });

  it('-f names the objects from a manifest', () => {
    const s = rolledOut();
    s.files.write('web.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n');
    expect(run(s, 'kubectl rollout pause -f web.yaml')).toMatchObject({ code: 0, stdout: 'deployment.apps/web paused\n' });
    expect(run(s, 'kubectl rollout status -f web.yaml').stdout).toBe('deployment "web" successfully rolled out\n');
  });

  it('restart with a bare type acts on every deployment; an empty namespace says so', () => {
    const s = rolledOut();
    s.cluster.client().create(R.deployments, 'default', deployment('api', 1, 'nginx'));
    expect(run(s, 'kubectl rollout restart deployment').stdout).toBe('deployment.apps/api restarted\ndeployment.apps/web restarted\n');
    expect(run(s, 'kubectl rollout restart deployment -n kube-public')).toMatchObject({ code: 0, stdout: '', stderr: 'No resources found in kube-public namespace.\n' });
  });
});
