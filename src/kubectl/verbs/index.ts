/**
 * The verb table: every kubectl command the simulator understands. Adding a verb is adding
 * a file under verbs/ and a row here.
 */
import type { VerbDef } from '../types.js';
import { editVerb } from './edit.js';
import { replaceVerb } from './replace.js';
import { exposeVerb } from './expose.js';
import { runVerb } from './run.js';
import { setVerb } from './set/index.js';
import { annotateVerb } from './annotate.js';
import { labelVerb } from './label.js';
import { patchVerb } from './patch.js';
import { scaleVerb } from './scale.js';
import { deleteVerb } from './delete.js';
import { applyVerb } from './apply.js';
import { getVerb } from './get.js';
import { describeVerb } from './describe/index.js';
import { apiResourcesVerb } from './api-resources.js';
import { apiVersionsVerb } from './api-versions.js';
import { clusterInfoVerb } from './cluster-info.js';
import { versionVerb } from './version.js';
import { configVerb } from './config/index.js';
import { explainVerb } from './explain.js';
import { eventsVerb } from './events.js';
import { optionsVerb } from './options.js';
import { createVerb } from './create/index.js';
import { execVerb } from './exec.js';
import { logsVerb } from './logs.js';
import { rollingUpdateVerb } from './rolling-update/index.js';
import { rolloutVerb } from './rollout/index.js';
import { waitVerb } from './wait.js';
import { authVerb } from './auth/index.js';
import { topVerb } from './top/index.js';

export const VERBS: VerbDef[] = [
  editVerb,
  replaceVerb,
  exposeVerb,
  runVerb,
  setVerb,
  annotateVerb,
  labelVerb,
  patchVerb,
  scaleVerb,
  deleteVerb,
  applyVerb,
  createVerb,
  getVerb,
  describeVerb,
  apiResourcesVerb,
  apiVersionsVerb,
  clusterInfoVerb,
  topVerb,
  versionVerb,
  configVerb,
  explainVerb,
  eventsVerb,
  optionsVerb,
  rolloutVerb,
  logsVerb,
  execVerb,
  waitVerb,
  rollingUpdateVerb,
  authVerb,
];
