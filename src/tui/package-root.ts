/**
 * The folder holding lessons/ and scenarios/ (the package root), found from this file in the
 * source or the compiled layout without loading the course engine. KUBEDOJO_COURSE_DIR
 * overrides it (tests use a fixture course).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KUBEDOJO_COURSE_DIR) return env.KUBEDOJO_COURSE_DIR;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'lessons'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}
