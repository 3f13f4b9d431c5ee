/**
 * The `pod-template-hash` label value (kubernetes/kubernetes pkg/controller/controller_utils.go
 * `ComputeHash`). Upstream hashes Go's spew dump of the template; we hash a canonical JSON of
 * it instead (reference §0.2), then follow upstream exactly: FNV-32a, the collision count as
 * 8 little-endian bytes, the sum as a decimal string, and `rand.SafeEncodeString`.
 */
import { canonicalJson, fnv32a } from '../objects.js';
import { NAME_ALPHABET } from '../random.js';
import type { PodTemplateSpec } from '../types.js';

export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

/** apimachinery `rand.SafeEncodeString`: every character c becomes alphanums[c % 27]. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += NAME_ALPHABET[s.charCodeAt(i) % NAME_ALPHABET.length];
  return out;
}

/** The hash of a pod template (and the Deployment's collisionCount, when set): e.g. `7854ff8877`. */
export function computeHash(template: PodTemplateSpec, collisionCount?: number): string {
  let h = fnv32a(canonicalJson(template));
  if (collisionCount !== undefined && collisionCount !== null) {
    const bytes = [collisionCount & 0xff, (collisionCount >>> 8) & 0xff, (collisionCount >>> 16) & 0xff, (collisionCount >>> 24) & 0xff, 0, 0, 0, 0];
    for (const b of bytes) {
      h ^= b;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return safeEncodeString(String(h >>> 0));
}
