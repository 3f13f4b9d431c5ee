/**
 * The conditions `kubectl wait --for=...` understands (kubectl pkg/cmd/wait/{wait,condition,
 * json}.go at v0.33.0), parsed once into a check over one observed object. JSONPath
 * evaluation is the shared printers' engine, with missing keys allowed as upstream's
 * `jsonpath.New("wait").AllowMissingKeys(true)`.
 */
import type { KObject } from '../../sim/index.js';
import { findJsonPathResults, relaxedJsonPath } from '../printers/index.js';

export type WaitCondition =
  | { kind: 'delete' }
  | { kind: 'create' }
  | { kind: 'check'; check: (obj: KObject) => { ok: true; met: boolean } | { ok: false; error: string } };

/** splitJSONPathInput: split on single `=`, keep `==`. */
function splitOnEquals(input: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=') {
      if (input[i + 1] === '=') {
        cur += '==';
        i++;
        continue;
      }
      out.push(cur);
      cur = '';
      continue;
    }
    cur += input[i];
  }
  out.push(cur);
  return out;
}

function conditionCheck(name: string, wanted: string): WaitCondition {
  return {
    kind: 'check',
    check: (obj) => {
      for (const c of (obj.status?.conditions ?? []) as Record<string, unknown>[]) {
        if (typeof c.type !== 'string' || c.type.toLowerCase() !== name.toLowerCase() || typeof c.status !== 'string') continue;
        const generation = obj.metadata.generation;
        if (typeof generation === 'number') {
          const observed = typeof c.observedGeneration === 'number' ? c.observedGeneration : obj.status?.observedGeneration;
          if (typeof observed === 'number' && observed < generation) return { ok: true, met: false };
        }
        return { ok: true, met: c.status.toLowerCase() === wanted.toLowerCase() };
      }
      return { ok: true, met: false };
    },
  };
}

function jsonPathCheck(input: string): WaitCondition | { error: string } {
  const parts = splitOnEquals(input);
  if (parts.length < 1 || parts.length > 2) {
    return { error: "jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'" };
  }
  const relaxed = relaxedJsonPath(parts[0]);
  if (!relaxed.ok) return { error: relaxed.error };
  const expr = relaxed.value;
  const value = parts.length === 2 ? parts[1].replace(/^['"]+|['"]+$/g, '') : undefined;
  if (parts.length === 2 && !value) return { error: "jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3" };
  if (!expr) return { error: 'jsonpath expression cannot be empty' };
  const parsed = findJsonPathResults(expr, {});
  if (!parsed.ok) return { error: parsed.error };
  return {
    kind: 'check',
    check: (obj) => {
      const found = findJsonPathResults(expr, obj);
      if (!found.ok) return { ok: false, error: found.error };
      const results = found.results;
      if (!results.length || !results[0].length) return { ok: true, met: false };
      // verifyParsedJSONPath
      if (results.length > 1) return { ok: false, error: 'given jsonpath expression matches more than one list' };
      if (results[0].length > 1) return { ok: false, error: 'given jsonpath expression matches more than one value' };
      if (value === undefined) return { ok: true, met: true };
      const v = results[0][0];
      if (v !== null && typeof v === 'object') return { ok: false, error: 'jsonpath leads to a nested object or list which is not supported' };
      return { ok: true, met: String(v).trim() === value.trim() };
    },
  };
}

/** conditionFuncFor: parses `--for`. */
export function parseWaitFor(condition: string): WaitCondition | { error: string } {
  const lower = condition.toLowerCase();
  if (lower === 'delete') return { kind: 'delete' };
  if (lower === 'create') return { kind: 'create' };
  if (condition.startsWith('condition=')) {
    const rest = condition.slice('condition='.length);
    const eq = rest.indexOf('=');
    return eq < 0 ? conditionCheck(rest, 'true') : conditionCheck(rest.slice(0, eq), rest.slice(eq + 1));
  }
  if (condition.startsWith('jsonpath=')) return jsonPathCheck(condition.slice('jsonpath='.length));
  return { error: `unrecognized condition: ${JSON.stringify(condition)}` };
}
