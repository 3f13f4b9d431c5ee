/** `kubectl api-versions`: every group/version the simulated server serves, sorted (pkg/cmd/apiresources/apiversions.go). */
import { RESOURCE_TYPES, groupVersion } from '../../sim/index.js';
import type { VerbContext, VerbDef } from '../types.js';

function run(ctx: VerbContext): number {
  const versions = [...new Set(RESOURCE_TYPES.map(groupVersion))].sort();
  ctx.io.out(versions.map((v) => `${v}\n`).join(''));
  return 0;
}

export const apiVersionsVerb: VerbDef = {
  name: 'api-versions',
  group: 'Other Commands',
  short: 'Print the supported API versions on the server, in the form of "group/version"',
  long: 'Print the supported API versions on the server, in the form of "group/version".',
  examples: '  # Print the supported API versions\n  kubectl api-versions',
  usage: 'kubectl api-versions [options]',
  flags: [],
  run,
};
