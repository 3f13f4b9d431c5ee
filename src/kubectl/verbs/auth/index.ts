/** `kubectl auth`: can-i, reconcile and whoami (kubernetes/kubectl pkg/cmd/auth). */
import type { VerbDef } from '../../types.js';
import { canIVerb } from './can-i.js';
import { rbacHelp } from './help-data.js';
import { reconcileVerb } from './reconcile.js';
import { whoamiVerb } from './whoami.js';

export const authVerb: VerbDef = {
  name: 'auth',
  group: 'Cluster Management Commands',
  ...rbacHelp('auth'),
  subcommands: [canIVerb, reconcileVerb, whoamiVerb],
};
