/**
 * `--append-hash` (kubectl pkg/util/hash/hash.go SecretHash): sha256 of the JSON of
 * {data, kind, name, type} (keys sorted, data base64), hex, first 10 characters with
 * 0→g 1→h 3→k a→m e→t so the suffix never looks like a number or a word.
 */
import { createHash } from 'node:crypto';
import type { KObject } from '../../../sim/index.js';

const SWAP: Record<string, string> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };

/** Go's encoding/json escapes <, > and & inside strings. */
function goJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** The hash suffix of a Secret as kubectl computes it. */
export function appendHash(secret: KObject): string {
  const data = Object.fromEntries(Object.keys(secret.data ?? {}).sort().map((k) => [k, secret.data[k]]));
  const encoded = goJson({ data, kind: 'Secret', name: secret.metadata.name, type: secret.type ?? '' });
  const hex = createHash('sha256').update(encoded, 'utf8').digest('hex');
  return [...hex.slice(0, 10)].map((c) => SWAP[c] ?? c).join('');
}
