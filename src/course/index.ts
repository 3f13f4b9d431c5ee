/** The course: scenario files (schema, loading, set-up) and the limits for reading untrusted files. */
export { SCENARIO_VERSION, scenarioSchema, checkBase } from './schema.js';
export type { Scenario, ScenarioCheck, SubmissionSpec, Decoy } from './schema.js';
export { loadScenarioFile, findScenario, scenarioFiles, courseRoot, zodProblems } from './load.js';
export type { LoadedScenario, LoadResult, Problem } from './load.js';
export { startScenario } from './setup.js';
export type { StartedScenario, StartOptions } from './setup.js';
export { parseDuration } from './duration.js';
export { readFolder, readLimited, writeFolder, MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES } from './files.js';
export { parseYamlSource, isBinary, MAX_SOURCE_BYTES } from './yaml-source.js';
export type { SourceIssue, ParsedSource } from './yaml-source.js';
