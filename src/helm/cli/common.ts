/**
 * Pieces shared by helm commands: global and value flags, cobra-style argument rules
 * (helm/helm cmd/helm/require/args.go), `-f/--set…` merging, chart loading and namespaces.
 */
import { flag, type FlagSpec, type ParsedArgs } from '../../kubectl/index.js';
import { mergeUserValues } from '../chart/values.js';
import type { LoadResult } from '../chart/load.js';
import { fetchIndex } from '../repo/fetch.js';
import { locateChart } from '../repo/locate.js';
import type { ArgsRule, HelmContext } from './types.js';

const s = (name: string, usage: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({ name, type: 'string', usage, ...extra });
const b = (name: string, usage: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({ name, type: 'bool', usage, ...extra });

/** Helm's persistent flags (pkg/cli/environment.go AddFlags). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  s('namespace', 'namespace scope for this request', { shorthand: 'n' }),
  s('kubeconfig', 'path to the kubeconfig file'),
  s('kube-context', 'name of the kubeconfig context to use'),
  s('kube-token', 'bearer token used for authentication'),
  s('kube-as-user', 'username to impersonate for the operation'),
  { name: 'kube-as-group', type: 'stringArray', usage: 'group to impersonate for the operation, this flag can be repeated to specify multiple groups.' },
  s('kube-apiserver', 'the address and the port for the Kubernetes API server'),
  s('kube-ca-file', 'the certificate authority file for the Kubernetes API server connection'),
  s('kube-tls-server-name', 'server name to use for Kubernetes API server certificate validation. If it is not provided, the hostname used to contact the server is used'),
  b('kube-insecure-skip-tls-verify', "if true, the Kubernetes API server's certificate will not be checked for validity. This will make your HTTPS connections insecure"),
  b('debug', 'enable verbose output'),
  s('registry-config', 'path to the registry config file', { default: '~/.config/helm/registry/config.json' }),
  s('repository-config', 'path to the file containing repository names and URLs', { default: '~/.config/helm/repositories.yaml' }),
  s('repository-cache', 'path to the directory containing cached repository indexes', { default: '~/.cache/helm/repository' }),
  { name: 'burst-limit', type: 'int', default: 100, usage: 'client-side default throttling limit' },
  s('qps', 'queries per second used when communicating with the Kubernetes API, not including bursting'),
  { name: 'help', shorthand: 'h', type: 'bool', usage: 'help', hidden: true },
];

/** cmd/helm/flags.go addValueOptionsFlags. */
export const VALUE_FLAGS: FlagSpec[] = [
  { name: 'values', shorthand: 'f', type: 'stringSlice', usage: 'specify values in a YAML file or a URL (can specify multiple)' },
  { name: 'set', type: 'stringArray', usage: 'set values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)' },
  { name: 'set-string', type: 'stringArray', usage: 'set STRING values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)' },
  { name: 'set-file', type: 'stringArray', usage: 'set values from respective files specified via the command line (can specify multiple or separate values with commas: key1=path1,key2=path2)' },
  { name: 'set-json', type: 'stringArray', usage: 'set JSON values on the command line (can specify multiple or separate values with commas: key1=jsonval1,key2=jsonval2)' },
  { name: 'set-literal', type: 'stringArray', usage: 'set a literal STRING value on the command line' },
];

/** cmd/helm/flags.go addChartPathOptionsFlags (besides --version). */
export const CHART_PATH_FLAGS: FlagSpec[] = [
  b('verify', 'verify the package before using it'),
  s('keyring', 'location of public keys used for verification', { default: '~/.gnupg/pubring.gpg' }),
  s('repo', 'chart repository url where to locate the requested chart'),
  s('username', 'chart repository username where to locate the requested chart'),
  s('password', 'chart repository password where to locate the requested chart'),
  s('cert-file', 'identify HTTPS client using this SSL certificate file'),
  s('key-file', 'identify HTTPS client using this SSL key file'),
  b('insecure-skip-tls-verify', 'skip tls certificate checks for the chart download'),
  b('plain-http', 'use insecure HTTP connections for the chart download'),
  s('ca-file', 'verify certificates of HTTPS-enabled servers using this CA bundle'),
  b('pass-credentials', 'pass credentials to all domains'),
];

export const VERSION_FLAG: FlagSpec = s('version', 'specify a version constraint for the chart version to use. This constraint can be a specific tag (e.g. 1.1.1) or it may reference a valid range (e.g. ^2.0.0). If this is not specified, the latest version is used');

export const OUTPUT_FLAG: FlagSpec = { name: 'output', shorthand: 'o', type: 'string', default: 'table', usage: 'prints the output in the specified format. Allowed values: table, json, yaml' };

const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');

export const noArgs: ArgsRule = (args, path, use) => (args.length > 0 ? `${JSON.stringify(path)} accepts no arguments\n\nUsage:  ${use}` : undefined);
export const exactArgs = (n: number): ArgsRule => (args, path, use) => (args.length !== n ? `${JSON.stringify(path)} requires ${n} ${plural(n)}\n\nUsage:  ${use}` : undefined);
export const minArgs = (n: number): ArgsRule => (args, path, use) => (args.length < n ? `${JSON.stringify(path)} requires at least ${n} ${plural(n)}\n\nUsage:  ${use}` : undefined);
export const maxArgs = (n: number): ArgsRule => (args, path, use) => (args.length > n ? `${JSON.stringify(path)} accepts at most ${n} ${plural(n)}\n\nUsage:  ${use}` : undefined);
export const rangeArgs = (lo: number, hi: number): ArgsRule => (args, path, use) => minArgs(lo)(args, path, use) ?? maxArgs(hi)(args, path, use);

/** Prints `Error: msg` on stderr and returns 1. */
export function fail(ctx: HelmContext, msg: string): number {
  ctx.io.err(`Error: ${msg}\n`);
  return 1;
}

/** The user-supplied values from -f/--set/--set-string/--set-json/--set-file/--set-literal. */
export function userValues(ctx: HelmContext): { ok: true; values: Record<string, unknown> } | { ok: false; error: string } {
  const p: ParsedArgs = ctx.parsed;
  const files: { name: string; text: string }[] = [];
  for (const f of flag.list(p, 'values')) {
    const r = f === '-' ? (ctx.io.stdin !== undefined ? { ok: true as const, data: ctx.io.stdin } : { ok: true as const, data: '' }) : ctx.session.files.read(f);
    if (!r.ok) return { ok: false, error: r.error };
    files.push({ name: f, text: r.data });
  }
  const merged = mergeUserValues({
    valuesFiles: files,
    set: flag.list(p, 'set'),
    setString: flag.list(p, 'set-string'),
    setJson: flag.list(p, 'set-json'),
    setFile: flag.list(p, 'set-file'),
    setLiteral: flag.list(p, 'set-literal'),
    readFile: (path) => ctx.session.files.read(path),
  });
  return merged.ok ? { ok: true, values: merged.values } : merged;
}

/** Loads the chart a command names (directory, archive or REPO/CHART). */
export function loadChart(ctx: HelmContext, ref: string): LoadResult {
  const version = ctx.parsed.values.has('version') ? flag.str(ctx.parsed, 'version') : '';
  const repoUrl = ctx.parsed.values.has('repo') ? flag.str(ctx.parsed, 'repo') : '';
  if (repoUrl) {
    // --repo: the chart is looked up in that repository's index, as if added under a temporary name.
    const idx = fetchIndex(ctx.session.files, repoUrl);
    if (!idx.ok) return idx;
    return locateChart(ctx.session.files, { repos: [{ name: 'repo-url', url: repoUrl, index: idx.index }] }, `repo-url/${ref}`, version);
  }
  return locateChart(ctx.session.files, ctx.session.repos, ref, version);
}

/** client-go logs API warnings through klog: `W0602 09:00:00.000000       1 warnings.go:70] `. */
function klogPrefix(ms: number): string {
  const d = new Date(ms);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const micros = String((ms % 1000) * 1000).padStart(6, '0');
  return `W${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${micros}${String(1).padStart(8)} warnings.go:70] `;
}

/** Prints (and forgets) the API warnings collected so far, as client-go's default handler logs them. */
export function flushWarnings(ctx: HelmContext): void {
  const w = ctx.actions.warnings.splice(0);
  for (const msg of w) ctx.io.err(`${klogPrefix(ctx.session.cluster.now())}${msg}\n`);
}
