/** `kubectl config`: the kubeconfig subcommands (pkg/cmd/config). */
import { failUsage } from '../../context.js';
import { renderHelp } from '../../help.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { currentContextVerb } from './current-context.js';
import { deleteClusterVerb } from './delete-cluster.js';
import { deleteUserVerb } from './delete-user.js';
import { setClusterVerb } from './set-cluster.js';
import { setVerb } from './set.js';
import { unsetVerb } from './unset.js';
import { deleteContextVerb } from './delete-context.js';
import { getClustersVerb } from './get-clusters.js';
import { getContextsVerb } from './get-contexts.js';
import { getUsersVerb } from './get-users.js';
import { renameContextVerb } from './rename-context.js';
import { setContextVerb } from './set-context.js';
import { setCredentialsVerb } from './set-credentials.js';
import { useContextVerb } from './use-context.js';
import { viewVerb } from './view.js';

const LONG = `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
  3.  Otherwise, \${HOME}/.kube/config is used and no merging takes place.`;

/**
 * cmdutil.DefaultSubCommandRun(ErrOut): `kubectl config` alone prints its help to stderr
 * and exits 1; an unknown sub-command is a usage error.
 */
function run(ctx: VerbContext): number {
  if (ctx.parsed.args.length) return failUsage(ctx, `unknown command ${JSON.stringify(ctx.parsed.args.join(' '))}`);
  ctx.io.err(renderHelp(configVerb, 'kubectl config'));
  return 1;
}

export const configVerb: VerbDef = {
  name: 'config',
  group: 'Other Commands',
  short: 'Modify kubeconfig files',
  long: LONG,
  usage: 'kubectl config SUBCOMMAND [options]',
  // Alphabetical, as cobra lists them.
  subcommands: [
    currentContextVerb, deleteClusterVerb, deleteContextVerb, deleteUserVerb, getClustersVerb, getContextsVerb,
    getUsersVerb, renameContextVerb, setVerb, setClusterVerb, setContextVerb, setCredentialsVerb, unsetVerb,
    useContextVerb, viewVerb,
  ],
  run,
};
