import { describe, expect, it } from 'vitest';
import { cluster, create, exec, logs, pod } from './test-helpers.js';
import { sendRequest } from './traffic.js';

describe('pods/log and pods/exec (kubelet validateContainerLogStatus)', () => {
  it('refuses logs of a container that has not started', () => {
    const c = cluster();
    create(c, pod('p', [{ name: 'nginx', image: 'nginx:1.16.1' }]));
    c.advance(1_000);
    expect(logs(c, 'p')).toMatchObject({ code: 400, body: { reason: 'BadRequest', message: 'container "nginx" in pod "p" is waiting to start: ContainerCreating' } });
    create(c, pod('bad', [{ name: 'nginx', image: 'nginx:1.161' }]));
    c.advance(5_000);
    expect(logs(c, 'bad').body.message).toBe('container "nginx" in pod "bad" is waiting to start: trying and failing to pull image');
  });

  it('has no previous container before a restart', () => {
    const c = cluster();
    create(c, pod('p', [{ name: 'nginx', image: 'nginx:1.16.1' }]));
    c.advance(10_000);
    expect(logs(c, 'p', { previous: 'true' }).body.message).toBe('previous terminated container "nginx" in pod "p" not found');
  });

  it('asks for a container name when there are several, and rejects unknown ones', () => {
    const c = cluster();
    create(c, pod('two', [{ name: 'a', image: 'busybox', command: ['sleep', '60'] }, { name: 'b', image: 'busybox', command: ['sleep', '60'] }]));
    c.advance(10_000);
    expect(logs(c, 'two').body.message).toBe('a container name must be specified for pod two, choose one of: [a b]');
    expect(logs(c, 'two', { container: 'zz' }).body.message).toBe('container zz is not valid for pod two');
  });

  it('serves tailLines, sinceSeconds and timestamps over virtual time', () => {
    const c = cluster();
    create(c, pod('ticker', [{ name: 't', image: 'busybox', command: ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo tick; sleep 1; done'] }]));
    c.advance(20_000);
    const all = logs(c, 'ticker').body as string;
    expect(all.split('\n').length).toBeGreaterThan(15);
    expect(logs(c, 'ticker', { tailLines: '2' }).body).toBe('tick\ntick\n');
    expect((logs(c, 'ticker', { sinceSeconds: '5' }).body as string).split('\n').filter(Boolean).length).toBeLessThanOrEqual(6);
    expect(logs(c, 'ticker', { tailLines: '1', timestamps: 'true' }).body).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z tick\n$/);
  });

  it('execs into a running container with its files and exit codes', () => {
    const c = cluster();
    create(c, pod('web', [{ name: 'nginx', image: 'nginx:1.16.1' }]));
    c.advance(10_000);
    expect(exec(c, 'web', ['cat', '/usr/share/nginx/html/index.html']).body.stdout).toContain('<title>Welcome to nginx!</title>');
    expect(exec(c, 'web', ['sh', '-c', 'echo hi > /tmp/x; cat /tmp/x; exit 3']).body).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 3 });
    expect(exec(c, 'web', ['cat', '/nope']).body).toEqual({ stdout: '', stderr: 'cat: /nope: No such file or directory\n', exitCode: 1 });
    expect(exec(c, 'web', ['nosuch']).body.exitCode).toBe(126);
  });

  it("answers nginx -v and -t on stderr with the tag's version (nginx writes both there)", () => {
    const c = cluster();
    create(c, pod('web', [{ name: 'nginx', image: 'nginx:1.16.1' }]));
    c.advance(10_000);
    expect(exec(c, 'web', ['nginx', '-v']).body).toEqual({ stdout: '', stderr: 'nginx version: nginx/1.16.1\n', exitCode: 0 });
    expect(exec(c, 'web', ['nginx', '-t']).body).toEqual({
      stdout: '', exitCode: 0,
      stderr: 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n',
    });
  });
});

describe('pods/exec with stdin', () => {
  it('feeds input to a shell', () => {
    const c = cluster();
    create(c, pod('b', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]));
    c.advance(10_000);
    const res = c.api.handle({ verb: 'create', group: '', resource: 'pods', namespace: 'default', name: 'b', subresource: 'exec', body: { command: ['sh'], input: 'echo from-stdin\nhostname\n' } });
    expect(res.body).toEqual({ stdout: 'from-stdin\nb\n', stderr: '', exitCode: 0 });
  });
});

describe('what images write to their logs', () => {
  it('nginx before 1.19 prints nothing at start; 1.27 runs its entrypoint scripts; both log requests', () => {
    const c = cluster();
    create(c, pod('old', [{ name: 'nginx', image: 'nginx:1.14.2' }]));
    create(c, pod('new', [{ name: 'nginx', image: 'nginx:1.27' }]));
    c.advance(15_000);
    expect(logs(c, 'old').body).toBe('');
    const lines = (logs(c, 'new').body as string).split('\n');
    expect(lines[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    expect(lines).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
  });

  it('kubia logs its start and every request (luksa/kubia app.js)', () => {
    const c = cluster();
    create(c, pod('k', [{ name: 'nodejs', image: 'luksa/kubia:v1' }]));
    c.advance(15_000);
    const ip = (c.store.get('pods', 'default', 'k') as any).status.podIP;
    sendRequest(c, { url: `http://${ip}:8080/` });
    expect(logs(c, 'k').body).toMatch(/^Kubia server starting\.\.\.\nReceived request from ::ffff:10\.244\.\d\.1\n$/);
  });
});

describe('busy loops', () => {
  it('a loop without sleep is slowed down and its log capped instead of hanging the cluster', () => {
    const c = cluster();
    create(c, pod('spin', [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'while true; do echo spin; done'] }]));
    c.advance(3_600_000);
    const lines = (logs(c, 'spin').body as string).split('\n').length - 1;
    expect(lines).toBeGreaterThan(1_000);
    expect(lines).toBeLessThanOrEqual(20_000);
  });
});

describe('shared emptyDir volumes', () => {
  it('lets a sidecar tail -f the file the app writes (logging sidecar pattern)', () => {
    const c = cluster();
    create(c, pod('side', [
      { name: 'app', image: 'busybox', command: ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo "line $i" >> /var/log/app.log; sleep 1; done'], volumeMounts: [{ name: 'logs', mountPath: '/var/log' }] },
      { name: 'tailer', image: 'busybox', command: ['sh', '-c', 'tail -n+1 -f /logs/app.log'], volumeMounts: [{ name: 'logs', mountPath: '/logs' }] },
    ], { volumes: [{ name: 'logs', emptyDir: {} }] }));
    c.advance(20_000);
    const out = logs(c, 'side', { container: 'tailer' }).body as string;
    expect(out).toMatch(/^line 1\nline 2\nline 3\n/);
    expect(exec(c, 'side', ['cat', '/var/log/app.log'], 'app').body.stdout.split('\n').length).toBeGreaterThan(10);
  });
});
