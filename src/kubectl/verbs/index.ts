/**
 * The verb table: every kubectl command the simulator understands. Adding a verb is adding
 * a file under verbs/ and a row here.
 */
import type { VerbDef } from '../types.js';
import { applyVerb } from './apply.js';
import { createVerb } from './create/index.js';

export const VERBS: VerbDef[] = [
  applyVerb,
  createVerb,
];
