/**
 * Replays the write verbs' transcripts in src/kubectl/verbs/testdata/: each `$ kubectl ...`
 * line is run and what it prints (stdout and stderr interleaved) must equal the lines that
 * follow it. write-verbs.txt is one session; client-errors.txt runs each command afresh.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, testSession } from '../testing/index.js';

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.27
`;

interface Step { command: string; expected: string; code: number }

function parse(text: string): Step[] {
  const steps: Step[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || (!line && !steps.length)) continue;
    if (line.startsWith('$ ')) steps.push({ command: line.slice(2), expected: '', code: 0 });
    else if (/^\[exit \d+\]$/.test(line)) steps[steps.length - 1].code = Number(line.slice(6, -1));
    else if (line || steps.length) steps[steps.length - 1].expected += `${line}\n`;
  }
  for (const s of steps) s.expected = s.expected.replace(/\n+$/, '\n').replace(/^\n$/, '');
  return steps;
}

const transcript = (name: string) => parse(readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8'));

describe('client-side checks transcript (outputs of the real kubectl client)', () => {
  for (const step of transcript('client-errors.txt')) {
    it(step.command, () => {
      const r = run(testSession({ files: { 'c.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' } }), step.command);
      expect(r.combined).toBe(step.expected);
      expect(r.code).toBe(step.code);
    });
  }
});

describe('write verbs transcript', () => {
  const steps = parse(readFileSync(new URL('./testdata/write-verbs.txt', import.meta.url), 'utf8'));
  const session = testSession({ files: { 'web.yaml': WEB } });
  for (const step of steps) {
    it(step.command, () => {
      const r = run(session, step.command);
      expect(r.combined).toBe(step.expected);
      expect(r.code).toBe(step.code);
    });
  }
});
