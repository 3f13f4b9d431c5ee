/** One differential run: the same steps through both kubectls on identical clusters. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster } from '../../../src/sim/index.js';
import { runEmbedded } from './embedded.js';
import { runReal, startRealSide } from './real.js';
import type { CommandResult } from './result.js';
import { parseScript, type Step } from './script.js';

/** The folder of scripts and the manifests they use. */
export const SCRIPTS_DIR = new URL('../scripts/', import.meta.url).pathname;

/** Every seeded cluster of the scripts starts the same way. */
export const SEED = 7;

/** A fixed token: the serve token is a secret in real use, a constant in a test. */
const TOKEN = 'differential-test-token';

/** What to run: steps, and how to build one side's cluster in a working folder (called once per side, must be deterministic). */
export interface DifferentialCase {
  steps: Step[];
  /** Fills the (empty) working folder both sides share. */
  prepare(root: string): void;
  cluster(root: string): Cluster;
}

/** `1.33` from `kubectl version --client -o json` of the binary at `bin` (the plain form changed in 1.28). */
export function kubectlVersion(bin: string): string {
  const out = execFileSync(bin, ['version', '--client', '-o', 'json'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  const v = (JSON.parse(out) as { clientVersion?: { major?: string; minor?: string } }).clientVersion;
  if (!v?.major || !v.minor) throw new Error(`cannot read the version of ${bin}: ${out}`);
  return `${v.major}.${v.minor.replace(/\D+$/, '')}`;
}

/** Runs a case both ways and returns both result lists (the embedded side first). */
export async function runCase(c: DifferentialCase, bin: string): Promise<{ real: CommandResult[]; embedded: CommandResult[] }> {
  const base = mkdtempSync(join(tmpdir(), 'kubedojo-diff-'));
  try {
    const home = join(base, 'home');
    const root = join(base, 'work');
    mkdirSync(home);
    mkdirSync(root);
    // Both sides work in the same folder, so paths in messages agree.
    c.prepare(root);
    const setup = { root, home, kubeconfigPath: join(home, 'kubeconfig') };
    const side = await startRealSide(c.cluster(root), TOKEN);
    try {
      const embedded = runEmbedded(c.steps, c.cluster(root), { ...setup, server: side.server.url, token: TOKEN, caData: side.server.certificateAuthorityData });
      const real = await runReal(c.steps, side, { ...setup, bin });
      return { real, embedded };
    } finally {
      await side.close();
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

/** The case of `<name>.kubectl` in SCRIPTS_DIR: a fresh cluster seeded with SEED, the folder's manifests. */
export function scriptCase(name: string): DifferentialCase {
  const parsed = parseScript(readFileSync(join(SCRIPTS_DIR, `${name}.kubectl`), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}.kubectl: ${parsed.error}`);
  return {
    steps: parsed.steps,
    prepare: (root) => cpSync(SCRIPTS_DIR, root, { recursive: true }),
    cluster: () => Cluster.create({ seed: SEED }),
  };
}
