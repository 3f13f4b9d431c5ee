/**
 * `kubedojo serve` as a process: real signals, and the process must end by itself once
 * stopped (nothing left holding its event loop). The CLI is bundled from the sources with
 * esbuild first (the compiled dist/ may be stale while the sources change), next to
 * node_modules so its packages resolve. The real kubectl 1.33 is the client; skipped, with
 * the reason, where it is not installed.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { REAL_KUBECTL_DIR, realKubectl } from '../serve/testing/real-kubectl.js';

const KUBECTL = realKubectl('1.33') ?? `${REAL_KUBECTL_DIR}/kubectl.1.33`;
const haveKubectl = existsSync(KUBECTL);
if (!haveKubectl) console.warn(`serve process test skipped: the reference client ${KUBECTL} is not installed (set KUBEDOJO_REAL_KUBECTL)`);

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'node_modules', '.cache', 'kubedojo-serve-process-test');
const bundle = join(outdir, 'cli.js');

/** Starts `kubedojo serve ARGS` as a child process, as bin/kubedojo.js would. */
function spawnServe(args: string[]): { child: ChildProcessWithoutNullStreams; out: () => string; exited: Promise<{ code: number | null; signal: string | null }> } {
  const launcher = `const { main } = await import(${JSON.stringify(bundle)}); process.exitCode = await main(process.argv.slice(1));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', launcher, 'serve', ...args], { env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
  return { child, out: () => out, exited };
}

async function waitFor(out: () => string, text: string): Promise<void> {
  while (!out().includes(text)) await new Promise((r) => setTimeout(r, 20));
}

describe.skipIf(!haveKubectl)('kubedojo serve as a process', () => {
  beforeAll(async () => {
    mkdirSync(outdir, { recursive: true });
    await build({ entryPoints: [join(root, 'src', 'cli.ts')], outdir, bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'error' });
  }, 60_000);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`serves the real kubectl, then ${signal} stops it: "Stopped.", exit 0, kubeconfig gone`, async () => {
      const kubeconfig = join(mkdtempSync(join(tmpdir(), 'kubedojo-serve-proc-')), 'kubeconfig');
      const s = spawnServe(['--port', '0', '--kubeconfig', kubeconfig]);
      await Promise.race([waitFor(s.out, 'Press Ctrl-C to stop.\n'), s.exited.then(() => Promise.reject(new Error(`exited early:\n${s.out()}`)))]);
      expect(existsSync(kubeconfig)).toBe(true);
      const got = await new Promise<{ failed: boolean; out: string }>((done) =>
        execFile(KUBECTL, ['--kubeconfig', kubeconfig, '--cache-dir', join(dirname(kubeconfig), 'cache'), 'get', 'ns', 'default'], (e, out) => done({ failed: !!e, out })),
      );
      expect(got).toEqual({ failed: false, out: expect.stringMatching(/^NAME +STATUS +AGE\ndefault +Active +10m\n$/) });
      s.child.kill(signal);
      expect(await s.exited).toEqual({ code: 0, signal: null });
      expect(s.out().endsWith('Press Ctrl-C to stop.\nStopped.\n')).toBe(true);
      expect(existsSync(kubeconfig)).toBe(false);
    }, 30_000);
  }
});
