// Mounted Secrets follow updates at the kubelet's next pod sync (every minute; "eventually
// consistent" in the Kubernetes docs on Secrets and ConfigMaps), subPath mounts and
// environment variables do not (kubernetes/kubernetes pkg/kubelet/volumemanager).
import { describe, expect, it } from 'vitest';
import { R } from '../client.js';
import { deepClone } from '../objects.js';
import type { KObject } from '../types.js';
import { cluster, create, exec, pod } from './test-helpers.js';

const secret = (name: string, data: Record<string, string>): KObject => ({
  apiVersion: 'v1', kind: 'Secret', metadata: { name },
  data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
});

describe('mounted Secret updates', () => {
  it('reach the files within a minute, but not subPath mounts or env', () => {
    const c = cluster();
    create(c, secret('db', { password: 'one', user: 'app' }));
    create(c, pod('app', [{
      name: 'app', image: 'busybox', command: ['sleep', '3600'],
      env: [{ name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }],
      volumeMounts: [{ name: 'creds', mountPath: '/etc/creds' }, { name: 'creds', mountPath: '/etc/pw', subPath: 'password' }],
    }], { volumes: [{ name: 'creds', secret: { secretName: 'db' } }] }));
    c.advance(5_000);
    const cat = (path: string) => exec(c, 'app', ['cat', path]).body.stdout;
    expect(cat('/etc/creds/password')).toBe('one');

    const updated = deepClone(c.store.get('secrets', 'default', 'db')!);
    updated.data = { password: Buffer.from('two').toString('base64') };
    expect(c.client().update(R.secrets, updated).ok).toBe(true);
    c.advance(61_000);
    expect(cat('/etc/creds/password')).toBe('two');
    expect(exec(c, 'app', ['cat', '/etc/creds/user']).body.exitCode).not.toBe(0);
    expect(cat('/etc/pw')).toBe('one');
    expect(exec(c, 'app', ['printenv', 'PASSWORD']).body.stdout).toBe('one\n');
  });
});
