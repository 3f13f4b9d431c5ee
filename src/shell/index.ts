/**
 * The learner's shell: parse and run one command line at a time against the simulated
 * cluster, with a workspace folder on disk for files. It never starts a process.
 */
export { Shell, defaultEnv } from './shell.js';
export type { ShellOptions, RunResult } from './shell.js';
export type { ShellOutput } from './exec.js';
export { Workspace, MAX_FILE_BYTES } from './workspace.js';
export type { FsCode, FsResult } from './workspace.js';
export { splitScript, isBlank } from './script.js';
export type { ScriptInput } from './script.js';
export { parse } from './parser.js';
export { BUILTINS } from './builtins/index.js';
export type { Builtin, CommandContext, ShellState } from './state.js';
