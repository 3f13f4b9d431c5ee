/** Sprig defaults.go: default, empty, coalesce, all, any, compact, ternary, JSON helpers, deepCopy. */
import { deepCopy, isEmpty } from '../template/values.js';
import { fail, fixed, variadic, type FuncTable } from './func.js';
import { marshalJson, unmarshalJson } from './json.js';

const A = 'interface {}';

function tryJson(v: unknown, indent = '', html = true): string {
  try {
    return marshalJson(v, indent, html);
  } catch {
    return '';
  }
}

/** Sprig's default/flow family. */
export const defaultFuncs: FuncTable = {
  default: variadic([A], A, (d: unknown, ...given: unknown[]) => (given.length === 0 || isEmpty(given[0]) ? d : given[0])),
  empty: fixed([A], (v: unknown) => isEmpty(v)),
  coalesce: variadic([], A, (...v: unknown[]) => v.find((x) => !isEmpty(x)) ?? null),
  all: variadic([], A, (...v: unknown[]) => v.every((x) => !isEmpty(x))),
  any: variadic([], A, (...v: unknown[]) => v.some((x) => !isEmpty(x))),
  ternary: fixed([A, A, 'bool'], (t: unknown, f: unknown, c: boolean) => (c ? t : f)),
  toJson: fixed([A], (v: unknown) => tryJson(v)),
  mustToJson: fixed([A], (v: unknown) => {
    try {
      return marshalJson(v);
    } catch (e) {
      return fail((e as Error).message);
    }
  }),
  toPrettyJson: fixed([A], (v: unknown) => tryJson(v, '  ')),
  mustToPrettyJson: fixed([A], (v: unknown) => marshalJson(v, '  ')),
  toRawJson: fixed([A], (v: unknown) => tryJson(v, '', false)),
  mustToRawJson: fixed([A], (v: unknown) => marshalJson(v, '', false)),
  deepCopy: fixed([A], (v: unknown) => deepCopy(v)),
  mustDeepCopy: fixed([A], (v: unknown) => deepCopy(v)),
  fromJson: fixed(['string'], (s: string) => {
    try {
      return unmarshalJson(s);
    } catch {
      return null;
    }
  }),
  mustFromJson: fixed(['string'], (s: string) => {
    try {
      return unmarshalJson(s);
    } catch (e) {
      return fail((e as Error).message);
    }
  }),
};
