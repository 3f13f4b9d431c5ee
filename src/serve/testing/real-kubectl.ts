/**
 * The real kubectl binaries installed on this machine, for tests that compare our kubectl
 * with them (they run the real client against `kubedojo serve`).
 */
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the machines here keep one kubectl per minor version (kubectl.1.27 … kubectl.1.33). */
export const REAL_KUBECTL_DIR = '/usr/lib/google-cloud-sdk/bin';

const linked = new Map<string, string>();

/**
 * The installed kubectl of `minor` (for 1.33, the reference, KUBEDOJO_REAL_KUBECTL may name
 * another binary), reached through a link named
 * `kubectl`: its User-Agent names the binary file, and the API server names a write's field
 * manager after it, so `kubectl.1.33` would show where a learner's `kubectl` shows.
 * Undefined when it is not installed.
 */
export function realKubectl(minor = '1.33'): string | undefined {
  const target = (minor === '1.33' && process.env.KUBEDOJO_REAL_KUBECTL) || join(REAL_KUBECTL_DIR, `kubectl.${minor}`);
  if (!existsSync(target)) return undefined;
  let link = linked.get(target);
  if (!link) {
    link = join(mkdtempSync(join(tmpdir(), 'kubedojo-kubectl-')), 'kubectl');
    symlinkSync(target, link);
    linked.set(target, link);
  }
  return link;
}
