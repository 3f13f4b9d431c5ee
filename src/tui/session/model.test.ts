import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fsCourseSource } from '../fs-course-source.js';
import type { ScenarioInfo } from '../course-source.js';
import { SessionModel } from './model.js';

const FIXTURE = path.join(import.meta.dirname, '..', 'testdata', 'course');

let ws: string;
beforeEach(() => {
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'kubedojo-tui-'));
});
afterEach(() => fs.rmSync(ws, { recursive: true, force: true }));

function start(): SessionModel {
  const source = fsCourseSource(FIXTURE);
  const info = source.scenario('basics/create-web') as ScenarioInfo;
  const m = SessionModel.start({ source, scenario: info, workspaceRoot: ws });
  if ('error' in m) throw new Error(m.error);
  return m;
}

const text = (m: SessionModel): string => m.transcript.lines().map((l) => l.text).join('\n');

describe('SessionModel', () => {
  it('runs a kubectl command through the shell and prints what kubectl prints', () => {
    const m = start();
    m.submit('kubectl create deployment web --image=nginx:1.16.1');
    // kubectl create deployment's success line (cmd/create/create_deployment.go via PrintFlags "created").
    expect(text(m)).toContain('$ kubectl create deployment web --image=nginx:1.16.1\ndeployment.apps/web created');
    expect(m.recording().commands).toEqual([{ text: 'kubectl create deployment web --image=nginx:1.16.1', at: 0 }]);
  });

  it('check replays the recording and reports a pass', () => {
    const m = start();
    m.submit('kubectl create deployment web --image=nginx:1.16.1');
    m.submit('check');
    expect(m.lastGrade?.passed).toBe(true);
    expect(text(m)).toContain('✔ Deployment web runs nginx:1.16.1  1/1');
    expect(text(m)).toContain('Score 1/1: PASSED');
  });

  it('check on the untouched start fails with the check hint, and `hint` gives the task hint for the failing check', () => {
    const m = start();
    m.submit('check');
    expect(m.lastGrade?.passed).toBe(false);
    expect(text(m)).toContain('✘ Deployment web runs nginx:1.16.1  0/1');
    m.submit('hint');
    expect(text(m)).toContain('Hint 1/1: `kubectl create deployment web --image=nginx:1.16.1`');
  });

  it('heredocs continue on the next line with a "> " prompt and run as one recorded command', () => {
    const m = start();
    m.submit('cat <<EOF');
    expect(m.prompt()).toBe('> ');
    m.submit('hello');
    m.submit('EOF');
    expect(m.prompt()).toBe('$ ');
    expect(text(m)).toContain('> EOF\nhello');
    expect(m.recording().commands.map((c) => c.text)).toEqual(['cat <<EOF\nhello\nEOF']);
  });

  it('records the virtual time each command was typed at while time flows', () => {
    const m = start();
    m.tick(1000);
    m.setSpeed(10);
    m.tick(1000);
    m.submit('echo hi');
    expect(m.recording().commands).toEqual([{ text: 'echo hi', at: 11_000 }]);
    m.setSpeed(0);
    m.tick(5000);
    expect(m.elapsed()).toBe(11_000);
    m.skip();
    expect(m.elapsed()).toBe(41_000);
  });

  it('solution asks first; only "y" shows it', () => {
    const m = start();
    m.submit('solution');
    m.submit('n');
    expect(text(m)).not.toContain('Reference solution');
    m.submit('solution');
    m.submit('y');
    expect(text(m)).toContain('Reference solution:\n  kubectl create deployment web --image=nginx:1.16.1');
  });

  it('reset goes back to the start: no objects, no recorded commands', () => {
    const m = start();
    m.submit('kubectl create deployment web --image=nginx:1.16.1');
    m.submit('reset');
    m.submit('y');
    expect(m.recording().commands).toEqual([]);
    m.submit('kubectl get deployments');
    // kubectl get on an empty namespace (cmd/get/get.go: "No resources found in %s namespace.")
    expect(text(m)).toContain('No resources found in default namespace.');
  });

  it('the panel shows pods with the columns of kubectl get pods', () => {
    const m = start();
    m.submit('kubectl create deployment web --image=nginx:1.16.1 --replicas=2');
    m.skip(60_000);
    const [pods, deps] = m.panel();
    expect(pods.header).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    expect(pods.rows).toHaveLength(2);
    expect(pods.rows.every((r) => r[1] === '1/1' && r[2] === 'Running' && r[3] === '0')).toBe(true);
    expect(deps.rows).toEqual([['web', '2/2', '2', '2']]);
  });

  it('files prints the workspace; exit ends the session', () => {
    const m = start();
    m.submit('files');
    expect(text(m)).toContain(`Workspace: ${fs.realpathSync(ws)}`);
    m.submit('exit');
    expect(m.exited).toBe(true);
  });
});
