/**
 * `tui-first-paint-ms`: from starting `node bin/kubedojo.js` in an 80×24 pseudo-terminal (tmux)
 * until the home screen's title is on the screen. The tmux server starts before the clock does.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { hasTmux, startTmux } from '../src/tui/e2e/tmux-driver.js';

type Figure = { value: number; unit: string } | { na: string };

/** The home screen's header line. */
const HOME_TITLE = 'kubedojo · learn Kubernetes in your terminal';

export function tuiFirstPaint(): Figure {
  if (!hasTmux()) return { na: 'tmux is not installed' };
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const bin = join(root, 'bin', 'kubedojo.js');
  if (!existsSync(bin)) return { na: 'bin/kubedojo.js missing' };
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const data = mkdtempSync(join(tmpdir(), 'kubedojo-bench-tui-'));
    const t = startTmux(`cd ${JSON.stringify(root)} && node bin/kubedojo.js`, { gate: true, env: { KUBEDOJO_DATA_DIR: data } });
    try {
      t.waitFor((s) => s.trim() === '', 5000);
      const t0 = performance.now();
      t.keys('Enter');
      const s = t.waitFor((screen) => screen.includes(HOME_TITLE), 10_000);
      if (!s) return { na: 'the home screen did not appear within 10 s' };
      runs.push(performance.now() - t0);
    } finally {
      t.kill();
    }
  }
  runs.sort((a, b) => a - b);
  return { value: Math.round(runs[2] * 10) / 10, unit: 'ms' };
}
