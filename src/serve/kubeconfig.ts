/**
 * The kubeconfig `kubedojo serve` hands out: one cluster, context and user named `kubedojo`,
 * written as clientcmd writes it, readable only by the learner (mode 0600), with a bearer
 * token so that other local users cannot drive the learner's cluster.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import envPaths from 'env-paths';
import { parse } from 'yaml';

/** The cluster, context and user name in the kubeconfig. */
export const KUBECONFIG_NAME = 'kubedojo';

/**
 * A fresh bearer token: 32 random bytes, hex. This is the one place that uses unseeded
 * randomness on purpose: the token is a secret guarding the server, not part of the
 * simulation, so it must not be predictable from the seed.
 */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}

/**
 * The kubeconfig text, byte for byte what `kubectl config set-cluster/set-credentials/
 * set-context/use-context` write into an empty file (clientcmd's serialisation: keys sorted,
 * `preferences: {}`), `certificate-authority-data` as `set-cluster --embed-certs` writes it:
 *
 *     apiVersion: v1
 *     clusters:
 *     - cluster:
 *         certificate-authority-data: LS0tLS1CRUdJTi...
 *         server: https://127.0.0.1:34567
 *       name: kubedojo
 *     ...
 */
export function kubeconfigYaml(
  server: string, token: string, certificateAuthorityData?: string,
  /** Entry names (default `kubedojo`); the context's namespace, or none (kind writes none). */
  opts: { name?: string; namespace?: string | null } = {},
): string {
  const n = opts.name ?? KUBECONFIG_NAME;
  const namespace = opts.namespace === undefined ? 'default' : opts.namespace;
  return [
    'apiVersion: v1',
    'clusters:',
    '- cluster:',
    // kubectl sends the token only over https, so the server's self-signed certificate comes along.
    ...(certificateAuthorityData ? [`    certificate-authority-data: ${certificateAuthorityData}`] : []),
    `    server: ${server}`,
    `  name: ${n}`,
    'contexts:',
    '- context:',
    `    cluster: ${n}`,
    ...(namespace ? [`    namespace: ${namespace}`] : []),
    `    user: ${n}`,
    `  name: ${n}`,
    `current-context: ${n}`,
    'kind: Config',
    'preferences: {}',
    'users:',
    `- name: ${n}`,
    '  user:',
    `    token: ${yamlString(token)}`,
    '',
  ].join('\n');
}

/**
 * A hex token as go-yaml writes a string: quoted when, plain, it would read as a number
 * (`token: "000"`, `token: "1e5"`), which kubectl then refuses to load
 * ("cannot unmarshal number into Go struct field AuthInfo.users.user.token of type string").
 */
function yamlString(s: string): string {
  return /^(\d+|\d+(\.\d*)?e\d+)$/i.test(s) ? `"${s}"` : s;
}

/**
 * Where `serve` writes its kubeconfig when not told: `serve/kubeconfig-PORT` under the
 * kubedojo data directory ($KUBEDOJO_DATA_DIR, else $XDG_DATA_HOME/kubedojo, else the
 * platform's user data directory, as the progress store does). One file per port, so two
 * servers side by side do not overwrite each other's.
 */
export function defaultKubeconfigPath(port: number, env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.KUBEDOJO_DATA_DIR || (env.XDG_DATA_HOME ? join(env.XDG_DATA_HOME, 'kubedojo') : envPaths('kubedojo', { suffix: '' }).data);
  return join(dir, 'serve', `kubeconfig-${port}`);
}

/** Whether `text` is a kubeconfig this module wrote (so overwriting or removing it loses nothing). */
export function isKubedojoKubeconfig(text: string): boolean {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return false;
  }
  if (!doc || typeof doc !== 'object') return false;
  const d = doc as { kind?: unknown; clusters?: unknown; users?: unknown; 'current-context'?: unknown };
  const only = (list: unknown): boolean => Array.isArray(list) && list.length === 1 && (list[0] as { name?: unknown })?.name === KUBECONFIG_NAME;
  return d.kind === 'Config' && d['current-context'] === KUBECONFIG_NAME && only(d.clusters) && only(d.users);
}

/**
 * Writes the kubeconfig with mode 0600 (its folder 0700 when created). An existing file is
 * replaced only if it is one of ours: pointing `--kubeconfig` at ~/.kube/config by mistake
 * must not destroy the learner's real clusters.
 */
export function writeKubeconfig(path: string, text: string): { ok: true } | { ok: false; error: string } {
  try {
    if (existsSync(path) && !isKubedojoKubeconfig(readFileSync(path, 'utf8'))) {
      return { ok: false, error: `${path} already exists and is not a kubeconfig written by kubedojo serve; refusing to overwrite it` };
    }
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, text, { mode: 0o600 });
    // The mode above applies only when the file is created.
    chmodSync(path, 0o600);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: `cannot write ${path}: ${(e as Error).message}` };
  }
}

/** Removes a kubeconfig written by writeKubeconfig (its token dies with the server); never another file. */
export function removeKubeconfig(path: string): void {
  try {
    if (isKubedojoKubeconfig(readFileSync(path, 'utf8'))) rmSync(path, { force: true });
  } catch {
    // Already gone: nothing to clean up.
  }
}
