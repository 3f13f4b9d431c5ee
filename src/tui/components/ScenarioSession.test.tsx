import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fsCourseSource } from '../fs-course-source.js';
import type { ScenarioInfo } from '../course-source.js';
import { SEQ } from '../keys.js';
import { SessionModel } from '../session/model.js';
import { formatElapsed, ScenarioSession, taskText } from './ScenarioSession.js';
import { press, waitForFrame, waitForScreen } from './test-helpers.js';

const COURSE = path.join(import.meta.dirname, '..', 'testdata', 'course');
/** ctrl-p pauses virtual time, ctrl-f switches 1×/10×, ctrl-s skips 30 s. */
const PAUSE = ['\x10'];
const SPEED = ['\x06'];
const SKIP = ['\x13'];
/** A heredoc typed line by line. */
const HEREDOC = ['cat <<EOF', SEQ.enter, 'hello', SEQ.enter, 'EOF', SEQ.enter];

let ws: string;
beforeEach(() => {
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'kubedojo-screen-'));
});
afterEach(() => fs.rmSync(ws, { recursive: true, force: true }));

function session(): SessionModel {
  const source = fsCourseSource(COURSE);
  const m = SessionModel.start({ source, scenario: source.scenario('basics/create-web') as ScenarioInfo, workspaceRoot: ws });
  if ('error' in m) throw new Error(m.error);
  return m;
}

describe('ScenarioSession at 80×23', () => {
  it('shows the cluster panel with pod status from kubectl get pods, and time controls', async () => {
    const m = session();
    const r = render(<ScenarioSession model={m} width={80} height={23} onExit={() => {}} flowTime={false} />);
    await waitForScreen(r, 'No pods, deployments or services');
    await press(r, 'kubectl create deployment web --image=nginx:1.16.1 --replicas=2', SEQ.enter);
    await waitForFrame(r, 'deployment.apps/web created');
    await press(r, ...SKIP);
    let frame = await waitForFrame(r, 't+30s');
    expect(frame).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE$/m);
    expect(frame).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5} +1\/1 +Running +0 +30s$/m);
    expect(frame).toMatch(/^web +2\/2 +2 +2$/m);
    await press(r, ...PAUSE);
    frame = await waitForFrame(r, '⏸ paused');
    await press(r, ...PAUSE, ...SPEED);
    frame = await waitForFrame(r, '▶▶ 10×');
    expect(frame.split('\n').every((l) => l.length <= 80)).toBe(true);
    r.unmount();
  });

  it('continues a heredoc with "> " and prints its output', async () => {
    const m = session();
    const r = render(<ScenarioSession model={m} width={80} height={23} onExit={() => {}} flowTime={false} />);
    await waitForScreen(r, 'Task:');
    await press(r, ...HEREDOC);
    const frame = await waitForFrame(r, '> EOF');
    expect(frame).toContain('$ cat <<EOF\n> hello\n> EOF\nhello');
    r.unmount();
  });
});

describe('helpers', () => {
  it('formats virtual time', () => {
    expect(formatElapsed(65_000)).toBe('1m05s');
    expect(formatElapsed(9_999)).toBe('9s');
  });
  it('wraps the task at words and marks a cut', () => {
    const lines = taskText('one two three four five six seven eight nine ten eleven twelve', 20, 2).map((l) => l.map((s) => s.text).join(''));
    expect(lines).toEqual(['Task: one two three', 'four five six seven…']);
  });
});
