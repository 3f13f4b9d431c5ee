/** `kubectl rollout`: the command group and its subcommands (kubectl pkg/cmd/rollout/rollout.go). */
import type { VerbDef } from '../../types.js';
import { rolloutHistoryVerb } from './history.js';
import { rolloutPauseVerb } from './pause.js';
import { rolloutRestartVerb } from './restart.js';
import { rolloutResumeVerb } from './resume.js';
import { rolloutStatusVerb } from './status.js';
import { rolloutUndoVerb } from './undo.js';

export const rolloutVerb: VerbDef = {
  name: 'rollout',
  group: 'Deploy Commands',
  short: 'Manage the rollout of a resource',
  usage: 'kubectl rollout SUBCOMMAND [options]',
  long: `Manage the rollout of one or many resources.
        
 Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets`,
  examples: `  # Rollback to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Check the rollout status of a daemonset
  kubectl rollout status daemonset/foo
  
  # Restart a deployment
  kubectl rollout restart deployment/abc
  
  # Restart deployments with the 'app=nginx' label
  kubectl rollout restart deployment --selector=app=nginx`,
  subcommands: [rolloutHistoryVerb, rolloutPauseVerb, rolloutRestartVerb, rolloutResumeVerb, rolloutStatusVerb, rolloutUndoVerb],
  // rollout.go runs cmdutil.DefaultSubCommandRun(streams.Out): its help goes to stdout.
  groupHelpStream: 'out',
};
