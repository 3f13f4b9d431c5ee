import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fsCourseSource } from '../fs-course-source.js';
import { SEQ } from '../keys.js';
import { loadLessonInfos } from '../lessons-source.js';
import { ProgressStore } from '../progress/index.js';
import { scenarioVersion } from '../scenario-version.js';
import { sessionFile, sessionLauncher } from '../session-launcher.js';
import { App } from './App.js';
import { press, stripAnsi, waitForFrame, waitForScreen } from './test-helpers.js';

const COURSE = path.join(import.meta.dirname, '..', 'testdata', 'course');
const SIZE_80x24 = { columns: 80, rows: 24 };

/** Home → lesson → play: Enter opens the selected lesson, p plays its scenario. */
const OPEN_FIRST_LESSON = [SEQ.enter];
const PLAY = ['p'];
const TYPE_CREATE = ['kubectl create deployment web --image=nginx:1.16.1', SEQ.enter];
const TYPE_CHECK = ['check', SEQ.enter];

let data: string;
beforeEach(() => {
  data = fs.mkdtempSync(path.join(os.tmpdir(), 'kubedojo-app-'));
});
afterEach(() => fs.rmSync(data, { recursive: true, force: true }));

function app(size = SIZE_80x24) {
  const progress = new ProgressStore(path.join(data, 'progress.json'));
  const openSession = sessionLauncher({ dataDir: data, progress, loadSource: async () => fsCourseSource(COURSE) });
  const r = render(<App lessons={loadLessonInfos(COURSE)} progress={progress} versionOf={(id) => scenarioVersion(COURSE, id)} openSession={openSession} size={size} flowTime={false} />);
  return { r, progress };
}

describe('App at 80×24', () => {
  it('home lists the lessons with their status and the next step', async () => {
    const { r } = app();
    const frame = stripAnsi(await waitForFrame(r, 'kubedojo'));
    expect(frame).toContain('○ 1. Basics: your first Deployment');
    expect(frame).toContain('not started · 0/1 scenarios');
    expect(frame).toContain('Next: read "Basics: your first Deployment" (n)');
    expect(frame.split('\n').every((l) => l.length <= 80)).toBe(true);
    r.unmount();
  });

  it('opens a lesson, plays its scenario, runs a command, checks and passes; progress is saved', async () => {
    const { r, progress } = app();
    await waitForScreen(r, 'kubedojo');
    await press(r, ...OPEN_FIRST_LESSON);
    let frame = stripAnsi(await waitForScreen(r, 'Basics: your first Deployment ('));
    expect(frame).toContain('A Deployment keeps a number of Pods running.');
    expect(frame).toContain('▶ p: play basics/create-web');
    await press(r, ...PLAY);
    await waitForScreen(r, 'Task: Create a Deployment named web');
    await press(r, ...TYPE_CREATE);
    frame = stripAnsi(await waitForFrame(r, 'deployment.apps/web created'));
    expect(frame).toContain('$ kubectl create deployment web --image=nginx:1.16.1');
    await press(r, ...TYPE_CHECK);
    frame = stripAnsi(await waitForFrame(r, 'Score 1/1: PASSED'));
    expect(frame).toContain('✔ Deployment web runs nginx:1.16.1  1/1');
    expect(progress.scenario('basics/create-web', scenarioVersion(COURSE, 'basics/create-web')!)?.status).toBe('passed');
    const recorded = JSON.parse(fs.readFileSync(sessionFile(data, 'basics/create-web'), 'utf8'));
    expect(recorded).toMatchObject({ scenario: 'basics/create-web', seed: 3, commands: [{ text: 'kubectl create deployment web --image=nginx:1.16.1', at: 0 }] });
    r.unmount();
  });

  it('the prompt keeps history (up) and completes with Tab', async () => {
    const { r } = app();
    await waitForScreen(r, 'kubedojo');
    await press(r, SEQ.enter);
    await waitForScreen(r, '▶ p: play');
    await press(r, 'p');
    await waitForScreen(r, 'Task:');
    await press(r, 'echo one', SEQ.enter);
    await waitForScreen(r, '$ echo one');
    await press(r, SEQ.up);
    // The prompt is the last line; ink trims the trailing cursor cell.
    await vi.waitFor(() => expect(stripAnsi(r.lastFrame() ?? '').split('\n').at(-1)).toBe('$ echo one'));
    await press(r, SEQ.ctrlU, 'kubectl rollo', SEQ.tab);
    await vi.waitFor(() => expect(stripAnsi(r.lastFrame() ?? '').split('\n').at(-1)).toBe('$ kubectl rollout'));
    await press(r, SEQ.tab);
    // Two or more candidates are listed above the prompt.
    await waitForFrame(r, 'history  pause  restart  resume  status  undo');
    r.unmount();
  });

  it('help lists the keys and goes back on any key', async () => {
    const { r } = app();
    await waitForScreen(r, 'kubedojo');
    await press(r, '?');
    const frame = await waitForScreen(r, 'Session commands');
    expect(frame).toContain('check · hint · solution · reset · files · help · exit');
    await press(r, 'x');
    await waitForFrame(r, 'Next:');
    r.unmount();
  });

  it('uses a wider terminal: the cluster panel moves beside the output', async () => {
    const { r } = app({ columns: 140, rows: 40 });
    await waitForScreen(r, 'kubedojo');
    await press(r, SEQ.enter);
    await waitForScreen(r, '▶ p: play');
    await press(r, 'p');
    await waitForScreen(r, 'Task:');
    await press(r, 'kubectl create deployment web --image=nginx:1.16.1', SEQ.enter, '\x13');
    const frame = stripAnsi(await waitForFrame(r, 'Deployments'));
    const line = frame.split('\n').find((l) => l.includes('deployment.apps/web created'));
    expect(line).toBeDefined();
    expect(frame.split('\n').some((l) => /\S\s{2,}NAME\s+READY\s+STATUS/.test(l) || /^\s+Pods$/.test(l) || /\S {2,}Pods$/.test(l))).toBe(true);
    r.unmount();
  });
});

describe('App opened on a step (kubedojo lesson ID / play ID)', () => {
  it('starts on the lesson', async () => {
    const progress = new ProgressStore(path.join(data, 'progress.json'));
    const openSession = sessionLauncher({ dataDir: data, progress, loadSource: async () => fsCourseSource(COURSE) });
    const r = render(<App lessons={loadLessonInfos(COURSE)} progress={progress} versionOf={(id) => scenarioVersion(COURSE, id)} openSession={openSession} size={SIZE_80x24} flowTime={false} initial={{ kind: 'lesson', id: 'basics', label: 'basics' }} />);
    await waitForFrame(r, '▶ p: play basics/create-web');
    r.unmount();
  });
  it('starts the scenario', async () => {
    const progress = new ProgressStore(path.join(data, 'progress.json'));
    const openSession = sessionLauncher({ dataDir: data, progress, loadSource: async () => fsCourseSource(COURSE) });
    const r = render(<App lessons={loadLessonInfos(COURSE)} progress={progress} versionOf={(id) => scenarioVersion(COURSE, id)} openSession={openSession} size={SIZE_80x24} flowTime={false} initial={{ kind: 'scenario', id: 'basics/create-web', label: 'x' }} />);
    await waitForFrame(r, 'Task: Create a Deployment named web');
    r.unmount();
  });
});
