/**
 * Label selectors: the string form kubectl takes (`app=web,tier!=db,env in (a,b),!canary`)
 * and the object form stored in specs (`matchLabels` / `matchExpressions`).
 */
import type { LabelSelector } from './types.js';

export type Requirement =
  | { key: string; op: '=' | '!='; value: string }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!' };

export interface Selector {
  requirements: Requirement[];
  /** `labels.Everything()`: matches all. */
  empty: boolean;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses kubectl's `-l` syntax. Errors read like apimachinery's parser errors. */
export function parseSelector(input: string): ParseResult<Selector> {
  const reqs: Requirement[] = [];
  const text = input.trim();
  if (!text) return { ok: true, value: { requirements: [], empty: true } };
  let i = 0;
  const skip = () => { while (i < text.length && text[i] === ' ') i++; };
  const ident = () => {
    skip();
    const start = i;
    while (i < text.length && !' ,=!()'.includes(text[i])) i++;
    return text.slice(start, i);
  };
  while (i < text.length) {
    skip();
    if (text[i] === '!') {
      i++;
      const key = ident();
      if (!key) return { ok: false, error: `found '${text[i] ?? ''}', expected: identifier` };
      reqs.push({ key, op: '!' });
    } else {
      const key = ident();
      if (!key) return { ok: false, error: `found '${text[i] ?? ''}', expected: !, identifier, or 'end of string'` };
      skip();
      if (text.startsWith('!=', i)) {
        i += 2;
        reqs.push({ key, op: '!=', value: ident() });
      } else if (text.startsWith('==', i)) {
        i += 2;
        reqs.push({ key, op: '=', value: ident() });
      } else if (text[i] === '=') {
        i += 1;
        reqs.push({ key, op: '=', value: ident() });
      } else if (/^(in|notin)\s*\(/.test(text.slice(i))) {
        const op = text.startsWith('notin', i) ? 'notin' : 'in';
        i += op.length;
        skip();
        i++; // (
        const close = text.indexOf(')', i);
        if (close < 0) return { ok: false, error: `found 'end of string', expected: ')'` };
        const values = text.slice(i, close).split(',').map((v) => v.trim()).filter((v) => v !== '');
        i = close + 1;
        reqs.push({ key, op, values });
      } else if (i >= text.length || text[i] === ',') {
        reqs.push({ key, op: 'exists' });
      } else {
        return { ok: false, error: `found '${text[i]}', expected: in, notin, =, ==, !=, gt, lt, ',' or 'end of string'` };
      }
    }
    skip();
    if (i < text.length) {
      if (text[i] !== ',') return { ok: false, error: `found '${text[i]}', expected: ',' or 'end of string'` };
      i++;
    }
  }
  return { ok: true, value: { requirements: reqs, empty: reqs.length === 0 } };
}

/** Converts a spec's LabelSelector into a Selector. A nil selector matches nothing; `{}` matches all. */
export function fromLabelSelector(sel: LabelSelector | undefined | null): Selector | undefined {
  if (!sel) return undefined;
  const reqs: Requirement[] = [];
  for (const key of Object.keys(sel.matchLabels ?? {}).sort()) {
    reqs.push({ key, op: '=', value: sel.matchLabels![key] });
  }
  for (const e of sel.matchExpressions ?? []) {
    switch (e.operator) {
      case 'In': reqs.push({ key: e.key, op: 'in', values: e.values ?? [] }); break;
      case 'NotIn': reqs.push({ key: e.key, op: 'notin', values: e.values ?? [] }); break;
      case 'Exists': reqs.push({ key: e.key, op: 'exists' }); break;
      case 'DoesNotExist': reqs.push({ key: e.key, op: '!' }); break;
    }
  }
  return { requirements: reqs, empty: reqs.length === 0 };
}

/** A map selector (Service, ReplicationController). Empty or missing → undefined (selects nothing). */
export function fromMap(map: Record<string, string> | undefined | null): Selector | undefined {
  if (!map || Object.keys(map).length === 0) return undefined;
  return fromLabelSelector({ matchLabels: map });
}

export function matches(sel: Selector | undefined, labels: Record<string, string> | undefined): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  for (const r of sel.requirements) {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case '=': if (!has || l[r.key] !== r.value) return false; break;
      case '!=': if (has && l[r.key] === r.value) return false; break;
      case 'in': if (!has || !r.values.includes(l[r.key])) return false; break;
      case 'notin': if (has && r.values.includes(l[r.key])) return false; break;
      case 'exists': if (!has) return false; break;
      case '!': if (has) return false; break;
    }
  }
  return true;
}

/** `app=web,tier=db`: labels sorted by key (labels.FormatLabels); `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (!keys.length) return '<none>';
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}

/**
 * A LabelSelector as metav1.FormatLabelSelector prints it: `app=web,tier in (a,b)`;
 * `<none>` for an empty selector.
 */
export function formatLabelSelector(sel: LabelSelector | undefined | null): string {
  if (!sel) return '<none>';
  const parts: string[] = [];
  for (const k of Object.keys(sel.matchLabels ?? {}).sort()) parts.push(`${k}=${sel.matchLabels![k]}`);
  for (const e of sel.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    switch (e.operator) {
      case 'In': parts.push(`${e.key} in (${values})`); break;
      case 'NotIn': parts.push(`${e.key} notin (${values})`); break;
      case 'Exists': parts.push(e.key); break;
      case 'DoesNotExist': parts.push(`!${e.key}`); break;
    }
  }
  return parts.length ? parts.join(',') : '<none>';
}
