/**
 * The verb table: every kubectl command the simulator understands. Adding a verb is adding
 * a file under verbs/ and a row here.
 */
import type { VerbDef } from '../types.js';
import { deleteVerb } from './delete.js';
import { applyVerb } from './apply.js';
import { createVerb } from './create/index.js';

export const VERBS: VerbDef[] = [
  deleteVerb,
  applyVerb,
  createVerb,
];
