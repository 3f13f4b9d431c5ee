/**
 * The conditions `kubectl wait --for=...` understands (kubectl pkg/cmd/wait/{wait,condition,
 * json}.go at v0.33.0), parsed once into a check over one observed object, plus the small
 * JSONPath subset the checks need (`{.status.readyReplicas}`, `[0]`, `[*]`,
 * `[?(@.type=="Ready")]`).
 */
import type { KObject } from '../../sim/index.js';

export type WaitCondition =
  | { kind: 'delete' }
  | { kind: 'create' }
  | { kind: 'check'; check: (obj: KObject) => { ok: true; met: boolean } | { ok: false; error: string } };

type Step = { field: string } | { index: number } | { all: true } | { filter: { path: string[]; value: string } };

function parsePath(expr: string): Step[] | undefined {
  const steps: Step[] = [];
  let i = 0;
  while (i < expr.length) {
    if (expr[i] === '.') {
      const m = /^\.([A-Za-z0-9_\-/]+)/.exec(expr.slice(i));
      if (!m) return undefined;
      steps.push({ field: m[1] });
      i += m[0].length;
    } else if (expr[i] === '[') {
      const end = expr.indexOf(']', i);
      if (end < 0) return undefined;
      const inner = expr.slice(i + 1, end).trim();
      if (inner === '*') steps.push({ all: true });
      else if (/^-?\d+$/.test(inner)) steps.push({ index: parseInt(inner, 10) });
      else if (/^'.*'$|^".*"$/.test(inner)) steps.push({ field: inner.slice(1, -1) });
      else {
        const f = /^\?\(@((?:\.[A-Za-z0-9_\-]+)+)\s*==\s*(?:"([^"]*)"|'([^']*)'|(\S+))\)$/.exec(inner);
        if (!f) return undefined;
        steps.push({ filter: { path: f[1].slice(1).split('.'), value: f[2] ?? f[3] ?? f[4] } });
      }
      i = end + 1;
    } else {
      return undefined;
    }
  }
  return steps;
}

/** Evaluates a JSONPath subset; missing keys yield no results (AllowMissingKeys). */
export function jsonPathValues(obj: unknown, expr: string): unknown[] | undefined {
  const steps = parsePath(expr);
  if (!steps) return undefined;
  let cur: unknown[] = [obj];
  for (const s of steps) {
    const next: unknown[] = [];
    for (const v of cur) {
      if ('field' in s) {
        if (v && typeof v === 'object' && !Array.isArray(v) && s.field in (v as object)) next.push((v as Record<string, unknown>)[s.field]);
      } else if ('index' in s) {
        if (Array.isArray(v)) {
          const at = s.index < 0 ? v.length + s.index : s.index;
          if (at >= 0 && at < v.length) next.push(v[at]);
        }
      } else if ('all' in s) {
        if (Array.isArray(v)) next.push(...v);
        else if (v && typeof v === 'object') next.push(...Object.values(v));
      } else if (Array.isArray(v)) {
        for (const item of v) {
          let x: unknown = item;
          for (const k of s.filter.path) x = x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined;
          if (x !== undefined && String(x) === s.filter.value) next.push(item);
        }
      }
    }
    cur = next;
  }
  return cur;
}

/** cmdget.RelaxedJSONPathExpression: `.a.b`, `{.a.b}` and `a.b` all mean `.a.b`. */
function relaxed(expr: string): string | undefined {
  let e = expr.trim();
  if (e.startsWith('{') && e.endsWith('}')) e = e.slice(1, -1).trim();
  else if (e.startsWith('{') || e.endsWith('}')) return undefined;
  if (!e.startsWith('.') && !e.startsWith('[')) e = `.${e}`;
  return e;
}

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
  const expr = relaxed(parts[0]);
  if (expr === undefined) return { error: `unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'` };
  if (!expr || expr === '.') return { error: 'jsonpath expression cannot be empty' };
  const value = parts.length === 2 ? parts[1].replace(/^['"]+|['"]+$/g, '') : undefined;
  if (parts.length === 2 && !value) return { error: "jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3" };
  if (!parsePath(expr)) return { error: `unrecognized JSONPath expression: ${parts[0]}` };
  return {
    kind: 'check',
    check: (obj) => {
      const found = jsonPathValues(obj, expr) ?? [];
      if (!found.length) return { ok: true, met: false };
      if (found.length > 1) return { ok: false, error: 'given jsonpath expression matches more than one value' };
      if (value === undefined) return { ok: true, met: true };
      const v = found[0];
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
