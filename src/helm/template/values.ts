/**
 * The Go value model templates see. JS representations:
 *   NO_VALUE  – Go's invalid reflect.Value ("missing"; prints `<no value>`)
 *   null      – nil (interface/map/slice)
 *   number    – float64 (everything that came from YAML/JSON)
 *   bigint    – int / int64 (template literals, `len`, `--set` integers, Sprig math)
 *   string, boolean, arrays ([]interface {}), plain objects (map[string]interface {})
 *   GoStruct  – Go structs and typed values with methods (.Chart, .Capabilities, .Files)
 * Keeping ints and floats apart is what makes `eq 1 .Values.x` fail and `1e+06` print.
 */

export const NO_VALUE: unique symbol = Symbol('no value');

/**
 * A Go int64 (Sprig math results, `int64`, `--set` integers). Plain `bigint` is Go's `int`;
 * the distinction shows in typeOf/%T and in typed parameters (`trunc (add 1 2) "x"` fails in Go).
 */
export class Int64 {
  constructor(readonly v: bigint) {}
}

/** The integer inside a Go int or int64, else undefined. */
export function intOf(v: unknown): bigint | undefined {
  return typeof v === 'bigint' ? v : v instanceof Int64 ? v.v : undefined;
}
export type NoValue = typeof NO_VALUE;

/** A Go function or method as the template engine calls it. */
export interface GoFunc {
  /** Go parameter types, e.g. 'string', 'int', 'interface {}', 'reflect.Value'. */
  params: string[];
  /** Element type of a trailing variadic parameter (`...interface {}`). */
  variadic?: string;
  /** Throw FuncError for errors the learner causes; the engine words them as Go does. */
  fn: (...args: unknown[]) => unknown;
}

/** An error returned by a template function (Go's `(T, error)` second result). */
export class FuncError extends Error {}

/** A Go struct (or a named map/slice type with methods) exposed to templates. */
export class GoStruct {
  constructor(
    /** Go type as printed in errors, e.g. `*chart.Metadata`. */
    readonly typeName: string,
    readonly fields: Record<string, unknown>,
    readonly methods: Record<string, GoFunc> = {},
    /** Value used by toJson/toYaml (json.Marshal of the struct), if any. */
    readonly json?: () => unknown,
    /** Text Go's fmt %v prints for it. */
    readonly display?: () => string,
  ) {}
}

export function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoStruct) && !(v instanceof Uint8Array) && !(v instanceof Int64);
}

/** Go type name of a concrete value, as reflect prints it. */
export function goTypeName(v: unknown): string {
  if (v === NO_VALUE || v === null || v === undefined) return '<nil>';
  switch (typeof v) {
    case 'string': return 'string';
    case 'boolean': return 'bool';
    case 'number': return 'float64';
    case 'bigint': return 'int';
  }
  if (v instanceof Int64) return 'int64';
  if (Array.isArray(v)) return '[]interface {}';
  if (v instanceof GoStruct) return v.typeName;
  if (v instanceof Uint8Array) return '[]uint8';
  return 'map[string]interface {}';
}

/** Go's reflect Kind name (Sprig kindOf / kindIs). */
export function goKind(v: unknown): string {
  if (v === NO_VALUE || v === null || v === undefined) return 'invalid';
  switch (typeof v) {
    case 'string': return 'string';
    case 'boolean': return 'bool';
    case 'number': return 'float64';
    case 'bigint': return 'int';
  }
  if (v instanceof Int64) return 'int64';
  if (Array.isArray(v) || v instanceof Uint8Array) return 'slice';
  if (v instanceof GoStruct) return v.typeName.startsWith('*') ? 'ptr' : 'struct';
  return 'map';
}

/** text/template truth: false, 0, nil, empty string/slice/map are false; structs are true. */
export function isTrue(v: unknown): boolean {
  if (v === NO_VALUE || v === null || v === undefined) return false;
  switch (typeof v) {
    case 'boolean': return v;
    case 'string': return v.length > 0;
    case 'number': return v !== 0;
    case 'bigint': return v !== 0n;
  }
  if (v instanceof Int64) return v.v !== 0n;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Uint8Array) return v.length > 0;
  if (v instanceof GoStruct) return true;
  return Object.keys(v as object).length > 0;
}

/** Sprig's `empty`: like !isTrue but nil pointers etc. fold the same way. */
export function isEmpty(v: unknown): boolean {
  return !isTrue(v);
}

/** Deep copy of JSON-shaped data (Sprig deepCopy, value coalescing). */
export function deepCopy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(deepCopy) as T;
  if (isMap(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = deepCopy(v[k]);
    return out as T;
  }
  return v;
}

/** A sorted copy of map keys in Go's byte order (range, fmt). */
export function sortedKeys(m: Record<string, unknown>): string[] {
  return Object.keys(m).sort(byteCompare);
}

/** Go string comparison (UTF-8 byte order, same as code point order). */
export function byteCompare(a: string, b: string): number {
  if (a === b) return 0;
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
}
