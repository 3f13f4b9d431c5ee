/**
 * End to end: the real program in an 80×24 pseudo-terminal (tmux), driven by keys as a learner
 * would: open a lesson, start its scenario, type a kubectl command, see its output, run
 * `check`, see a pass. Uses the fixture course (KUBEDOJO_COURSE_DIR) and a fresh data folder.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './build.js';
import { hasTmux, startTmux, type TmuxSession } from './tmux-driver.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const COURSE = path.join(ROOT, 'src', 'tui', 'testdata', 'course');
const TMUX = hasTmux();
if (!TMUX) console.warn('tui.e2e: tmux is not installed; the end-to-end test is skipped');

describe.skipIf(!TMUX)('kubedojo in a terminal (tmux, 80×24)', () => {
  let t: TmuxSession;
  let data: string;
  beforeAll(() => {
    ensureBuilt(ROOT);
    data = fs.mkdtempSync(path.join(os.tmpdir(), 'kubedojo-e2e-'));
  }, 180_000);
  afterAll(() => {
    t?.kill();
    fs.rmSync(data, { recursive: true, force: true });
  });

  it('lesson → scenario → kubectl → check → pass → home shows it done → quit', () => {
    t = startTmux(`cd ${JSON.stringify(ROOT)} && node bin/kubedojo.js; echo kubedojo exited with $?`, { env: { KUBEDOJO_COURSE_DIR: COURSE, KUBEDOJO_DATA_DIR: data } });
    const wait = (text: string): string => {
      const s = t.waitFor((screen) => screen.includes(text), 15_000);
      if (s === undefined) throw new Error(`"${text}" never appeared; the screen was:\n${t.screen()}`);
      return s;
    };
    let screen = wait('kubedojo · learn Kubernetes in your terminal');
    expect(screen).toContain('1. Basics: your first Deployment');
    wait('Pick a lesson and press Enter.');
    // The first paint is plain text; wait until ink has the keyboard (it redraws the same home).
    t.waitFor(() => false, 600);
    t.keys('Enter');
    screen = wait('▶ p: play basics/create-web');
    expect(screen).toContain('A Deployment keeps a number of Pods running.');
    t.waitFor(() => false, 200);
    t.type('p');
    wait('Task: Create a Deployment named web');
    t.type('kubectl create deployment web --image=nginx:1.16.1');
    t.keys('Enter');
    // kubectl create deployment prints "<resource>/<name> created".
    wait('deployment.apps/web created');
    t.type('kubectl get deployments');
    t.keys('Enter');
    screen = wait('NAME   READY   UP-TO-DATE   AVAILABLE   AGE');
    t.type('check');
    t.keys('Enter');
    screen = wait('Score 1/1: PASSED');
    expect(screen).toContain('✔ Deployment web runs nginx:1.16.1  1/1');
    t.type('exit');
    t.keys('Enter');
    screen = wait('● 1. Basics: your first Deployment');
    expect(screen).toContain('done · 1/1 scenarios 1/1 pts');
    expect(screen).toContain('Continue where you left off: scenario basics/create-web (c)');
    t.type('q');
    wait('kubedojo exited with 0');
    const progress = JSON.parse(fs.readFileSync(path.join(data, 'progress.json'), 'utf8'));
    expect(progress.scenarios['basics/create-web'].status).toBe('passed');
    const recorded = JSON.parse(fs.readFileSync(path.join(data, 'sessions', 'basics--create-web.json'), 'utf8'));
    expect(recorded.commands.map((c: { text: string }) => c.text)).toEqual(['kubectl create deployment web --image=nginx:1.16.1', 'kubectl get deployments']);
  }, 90_000);
});
