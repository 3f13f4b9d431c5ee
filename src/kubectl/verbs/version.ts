/**
 * `kubectl version` (pkg/cmd/version/version.go). The client is kubectl v1.33.1 with
 * Kustomize v5.6.0; the server reports the control-plane node's kubelet version (kind
 * runs matching versions), so `Server Version` follows the simulated nodes.
 */
import { R } from '../../sim/index.js';
import { fail } from '../context.js';
import { flag } from '../flags.js';
import { printYaml } from '../printers/index.js';
import type { VerbContext, VerbDef } from '../types.js';

export const CLIENT_VERSION = 'v1.33.1';
export const KUSTOMIZE_VERSION = 'v5.6.0';
const BUILD = { gitCommit: '8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828', gitTreeState: 'clean', buildDate: '2025-05-15T08:27:33Z', goVersion: 'go1.24.2', compiler: 'gc', platform: 'linux/amd64' };

/** version.Info as the client or the API server reports it. */
export function versionInfo(gitVersion: string, server: boolean): Record<string, string> {
  const [major, minor] = gitVersion.replace(/^v/, '').split('.');
  // 1.33 API servers add the emulation and min-compatibility versions (apimachinery version.Info).
  const emulation: Record<string, string> = server ? { emulationMajor: major, emulationMinor: minor, minCompatibilityMajor: major, minCompatibilityMinor: String(Number(minor) - 1) } : {};
  return { major, minor, ...emulation, gitVersion, ...BUILD };
}

/** The server's version: the kubelet version of the first node, as kind keeps them equal. */
export function serverVersion(ctx: VerbContext): string {
  const nodes = ctx.client.list(R.nodes);
  const v = nodes.ok ? nodes.value.items[0]?.status?.nodeInfo?.kubeletVersion : undefined;
  return typeof v === 'string' && v ? v : CLIENT_VERSION;
}

function run(ctx: VerbContext): number {
  const output = flag.str(ctx.parsed, 'output');
  if (output !== '' && output !== 'yaml' && output !== 'json') return fail(ctx, "--output must be 'yaml' or 'json'");
  const clientOnly = flag.bool(ctx.parsed, 'client');
  const server = clientOnly ? undefined : serverVersion(ctx);
  if (output === '') {
    ctx.io.out(`Client Version: ${CLIENT_VERSION}\nKustomize Version: ${KUSTOMIZE_VERSION}\n${server ? `Server Version: ${server}\n` : ''}`);
    return 0;
  }
  const doc: Record<string, unknown> = { clientVersion: versionInfo(CLIENT_VERSION, false), kustomizeVersion: KUSTOMIZE_VERSION };
  if (server) doc.serverVersion = versionInfo(server, true);
  // json.MarshalIndent keeps struct field order; sigs.k8s.io/yaml sorts keys. Both end with Fprintln.
  ctx.io.out(output === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : `${printYaml(doc)}\n`);
  return 0;
}

export const versionVerb: VerbDef = {
  name: 'version',
  group: 'Other Commands',
  short: 'Print the client and server version information',
  long: 'Print the client and server version information for the current context.',
  examples: '  # Print the client and server versions for the current context\n  kubectl version',
  usage: 'kubectl version [flags] [options]',
  flags: [
    { name: 'client', type: 'bool', usage: 'If true, shows client version only (no server required).' },
    { name: 'output', shorthand: 'o', type: 'string', usage: "One of 'yaml' or 'json'." },
  ],
  run,
};
