/**
 * Test helpers for kubectl transcripts:
 *
 *   const s = testSession();
 *   const r = run(s, 'kubectl get pods -n kube-system');
 *   expect(r.stdout).toBe('NAME ...\n');
 */
import { Cluster, type ClusterOptions } from '../../sim/index.js';
import { newKubectlSession, runKubectl } from '../index.js';
import type { KubectlSession } from '../types.js';
import { CaptureIO } from './capture-io.js';
import { MemoryFiles } from './fake-files.js';

export { CaptureIO } from './capture-io.js';
export { MemoryFiles } from './fake-files.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  combined: string;
}

/** A fresh cluster and a session on it with in-memory files. */
export function testSession(opts: ClusterOptions & { files?: Record<string, string>; env?: Record<string, string>; interactive?: boolean; watchWindowMs?: number } = {}): KubectlSession & { files: MemoryFiles } {
  const { files, env, interactive, watchWindowMs, ...clusterOpts } = opts;
  const cluster = Cluster.create({ seed: 1, ...clusterOpts });
  const mem = new MemoryFiles(files);
  const s = newKubectlSession(cluster, mem, { env, interactive, watchWindowMs });
  return Object.assign(s, { files: mem });
}

/**
 * Splits a command line into argv the simple way: whitespace separates words, single or
 * double quotes group (no escapes, no expansion). A leading `kubectl` is dropped.
 */
export function splitArgs(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  let has = false;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = '';
      else cur += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      has = true;
    } else if (/\s/.test(ch)) {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += ch;
    }
  }
  if (has || cur) out.push(cur);
  if (out[0] === 'kubectl') out.shift();
  return out;
}

/** Runs one kubectl command line against the session and returns what it printed. */
export function run(session: KubectlSession, line: string, stdin?: string): RunResult {
  const io = new CaptureIO(stdin);
  const code = runKubectl(splitArgs(line), session, io);
  return { code, stdout: io.stdout, stderr: io.stderr, combined: io.combined };
}
