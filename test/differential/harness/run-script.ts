/** One differential run: a script through both kubectls on identically seeded clusters. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEmbedded } from './embedded.js';
import { runReal, startRealSide } from './real.js';
import type { CommandResult } from './result.js';
import { parseScript } from './script.js';

/** The folder of scripts and the manifests they use. */
export const SCRIPTS_DIR = new URL('../scripts/', import.meta.url).pathname;

/** Every seeded cluster of the suite starts the same way. */
export const SEED = 7;

/** A fixed token: the serve token is a secret in real use, a constant in a test. */
const TOKEN = 'differential-test-token';

/** `1.33` from `kubectl version --client` of the binary at `bin`. */
export function kubectlVersion(bin: string): string {
  const out = execFileSync(bin, ['version', '--client'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  const m = /Client Version: v(\d+\.\d+)/.exec(out);
  if (!m) throw new Error(`cannot read the version of ${bin}: ${out}`);
  return m[1];
}

/** Runs `<name>.kubectl` from SCRIPTS_DIR both ways and returns both result lists. */
export async function runDifferential(name: string, bin: string): Promise<{ real: CommandResult[]; embedded: CommandResult[] }> {
  const parsed = parseScript(readFileSync(join(SCRIPTS_DIR, `${name}.kubectl`), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}.kubectl: ${parsed.error}`);
  const base = mkdtempSync(join(tmpdir(), 'kubedojo-diff-'));
  try {
    const home = join(base, 'home');
    const root = join(base, 'work');
    mkdirSync(home);
    // Both sides work in the same copy of the manifests (the embedded side first), so paths in messages agree.
    cpSync(SCRIPTS_DIR, root, { recursive: true });
    const setup = { seed: SEED, root, home, kubeconfigPath: join(home, 'kubeconfig') };
    const side = await startRealSide(SEED, TOKEN);
    try {
      const embedded = runEmbedded(parsed.steps, { ...setup, server: side.server.url, token: TOKEN, caData: side.server.certificateAuthorityData });
      const real = await runReal(parsed.steps, side, { ...setup, bin });
      return { real, embedded };
    } finally {
      await side.close();
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
