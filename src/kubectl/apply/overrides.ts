/**
 * `--overrides` / `--override-type` of `kubectl run` and `kubectl expose`
 * (kubernetes/kubectl pkg/cmd/util/override_options.go): an inline JSON patch applied to the
 * generated object before it is sent — a JSON merge patch by default, or a strategic merge
 * patch or JSON patch.
 */
import { applyJsonPatch, applyMergePatch, applyStrategicPatch, type KObject } from '../../sim/index.js';
import { flag } from '../flags.js';
import type { VerbContext } from '../types.js';

export type OverrideResult = { ok: true; object: KObject } | { ok: false; error: string };

/** Applies --overrides to `obj` (unchanged when the flag is empty). */
export function applyOverrides(ctx: VerbContext, obj: KObject): OverrideResult {
  const text = flag.str(ctx.parsed, 'overrides');
  if (!text) return { ok: true, object: obj };
  let patch: unknown;
  try {
    patch = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  const type = flag.str(ctx.parsed, 'override-type') || 'merge';
  switch (type) {
    case 'merge':
      return { ok: true, object: applyMergePatch(obj, patch) as KObject };
    case 'strategic': {
      const r = applyStrategicPatch(obj, patch, obj.kind);
      return r.ok ? { ok: true, object: r.value as KObject } : { ok: false, error: r.error };
    }
    case 'json': {
      const r = applyJsonPatch(obj, patch);
      return r.ok ? { ok: true, object: r.value as KObject } : { ok: false, error: r.error };
    }
    default:
      return { ok: false, error: `invalid override type: ${type}` };
  }
}
