/**
 * `kubectl version` (pkg/cmd/version/version.go). The client is kubectl v1.33.1 with
 * Kustomize v5.6.0; the server reports the control-plane node's kubelet version (kind
 * runs matching versions), so `Server Version` follows the simulated nodes.
 */
import { KUBERNETES_VERSION, R, versionInfo } from '../../sim/index.js';
import { fail } from '../context.js';
import { flag } from '../flags.js';
import { printYaml } from '../printers/index.js';
import type { VerbContext, VerbDef } from '../types.js';

export const CLIENT_VERSION = KUBERNETES_VERSION;
export const KUSTOMIZE_VERSION = 'v5.6.0';
// version.Info (and the build it describes) lives in src/sim/version.ts, shared with `kubedojo serve`'s /version.
export { versionInfo };

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
