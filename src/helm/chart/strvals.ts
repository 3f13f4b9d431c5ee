/**
 * Helm's `--set` parser (helm/helm pkg/strvals/parser.go): `a.b=c,d=e`, lists `{x,y}`, indexes
 * `a[0].b=c`, backslash escapes, and typing (`true/false/null`, base-10 ints → int64, else
 * strings). The same grammar serves --set-string (all strings) and --set-file (value = path).
 */

import { Int64 } from '../template/values.js';

export const MAX_INDEX = 65536;
export const MAX_NESTED_NAME_LEVEL = 30;

type Dict = Record<string, unknown>;
/** Converts the raw value text for one flag kind; errors are returned as strings. */
export type ValueReader = (raw: string) => { ok: true; value: unknown } | { ok: false; error: string };

class EOF {}
const EOF_ERR = new EOF();
class NotList {}
const NOT_LIST = new NotList();
class ParseFail {
  constructor(readonly message: string) {}
}

/** strvals typedVal: how `--set` types a value. */
export function typedVal(val: string, forceString: boolean): unknown {
  if (forceString) return val;
  const low = val.toLowerCase();
  if (low === 'true') return true;
  if (low === 'false') return false;
  if (low === 'null') return null;
  if (val === '0') return new Int64(0n);
  if (val.length > 0 && val[0] !== '0' && /^[+-]?\d+$/.test(val)) {
    const n = BigInt(val);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return new Int64(n);
  }
  return val;
}

/** strvals set(): an empty key is silently dropped. */
function set(data: Dict, key: string, val: unknown): void {
  if (key.length > 0) data[key] = val;
}

class Parser {
  private i = 0;
  private runes: string[];

  constructor(text: string, private data: Dict, private reader: ValueReader, private json = false) {
    this.runes = Array.from(text);
  }

  /** --set-json: one JSON value at the cursor (empty means null), then `,` or the end. */
  private jsonValue(): { value: unknown; eof: boolean } {
    const start = this.i;
    let depth = 0;
    let inStr = false;
    while (this.i < this.runes.length) {
      const c = this.runes[this.i]!;
      if (inStr) {
        if (c === '\\') this.i++;
        else if (c === '"') inStr = false;
      } else if (c === '"') inStr = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
      else if (c === ',' && depth === 0) break;
      this.i++;
    }
    const text = this.runes.slice(start, this.i).join('').trim();
    const eof = this.i >= this.runes.length;
    if (!eof) this.i++; // the comma
    if (text === '') return { value: null, eof };
    try {
      return { value: JSON.parse(text) as unknown, eof };
    } catch (e) {
      throw new ParseFail((e as Error).message);
    }
  }

  parse(): void {
    for (;;) {
      const e = this.key(this.data, 0);
      if (e === null) continue;
      if (e === EOF_ERR) return;
      throw e;
    }
  }

  private until(stop: string): { v: string; last: string; eof: boolean } {
    let v = '';
    while (this.i < this.runes.length) {
      const r = this.runes[this.i++]!;
      if (r === '\\') {
        if (this.i < this.runes.length) v += this.runes[this.i++];
        continue;
      }
      if (stop.includes(r)) return { v, last: r, eof: false };
      v += r;
    }
    return { v, last: '', eof: true };
  }

  private read(value: string): unknown {
    const r = this.reader(value);
    if (!r.ok) throw new ParseFail(r.error);
    return r.value;
  }

  private key(data: Dict, level: number): unknown {
    const { v: k, last, eof } = this.until('=[,.');
    if (eof) {
      if (k.length === 0) return EOF_ERR;
      return new ParseFail(`key ${JSON.stringify(k)} has no value`);
    }
    switch (last) {
      case '[': {
        const i = this.keyIndex();
        let list: unknown[] = Array.isArray(data[k]) ? (data[k] as unknown[]) : [];
        const res = this.listItem(list, i, level);
        list = res.list;
        set(data, k, list);
        return res.err;
      }
      case '=': {
        if (this.json) {
          set(data, k, this.jsonValue().value);
          return null;
        }
        const vl = this.valList();
        if (Array.isArray(vl)) {
          set(data, k, vl);
          return null;
        }
        if (vl === EOF_ERR) {
          set(data, k, '');
          return EOF_ERR;
        }
        if (vl === NOT_LIST) {
          const { v } = this.until(',');
          set(data, k, this.read(v));
          return null;
        }
        return vl;
      }
      case ',':
        set(data, k, '');
        return new ParseFail(`key ${JSON.stringify(k)} has no value (cannot end with ,)`);
      case '.': {
        level++;
        if (level > MAX_NESTED_NAME_LEVEL) return new ParseFail(`value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`);
        const existing = data[k];
        if (k in data && (existing === null || typeof existing !== 'object' || Array.isArray(existing))) {
          // Go's type assertion on the existing value panics here.
          return new ParseFail(`interface conversion: interface {} is ${existing === null ? 'nil' : Array.isArray(existing) ? '[]interface {}' : typeof existing === 'string' ? 'string' : typeof existing === 'boolean' ? 'bool' : 'int64'}, not map[string]interface {}`);
        }
        const inner: Dict = k in data ? (existing as Dict) : {};
        const e = this.key(inner, level);
        if (e === null && Object.keys(inner).length === 0) return new ParseFail(`key map ${JSON.stringify(k)} has no value`);
        if (Object.keys(inner).length !== 0) set(data, k, inner);
        return e;
      }
    }
    return null;
  }

  private keyIndex(): number {
    const { v } = this.until(']');
    if (!/^[+-]?\d+$/.test(v)) throw new ParseFail(`error parsing index: strconv.Atoi: parsing ${JSON.stringify(v)}: invalid syntax`);
    return parseInt(v, 10);
  }

  private setIndex(list: unknown[], index: number, val: unknown): unknown[] {
    if (index < 0) throw new ParseFail(`negative ${index} index not allowed`);
    if (index > MAX_INDEX) throw new ParseFail(`index of ${index} is greater than maximum supported index of ${MAX_INDEX}`);
    const out = list.slice();
    while (out.length <= index) out.push(null);
    out[index] = val;
    return out;
  }

  private listItem(list: unknown[], i: number, level: number): { list: unknown[]; err: unknown } {
    if (i < 0) return { list, err: new ParseFail(`negative ${i} index not allowed`) };
    const { v: k, last, eof } = this.until('[.=');
    if (k.length > 0) return { list, err: new ParseFail(`unexpected data at end of array index: ${JSON.stringify(k)}`) };
    if (eof) return { list, err: EOF_ERR };
    switch (last) {
      case '=': {
        if (this.json) {
          return { list: this.setIndex(list, i, this.jsonValue().value), err: null };
        }
        const vl = this.valList();
        if (Array.isArray(vl)) return { list: this.setIndex(list, i, vl), err: null };
        if (vl === EOF_ERR) return { list: this.setIndex(list, i, ''), err: EOF_ERR };
        if (vl === NOT_LIST) {
          const { v } = this.until(',');
          return { list: this.setIndex(list, i, this.read(v)), err: null };
        }
        return { list, err: vl };
      }
      case '[': {
        const next = this.keyIndex();
        const cur = list.length > i && Array.isArray(list[i]) ? (list[i] as unknown[]) : [];
        const res = this.listItem(cur, next, level);
        if (res.err !== null && res.err !== EOF_ERR) return { list, err: res.err };
        return { list: this.setIndex(list, i, res.list), err: res.err };
      }
      case '.': {
        const cur = list.length > i ? list[i] : undefined;
        const inner: Dict = cur !== null && typeof cur === 'object' && !Array.isArray(cur) ? (cur as Dict) : {};
        const e = this.key(inner, level);
        if (e !== null && e !== EOF_ERR) return { list, err: e };
        return { list: this.setIndex(list, i, inner), err: e };
      }
    }
    return { list, err: new ParseFail(`parse error: unexpected token ${last}`) };
  }

  private valList(): unknown[] | EOF | NotList | ParseFail {
    if (this.i >= this.runes.length) return EOF_ERR;
    if (this.runes[this.i] !== '{') return NOT_LIST;
    this.i++;
    const list: unknown[] = [];
    for (;;) {
      const { v, last, eof } = this.until(',}');
      if (eof) return new ParseFail("list must terminate with '}'");
      if (last === '}') {
        if (this.i < this.runes.length && this.runes[this.i] === ',') this.i++;
        list.push(this.read(v));
        return list;
      }
      list.push(this.read(v));
    }
  }
}

/** Parses one `--set`-style argument into `dest` (mutated). Returns an error text on failure. */
export function parseSetInto(text: string, dest: Dict, reader: ValueReader, json = false): string | undefined {
  try {
    new Parser(text, dest, reader, json).parse();
    return undefined;
  } catch (e) {
    if (e instanceof ParseFail) return e.message;
    throw e;
  }
}

/** Readers for --set and --set-string. */
export const setReader: ValueReader = (raw) => ({ ok: true, value: typedVal(raw, false) });
export const setStringReader: ValueReader = (raw) => ({ ok: true, value: raw });
