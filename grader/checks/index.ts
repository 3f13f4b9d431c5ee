/**
 * The check types, one row each: a scenario's `type:` names a row. Adding a check type is
 * adding a file and a row.
 */
import type { CheckType } from '../types.js';
import { canICheck } from './can-i.js';
import { commandsCheck } from './commands.js';
import { countCheck } from './count.js';
import { eventCheck } from './event.js';
import { fieldCheck } from './field.js';
import { helmReleaseCheck } from './helm-release.js';
import { kubectlOutputCheck } from './kubectl-output.js';
import { maxDuringCheck } from './max-during.js';
import { minDuringCheck } from './min-during.js';
import { rolloutCheck } from './rollout.js';
import { sameObjectCheck } from './same-object.js';
import { trafficCheck } from './traffic.js';

export const CHECK_TYPES: Record<string, CheckType> = {
  field: fieldCheck,
  count: countCheck,
  'same-object': sameObjectCheck,
  'min-during': minDuringCheck,
  'max-during': maxDuringCheck,
  rollout: rolloutCheck,
  event: eventCheck,
  traffic: trafficCheck,
  commands: commandsCheck,
  'helm-release': helmReleaseCheck,
  'can-i': canICheck,
  'kubectl-output': kubectlOutputCheck,
};
