/** `kubectl set`: a command group (env, image, resources). */
import { helpOf } from '../../apply/flag-specs.js';
import type { VerbDef } from '../../types.js';
import { setEnvVerb } from './env.js';
import { setImageVerb } from './image.js';
import { setResourcesVerb } from './resources.js';

export const setVerb: VerbDef = {
  name: 'set',
  group: 'Basic Commands (Beginner)',
  ...helpOf('set'),
  short: 'Set specific features on objects',
  subcommands: [setEnvVerb, setImageVerb, setResourcesVerb],
};
