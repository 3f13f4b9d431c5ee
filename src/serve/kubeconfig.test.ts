import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKubeconfigPath, isKubedojoKubeconfig, kubeconfigYaml, newToken, removeKubeconfig, writeKubeconfig } from './kubeconfig.js';

// What kubectl 1.33 writes into an empty KUBECONFIG after
//   kubectl config set-cluster kubedojo --server=http://127.0.0.1:34567
//   kubectl config set-credentials kubedojo --token=abc123
//   kubectl config set-context kubedojo --cluster=kubedojo --user=kubedojo --namespace=default
//   kubectl config use-context kubedojo
const CLIENTCMD = `apiVersion: v1
clusters:
- cluster:
    server: http://127.0.0.1:34567
  name: kubedojo
contexts:
- context:
    cluster: kubedojo
    namespace: default
    user: kubedojo
  name: kubedojo
current-context: kubedojo
kind: Config
preferences: {}
users:
- name: kubedojo
  user:
    token: abc123
`;

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kubedojo-kc-'));

describe('serve kubeconfig', () => {
  it('is written as clientcmd writes it', () => {
    expect(kubeconfigYaml('http://127.0.0.1:34567', 'abc123')).toBe(CLIENTCMD);
  });

  it('embeds the serving certificate as set-cluster --embed-certs does', () => {
    // kubectl 1.33: set-cluster kubedojo --server=https://127.0.0.1:34567 --certificate-authority=ca.pem --embed-certs,
    // then the three commands above; ca.pem held the four-line PEM below.
    const ca = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n').toString('base64');
    expect(kubeconfigYaml('https://127.0.0.1:34567', 'abc123', ca)).toBe(
      CLIENTCMD.replace(
        '    server: http://127.0.0.1:34567\n',
        '    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUIKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=\n    server: https://127.0.0.1:34567\n',
      ),
    );
  });

  it('quotes a token that would read as a number, as clientcmd does', () => {
    // kubectl 1.33 `config set-credentials x --token=...` writes these.
    const line = (token: string): string | undefined => kubeconfigYaml('http://127.0.0.1:1', token).split('\n').find((l) => l.startsWith('    token:'));
    expect(line('000')).toBe('    token: "000"');
    expect(line('1e5')).toBe('    token: "1e5"');
    expect(line('12e')).toBe('    token: 12e');
    expect(line('0123abc')).toBe('    token: 0123abc');
  });

  it('tokens are 32 random bytes in hex, a new one each time', () => {
    const a = newToken();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(newToken()).not.toBe(a);
  });

  it('lives under the data directory, one file per port', () => {
    expect(defaultKubeconfigPath(6443, { KUBEDOJO_DATA_DIR: '/d' })).toBe('/d/serve/kubeconfig-6443');
    expect(defaultKubeconfigPath(80, { XDG_DATA_HOME: '/x' })).toBe('/x/kubedojo/serve/kubeconfig-80');
  });

  it('is written with mode 0600 into a new 0700 folder', () => {
    const path = join(tmp(), 'state', 'kubeconfig');
    expect(writeKubeconfig(path, CLIENTCMD)).toEqual({ ok: true });
    expect(readFileSync(path, 'utf8')).toBe(CLIENTCMD);
    if (process.platform !== 'win32') {
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(statSync(join(path, '..')).mode & 0o777).toBe(0o700);
    }
  });

  it('replaces an old kubedojo kubeconfig but refuses to overwrite any other file', () => {
    const dir = tmp();
    const ours = join(dir, 'ours');
    writeFileSync(ours, kubeconfigYaml('http://127.0.0.1:1', 'old'), { mode: 0o644 });
    expect(writeKubeconfig(ours, CLIENTCMD)).toEqual({ ok: true });
    expect(readFileSync(ours, 'utf8')).toBe(CLIENTCMD);
    if (process.platform !== 'win32') expect(statSync(ours).mode & 0o777).toBe(0o600);
    const real = join(dir, 'config');
    const kind = CLIENTCMD.replaceAll('kubedojo', 'kind-kind');
    writeFileSync(real, kind);
    const r = writeKubeconfig(real, CLIENTCMD);
    expect(r.ok).toBe(false);
    expect(readFileSync(real, 'utf8')).toBe(kind);
  });

  it('removes only kubedojo kubeconfigs', () => {
    const dir = tmp();
    const ours = join(dir, 'ours');
    const other = join(dir, 'other');
    writeFileSync(ours, CLIENTCMD);
    writeFileSync(other, 'apiVersion: v1\nkind: Config\n');
    removeKubeconfig(ours);
    removeKubeconfig(other);
    removeKubeconfig(join(dir, 'missing'));
    expect(existsSync(ours)).toBe(false);
    expect(existsSync(other)).toBe(true);
    expect(isKubedojoKubeconfig('not: [yaml')).toBe(false);
  });
});
