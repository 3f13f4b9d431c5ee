/**
 * The real side of a differential run: a real kubectl binary, one process per command,
 * against `startServer` on a fresh seeded cluster with the stepped clock (virtual time
 * moves only while kubectl waits on a watch). The cluster settles after each process
 * exits, as runKubectl settles after each command.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cluster } from '../../../src/sim/index.js';
import { startServer } from '../../../src/serve/server.js';
import { startClockDriver } from '../../../src/serve/clock-driver.js';
import type { RunningServer } from '../../../src/serve/types.js';
import { kubeconfigFile } from './kubeconfig.js';
import type { CommandResult, RunSetup } from './result.js';
import type { Step } from './script.js';

/**
 * How long the clients must be quiet before virtual time steps. The real kubectl must close
 * its watch within this after the event that ends its wait, or the clock runs past where
 * the embedded kubectl stopped; with ten cases sharing two CPUs, 200 ms was seen to be short.
 */
const QUIET_MS = 350;

/** A started server on a fresh cluster; the embedded side needs its URL before the real side runs. */
export interface RealSide {
  cluster: Cluster;
  server: RunningServer;
  token: string;
  close(): Promise<void>;
}

/** Starts `serve` for `cluster` on a free loopback port. */
export async function startRealSide(cluster: Cluster, token: string): Promise<RealSide> {
  const server = await startServer(cluster, { token, settleAfterWrites: false });
  const driver = startClockDriver(cluster, server.activity, { mode: 'stepped', quietMs: QUIET_MS });
  return {
    cluster,
    server,
    token,
    async close() {
      driver.stop();
      await server.close();
    },
  };
}

function runProcess(bin: string, argv: string[], env: Record<string, string>, cwd: string, stdin: string | undefined, timeoutMs: number): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, argv, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // A hung kubectl (a watch the server never ends) must fail the test, not the whole run.
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 + 9 : 1), stdout, stderr: signal ? `${stderr}[killed by ${signal} after ${timeoutMs} ms]\n` : stderr });
    });
    child.stdin.end(stdin ?? '');
  });
}

/** Runs `steps` with the real kubectl at `bin` against `side`. */
export async function runReal(steps: Step[], side: RealSide, setup: RunSetup & { bin: string; timeoutMs?: number }): Promise<CommandResult[]> {
  writeFileSync(setup.kubeconfigPath, kubeconfigFile(side.server.url, side.token, side.server.certificateAuthorityData), { mode: 0o600 });
  // A fresh discovery/OpenAPI cache per script (kubectl keys it by host:port for 6 hours).
  const cacheDir = mkdtempSync(join(setup.home, 'cache-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: setup.home,
    KUBECONFIG: setup.kubeconfigPath,
    KUBECACHEDIR: cacheDir,
    LANG: 'C.UTF-8',
  };
  const results: CommandResult[] = [];
  for (const step of steps) {
    if (step.kind === 'advance') {
      side.cluster.advance(step.ms);
      continue;
    }
    const stdin = step.stdinFile === undefined ? step.stdin : readFileSync(join(setup.root, step.stdinFile), 'utf8');
    const r = await runProcess(setup.bin, step.argv, env, setup.root, stdin, setup.timeoutMs ?? 20_000);
    side.cluster.settle();
    results.push({ line: step.line, lineNo: step.lineNo, ...r });
  }
  return results;
}
