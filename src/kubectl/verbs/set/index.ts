/** `kubectl set`: a command group (image, env). */
import { helpOf } from '../../apply/flag-specs.js';
import type { VerbDef } from '../../types.js';
import { setEnvVerb } from './env.js';
import { setImageVerb } from './image.js';

export const setVerb: VerbDef = {
  name: 'set',
  group: 'Basic Commands (Beginner)',
  ...helpOf('set'),
  short: 'Set specific features on objects',
  subcommands: [setEnvVerb, setImageVerb],
};
