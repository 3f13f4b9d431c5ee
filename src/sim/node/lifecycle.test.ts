import { describe, expect, it } from 'vitest';
import { cluster, create, events, getPod, pod, reasonOf, track, logs } from './test-helpers.js';

describe('kubelet lifecycle (reference §5.1, §5.2, §5.5, §5.6)', () => {
  it('goes Pending → ContainerCreating → Running with the 1.33 kubelet events', () => {
    const c = cluster();
    const seen = track(c, 'web', reasonOf);
    create(c, pod('web', [{ name: 'nginx', image: 'nginx:1.14.2' }]));
    c.advance(10_000);
    expect(seen.map(([, r]) => r)).toEqual(['Pending', 'ContainerCreating', 'Running']);
    const p = getPod(c, 'web')!;
    expect(p.status?.phase).toBe('Running');
    expect(p.status?.podIP).toMatch(/^10\.244\.[12]\.\d+$/);
    expect(p.status?.conditions?.map((x) => `${x.type}=${x.status}`)).toEqual([
      'PodReadyToStartContainers=True', 'Initialized=True', 'Ready=True', 'ContainersReady=True', 'PodScheduled=True',
    ]);
    const cs = p.status!.containerStatuses![0];
    expect(cs.image).toBe('docker.io/library/nginx:1.14.2');
    expect(cs.imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
    expect(cs.containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    // Real 1.33 kind output for an nginx pod: `resources: {}` and root with supplementalGroups [0].
    expect(cs.resources).toEqual({});
    expect(cs.user).toEqual({ linux: { uid: 0, gid: 0, supplementalGroups: [0] } });
    // pkg/kubelet/images/image_manager.go and kuberuntime_container.go (1.33 wording).
    const msgs = events(c, 'web').map((e) => `${e.reason}: ${e.message}`);
    expect(msgs[0]).toBe(`Scheduled: Successfully assigned default/web to ${p.spec.nodeName}`);
    expect(msgs[1]).toBe('Pulling: Pulling image "nginx:1.14.2"');
    expect(msgs[2]).toMatch(/^Pulled: Successfully pulled image "nginx:1\.14\.2" in [\d.]+m?s \([\d.]+m?s including waiting\)\. Image size: \d+ bytes\.$/);
    expect(msgs.slice(3)).toEqual(['Created: Created container: nginx', 'Started: Started container nginx']);
    expect(events(c, 'web').find((e) => e.reason === 'Started')!.involvedObject.fieldPath).toBe('spec.containers{nginx}');
  });

  it('says the image is already present the second time on a node (IfNotPresent)', () => {
    const c = cluster();
    create(c, pod('a', [{ name: 'nginx', image: 'nginx:1.14.2' }], { nodeName: 'kind-worker' }));
    c.advance(10_000);
    create(c, pod('b', [{ name: 'nginx', image: 'nginx:1.14.2' }], { nodeName: 'kind-worker' }));
    c.advance(5_000);
    expect(events(c, 'b').map((e) => e.message)).toContain('Container image "nginx:1.14.2" already present on machine');
  });

  it('alternates ErrImagePull and ImagePullBackOff with back-off 10s, 20s, 40s (§5.5)', () => {
    const c = cluster();
    const seen = track(c, 'bad', reasonOf);
    create(c, pod('bad', [{ name: 'nginx', image: 'nginx:1.161' }]));
    c.advance(120_000);
    const reasons = seen.map(([, r]) => r);
    expect(reasons.slice(0, 8)).toEqual(['Pending', 'ContainerCreating', 'ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff']);
    const pulls = seen.filter(([, r]) => r === 'ErrImagePull').map(([t]) => t);
    // Each retry waits the doubled back-off after the previous failure, plus the failed pull itself.
    expect(pulls[1] - pulls[0]).toBeGreaterThanOrEqual(10);
    expect(pulls[1] - pulls[0]).toBeLessThan(13);
    expect(pulls[2] - pulls[1]).toBeGreaterThanOrEqual(20);
    expect(pulls[2] - pulls[1]).toBeLessThan(23);
    const msgs = events(c, 'bad').map((e) => e.message);
    expect(msgs).toContain('Failed to pull image "nginx:1.161": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.161": failed to resolve reference "docker.io/library/nginx:1.161": docker.io/library/nginx:1.161: not found');
    expect(msgs).toContain('Error: ErrImagePull');
    expect(msgs).toContain('Back-off pulling image "nginx:1.161"');
    expect(msgs).toContain('Error: ImagePullBackOff');
    expect(getPod(c, 'bad')!.status!.phase).toBe('Pending');
    // image_manager.go wraps the previous pull error into the back-off message.
    const waiting = track(c, 'bad', (p) => p?.status?.containerStatuses?.[0]?.state?.waiting?.message ?? '');
    c.advance(60_000);
    expect(waiting.map(([, m]) => m)).toContain('Back-off pulling image "nginx:1.161": ErrImagePull: rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.161": failed to resolve reference "docker.io/library/nginx:1.161": docker.io/library/nginx:1.161: not found');
  });

  it('reports pull access denied for an unknown Docker Hub repository', () => {
    const c = cluster();
    create(c, pod('x', [{ name: 'x', image: 'gihyodocker/apline:bash' }]));
    c.advance(5_000);
    expect(events(c, 'x').map((e) => e.message)).toContain('Failed to pull image "gihyodocker/apline:bash": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/gihyodocker/apline:bash": failed to resolve reference "docker.io/gihyodocker/apline:bash": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed');
  });

  it('restarts a crashing container with CrashLoopBackOff waits of 10s, 20s, 40s (§5.4)', () => {
    const c = cluster();
    const restarts = track(c, 'crash', (p) => `${reasonOf(p)}/${p?.status?.containerStatuses?.[0]?.restartCount ?? 0}`);
    create(c, pod('crash', [{ name: 'app', image: 'busybox:1.36', command: ['sh', '-c', 'echo hello; sleep 5; exit 1'] }]));
    c.advance(200_000);
    const starts = restarts.filter(([, v]) => v.startsWith('Running/')).map(([t]) => t);
    const gaps = starts.slice(1).map((t, i) => Math.round(t - starts[i]));
    // run 5 s + relist 1 s; then each back-off counts from the exit.
    expect(gaps.slice(0, 4)).toEqual([6, 15, 25, 45]);
    const p = getPod(c, 'crash')!;
    expect(p.status!.phase).toBe('Running');
    const cs = p.status!.containerStatuses![0];
    expect(cs.lastState!.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    const waiting = restarts.find(([, v]) => v.startsWith('CrashLoopBackOff'));
    expect(waiting).toBeDefined();
    const ev = events(c, 'crash').find((e) => e.reason === 'BackOff')!;
    expect(ev.type).toBe('Warning');
    expect(ev.message).toBe(`Back-off restarting failed container app in pod crash_default(${p.metadata.uid})`);
    expect(logs(c, 'crash', { previous: 'true' }).body).toBe('hello\n');
  });

  it('shows the back-off message in the waiting state', () => {
    const c = cluster();
    create(c, pod('crash', [{ name: 'app', image: 'busybox', command: ['sh', '-c', 'exit 2'] }]));
    let msg: string | undefined;
    c.advanceUntil(() => { msg = getPod(c, 'crash')!.status?.containerStatuses?.[0]?.state?.waiting?.message; return !!msg && msg.startsWith('back-off'); }, 60_000);
    const p = getPod(c, 'crash')!;
    expect(msg).toBe(`back-off 10s restarting failed container=app pod=crash_default(${p.metadata.uid})`);
  });

  it('completes a Never pod (Succeeded) and fails a non-zero one (Failed)', () => {
    const c = cluster();
    create(c, pod('ok', [{ name: 'c', image: 'busybox', command: ['/bin/sh', '-c', 'date; echo Hello from the Kubernetes cluster'] }], { restartPolicy: 'Never' }));
    create(c, pod('ko', [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'echo bye; exit 3'] }], { restartPolicy: 'Never' }));
    c.advance(20_000);
    const ok = getPod(c, 'ok')!;
    expect(ok.status!.phase).toBe('Succeeded');
    expect(reasonOf(ok)).toBe('Completed');
    expect(ok.status!.conditions!.find((x) => x.type === 'Ready')).toMatchObject({ status: 'False', reason: 'PodCompleted' });
    expect(logs(c, 'ok').body).toMatch(/^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d UTC \d{4}\nHello from the Kubernetes cluster\n$/);
    const ko = getPod(c, 'ko')!;
    expect(ko.status!.phase).toBe('Failed');
    expect(ko.status!.containerStatuses![0].state!.terminated).toMatchObject({ exitCode: 3, reason: 'Error' });
  });

  it('OnFailure restarts only failed containers', () => {
    const c = cluster();
    create(c, pod('once', [{ name: 'c', image: 'alpine', command: ['sh', '-c', 'exit 0'] }], { restartPolicy: 'OnFailure' }));
    c.advance(30_000);
    expect(getPod(c, 'once')!.status!.phase).toBe('Succeeded');
    expect(getPod(c, 'once')!.status!.containerStatuses![0].restartCount).toBe(0);
  });

  it('runs init containers first (Init:0/1 → PodInitializing → Running)', () => {
    const c = cluster();
    create(c, pod('init', [{ name: 'main', image: 'nginx:1.16.1' }], { initContainers: [{ name: 'wait', image: 'busybox', command: ['sh', '-c', 'sleep 3'] }] }));
    c.advance(2_500);
    let p = getPod(c, 'init')!;
    expect(p.status!.initContainerStatuses![0].state!.running).toBeDefined();
    expect(p.status!.containerStatuses![0].state!.waiting!.reason).toBe('PodInitializing');
    expect(p.status!.conditions!.find((x) => x.type === 'Initialized')).toMatchObject({ status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [wait]' });
    c.advance(20_000);
    p = getPod(c, 'init')!;
    expect(p.status!.phase).toBe('Running');
    expect(p.status!.initContainerStatuses![0].state!.terminated!.reason).toBe('Completed');
  });

  it('fails to start a binary that is not in the image (StartError, exit 128)', () => {
    const c = cluster();
    create(c, pod('nobin', [{ name: 'c', image: 'busybox', command: ['nosuchcmd'] }], { restartPolicy: 'Never' }));
    c.advance(10_000);
    const t = getPod(c, 'nobin')!.status!.containerStatuses![0].state!.terminated!;
    expect(t.reason).toBe('StartError');
    expect(t.exitCode).toBe(128);
    expect(t.message).toContain('exec: "nosuchcmd": executable file not found in $PATH');
  });
});

describe('changing a pod\'s image (kubectl set image pod/...)', () => {
  it('recovers from ImagePullBackOff at once when the image is fixed', () => {
    const c = cluster();
    create(c, pod('fixme', [{ name: 'nginx', image: 'nginx:1.161' }]));
    c.advance(30_000);
    expect(reasonOf(getPod(c, 'fixme'))).toMatch(/ErrImagePull|ImagePullBackOff/);
    c.client().patch({ group: '', resource: 'pods' }, 'default', 'fixme', { spec: { containers: [{ name: 'nginx', image: 'nginx:1.16.1' }] } });
    c.advance(6_000);
    expect(reasonOf(getPod(c, 'fixme'))).toBe('Running');
    expect(getPod(c, 'fixme')!.status!.containerStatuses![0].image).toBe('docker.io/library/nginx:1.16.1');
  });

  it('restarts a running container with the new image', () => {
    const c = cluster();
    create(c, pod('web', [{ name: 'nginx', image: 'nginx:1.16.1' }]));
    c.advance(10_000);
    c.client().patch({ group: '', resource: 'pods' }, 'default', 'web', { spec: { containers: [{ name: 'nginx', image: 'nginx:1.17.1' }] } });
    c.advance(10_000);
    const cs = getPod(c, 'web')!.status!.containerStatuses![0];
    expect(cs.restartCount).toBe(1);
    expect(cs.image).toBe('docker.io/library/nginx:1.17.1');
    expect(events(c, 'web').map((e) => e.message)).toContain('Container nginx definition changed, will be restarted');
  });
});

describe('activeDeadlineSeconds', () => {
  it('fails the pod with DeadlineExceeded and stops its containers', () => {
    const c = cluster();
    create(c, pod('dl', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }], { activeDeadlineSeconds: 5, terminationGracePeriodSeconds: 2 }));
    c.advance(6_000);
    const p = getPod(c, 'dl')!;
    expect(p.status).toMatchObject({ phase: 'Failed', reason: 'DeadlineExceeded', message: 'Pod was active on the node longer than the specified deadline' });
    expect(events(c, 'dl').map((e) => e.reason)).toContain('DeadlineExceeded');
    c.advance(5_000);
    expect(getPod(c, 'dl')!.status!.containerStatuses![0].state!.terminated!.exitCode).toBe(137);
  });
});

describe('termination messages', () => {
  it('reads /dev/termination-log, or the log tail with FallbackToLogsOnError', () => {
    const c = cluster();
    create(c, pod('tm', [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'echo "disk full" > /dev/termination-log; exit 1'] }], { restartPolicy: 'Never' }));
    create(c, pod('fb', [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'echo boom; exit 2'], terminationMessagePolicy: 'FallbackToLogsOnError' }], { restartPolicy: 'Never' }));
    c.advance(10_000);
    expect(getPod(c, 'tm')!.status!.containerStatuses![0].state!.terminated!.message).toBe('disk full\n');
    expect(getPod(c, 'fb')!.status!.containerStatuses![0].state!.terminated!.message).toBe('boom\n');
  });
});

describe('determinism', () => {
  it('gives the same bytes for the same seed and inputs', () => {
    const runOnce = () => {
      const c = cluster();
      create(c, pod('a', [{ name: 'c', image: 'nginx:1.16.1' }]));
      create(c, pod('b', [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'echo $(date); exit 1'] }]));
      c.advance(60_000);
      return JSON.stringify([c.store.list('pods', 'default'), c.store.list('events', 'default')]);
    };
    expect(runOnce()).toBe(runOnce());
  });
});

describe('memory limits', () => {
  it('OOMKills a container that allocates past its limit (docs: polinux/stress)', () => {
    const c = cluster();
    create(c, pod('memory-demo-2', [{ name: 'memory-demo-2-ctr', image: 'polinux/stress', resources: { requests: { memory: '50Mi' }, limits: { memory: '100Mi' } }, command: ['stress'], args: ['--vm', '1', '--vm-bytes', '250M', '--vm-hang', '1'] }]));
    c.advance(10_000);
    const cs = getPod(c, 'memory-demo-2')!.status!.containerStatuses![0];
    const last = cs.lastState?.terminated ?? cs.state?.terminated;
    expect(last).toMatchObject({ exitCode: 137, reason: 'OOMKilled' });
    expect(cs.restartCount).toBeGreaterThanOrEqual(1);
  });
});
