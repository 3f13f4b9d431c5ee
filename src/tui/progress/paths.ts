/**
 * Where progress lives: $KUBEDOJO_DATA_DIR when set (tests, portable installs), else
 * $XDG_DATA_HOME/kubedojo, else the platform's user data directory (env-paths).
 */
import { join } from 'node:path';
import envPaths from 'env-paths';

/** The data directory for `env`. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KUBEDOJO_DATA_DIR) return env.KUBEDOJO_DATA_DIR;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'kubedojo');
  return envPaths('kubedojo', { suffix: '' }).data;
}

/** The progress file inside the data directory. */
export function progressFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'progress.json');
}
