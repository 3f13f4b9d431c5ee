import { describe, expect, it } from 'vitest';
import { cluster, create, events, exec, getPod, pod, reasonOf } from './test-helpers.js';

const secret = (name: string, data: Record<string, string>) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name }, type: 'Opaque', data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')])) });

describe('env and volumes from Secrets/ConfigMaps (reference §9.4)', () => {
  it('waits in CreateContainerConfigError for a missing Secret and starts once it exists', () => {
    const c = cluster();
    create(c, pod('app', [{ name: 'app', image: 'busybox', command: ['sh', '-c', 'echo $PASSWORD; sleep 3600'], env: [{ name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }] }]));
    c.advance(10_000);
    const p = getPod(c, 'app')!;
    expect(reasonOf(p)).toBe('CreateContainerConfigError');
    expect(p.status!.containerStatuses![0].state!.waiting!.message).toBe('secret "db" not found');
    expect(p.status!.phase).toBe('Pending');
    expect(events(c, 'app').map((e) => `${e.type} ${e.reason} ${e.message}`)).toContain('Warning Failed Error: secret "db" not found');
    create(c, secret('db', { user: 'admin' }));
    c.advance(1_000);
    expect(getPod(c, 'app')!.status!.containerStatuses![0].state!.waiting!.message).toBe("couldn't find key password in Secret default/db");
    const fixed = structuredClone(c.store.get('secrets', 'default', 'db')) as any;
    fixed.data.password = Buffer.from('s3cret').toString('base64');
    c.client().update({ group: '', resource: 'secrets' }, fixed);
    c.advance(2_000);
    expect(reasonOf(getPod(c, 'app'))).toBe('Running');
    expect(exec(c, 'app', ['printenv', 'PASSWORD']).body).toEqual({ stdout: 's3cret\n', stderr: '', exitCode: 0 });
  });

  it('omits optional references and reads ConfigMaps through envFrom with a prefix', () => {
    const c = cluster();
    create(c, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { MODE: 'fast' } });
    create(c, pod('app', [{
      name: 'app', image: 'busybox', command: ['sleep', '3600'],
      envFrom: [{ configMapRef: { name: 'cfg' }, prefix: 'CFG_' }],
      env: [{ name: 'OPT', valueFrom: { secretKeyRef: { name: 'none', key: 'x', optional: true } } }, { name: 'GREETING', value: 'mode=$(CFG_MODE)' }],
    }]));
    c.advance(10_000);
    expect(exec(c, 'app', ['sh', '-c', 'echo "$CFG_MODE $GREETING ${OPT:-unset}"']).body.stdout).toBe('fast mode=fast unset\n');
  });

  it('stays ContainerCreating with FailedMount for a missing Secret volume, and mounts keys as files', () => {
    const c = cluster();
    const spec = { volumes: [{ name: 'creds', secret: { secretName: 'db' } }] };
    create(c, pod('vol', [{ name: 'app', image: 'busybox', command: ['sleep', '3600'], volumeMounts: [{ name: 'creds', mountPath: '/etc/creds', readOnly: true }] }], spec));
    c.advance(5_000);
    expect(reasonOf(getPod(c, 'vol'))).toBe('ContainerCreating');
    expect(events(c, 'vol').map((e) => `${e.type} ${e.reason} ${e.message}`)).toContain('Warning FailedMount MountVolume.SetUp failed for volume "creds" : secret "db" not found');
    create(c, secret('db', { password: 'pw' }));
    c.advance(5_000);
    expect(reasonOf(getPod(c, 'vol'))).toBe('Running');
    expect(exec(c, 'vol', ['cat', '/etc/creds/password']).body.stdout).toBe('pw');
  });
});
