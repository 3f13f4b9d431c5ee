/**
 * Helm's toYaml output: sigs.k8s.io/yaml (go-yaml v2), the same emitter `kubectl -o yaml`
 * uses. Template values may carry Go int64s (Int64); they print as the ints they are.
 */
import { printYaml } from '../../kubectl/printers/yaml.js';
import { Int64 } from '../template/values.js';

function plain(v: unknown): unknown {
  if (v instanceof Int64) return v.v;
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = plain(x);
    return out;
  }
  return v;
}

/**
 * Marshals JSON-shaped data like sigs.k8s.io/yaml.Marshal (with its trailing newline).
 * Input values: null, boolean, string, bigint or Int64 (int), number (float64), arrays and
 * plain objects. Callers reject NaN/Inf first, as json.Marshal does.
 */
export function emitYaml(v: unknown, opts: { indentSequences?: boolean } = {}): string {
  return printYaml(plain(v), opts);
}
