/** Makes sure the compiled program (dist/) is at least as new as the UI sources, for tests that run it. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Rebuilds dist/ (tsc, then the bundle bin/kubedojo.js runs) when a file under src/tui or src/commands is newer than its output. */
export function ensureBuilt(root: string): void {
  const marker = join(root, 'dist', 'bundle', 'cli.js');
  const fresh = existsSync(marker) && statSync(marker).mtimeMs >= Math.max(newest(join(root, 'src', 'tui')), newest(join(root, 'src', 'commands')));
  if (fresh) return;
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'ignore' });
  } catch {
    // tsc exits non-zero on type errors anywhere in the tree but still writes the output.
  }
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { stdio: 'ignore' });
}
