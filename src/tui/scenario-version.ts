/**
 * A scenario's content version: the first 12 hex digits of the SHA-256 of its file. Cheap
 * enough for the home screen (no schema, no simulator), and it changes whenever the file does,
 * so progress earned on an older scenario is not counted for a changed one.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version of scenario `id` under `<root>/scenarios`, undefined when it does not exist. */
export function scenarioVersion(root: string, id: string): string | undefined {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)) return undefined;
  for (const ext of ['.yaml', '.yml']) {
    try {
      return createHash('sha256').update(readFileSync(join(root, 'scenarios', id + ext))).digest('hex').slice(0, 12);
    } catch {
      // try the other extension
    }
  }
  return undefined;
}
