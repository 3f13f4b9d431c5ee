/**
 * The one go-yaml v2 emitter of the project, as sigs.k8s.io/yaml writes JSON-shaped data:
 * `kubectl -o yaml` and Helm's toYaml both print through it. Keys sorted (goyaml's keyList
 * order), 2-space indent, sequences inside mappings not indented, `{}`/`[]` for empty
 * collections, strings quoted only when they would read back as something else, `|`/`|-`
 * blocks for multi-line strings, long lines folded at column 80.
 */
import { goFloatG } from './go-format.js';
import { isPrintable, stringStyle } from './yaml-scalar.js';

const BEST_WIDTH = 80;
const BEST_INDENT = 2;
const MAX_SIMPLE_KEY_LENGTH = 128;

const isBreak = (c: string) => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';

/** goyaml.v2 keyList.Less for string keys: digit runs compare as numbers, letters sort after other runes. */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  const isLetter = (c: string) => /^\p{L}$/u.test(c);
  const isDigit = (c: string | undefined) => c !== undefined && /^\p{Nd}$/u.test(c);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i].codePointAt(0)! < br[i].codePointAt(0)!;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i].codePointAt(0)! < br[i].codePointAt(0)!;
  }
  return ar.length < br.length;
}

function sortKeys(keys: string[]): string[] {
  return [...keys].sort((x, y) => (yamlKeyLess(x, y) ? -1 : yamlKeyLess(y, x) ? 1 : 0));
}

const DOUBLE_ESCAPES: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
  0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

/** The emitter's output state, mirroring libyaml's column/whitespace/indention flags. */
class Emitter {
  constructor(private readonly indentSequences = false) {}
  out = '';
  column = 0;
  whitespace = true;
  indention = true;

  put(s: string): void {
    this.out += s;
    this.column += [...s].length;
  }
  putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }
  /** write_break: `\n` as a newline, other break characters verbatim; both reset the column. */
  writeBreak(c: string): void {
    if (c === '\n') this.putBreak();
    else {
      this.out += c;
      this.column = 0;
    }
  }
  writeIndent(indent: number): void {
    const i = Math.max(indent, 0);
    if (!this.indention || this.column > i || (this.column === i && !this.whitespace)) this.putBreak();
    while (this.column < i) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }
  indicator(ind: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(ind);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  plain(value: string, indent: number, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    const chars = [...value];
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && chars[i + 1] !== ' ') this.writeIndent(indent);
        else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        this.indention = false;
        spaces = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  single(value: string, indent: number, allowBreaks: boolean): void {
    this.indicator("'", true, false, false);
    const chars = [...value];
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== chars.length - 1 && chars[i + 1] !== ' ') this.writeIndent(indent);
        else this.put(c);
        spaces = true;
      } else if (isBreak(c)) {
        // Unicode line/paragraph separators are written as they are and start a new line.
        if (!breaks && c === '\n') this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent(indent);
        if (c === "'") this.put("'");
        this.put(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.indicator("'", false, false, false);
  }

  double(value: string, indent: number, allowBreaks: boolean): void {
    this.indicator('"', true, false, false);
    const chars = [...value];
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      const cp = c.codePointAt(0)!;
      if (!isPrintable(c) || cp === 0xfeff || c === '\n' || c === '"' || c === '\\') {
        this.put('\\');
        const esc = DOUBLE_ESCAPES[cp];
        if (esc) this.put(esc);
        else if (cp <= 0xff) this.put('x' + cp.toString(16).toUpperCase().padStart(2, '0'));
        else if (cp <= 0xffff) this.put('u' + cp.toString(16).toUpperCase().padStart(4, '0'));
        else this.put('U' + cp.toString(16).toUpperCase().padStart(8, '0'));
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== chars.length - 1) {
          this.writeIndent(indent);
          if (chars[i + 1] === ' ') this.put('\\');
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    }
    this.indicator('"', false, false, false);
  }

  literal(value: string, indent: number): void {
    this.indicator('|', true, false, false);
    const chars = [...value];
    if (chars[0] === ' ' || isBreak(chars[0])) this.indicator(String(BEST_INDENT), false, false, false);
    const last = chars.length - 1;
    if (!isBreak(chars[last])) this.indicator('-', false, false, false);
    else if (last === 0 || isBreak(chars[last - 1])) this.indicator('+', false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of chars) {
      if (isBreak(c)) {
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) {
          this.writeIndent(indent);
          breaks = false;
        }
        this.put(c);
        this.indention = false;
      }
    }
  }

  /** A scalar value; `parentIndent` is the enclosing collection's indent. */
  scalar(v: unknown, parentIndent: number, simpleKey: boolean): void {
    const indent = parentIndent < 0 ? BEST_INDENT : parentIndent + BEST_INDENT;
    if (typeof v !== 'string') {
      this.plain(scalarText(v), indent, !simpleKey);
      return;
    }
    const style = stringStyle(v, simpleKey);
    if (style === 'plain') this.plain(v, indent, !simpleKey);
    else if (style === 'single') this.single(v, indent, !simpleKey);
    else if (style === 'double') this.double(v, indent, !simpleKey);
    else this.literal(v, indent);
  }

  node(v: unknown, parentIndent: number, mappingContext: boolean): void {
    if (Array.isArray(v)) this.sequence(v, parentIndent, mappingContext);
    else if (v !== null && typeof v === 'object') this.mapping(v as Record<string, unknown>, parentIndent);
    else this.scalar(v, parentIndent, false);
  }

  mapping(m: Record<string, unknown>, parentIndent: number): void {
    const keys = sortKeys(Object.keys(m).filter((k) => m[k] !== undefined));
    if (!keys.length) {
      this.indicator('{', true, true, false);
      this.indicator('}', false, false, false);
      return;
    }
    const indent = parentIndent < 0 ? 0 : parentIndent + BEST_INDENT;
    for (const k of keys) {
      this.writeIndent(indent);
      if (Buffer.byteLength(k) > MAX_SIMPLE_KEY_LENGTH || /[\n\r\u0085\u2028\u2029]/.test(k)) {
        // yaml_emitter_check_simple_key: long or multi-line keys are written as `? key` / `: value`.
        this.indicator('?', true, false, true);
        this.scalar(k, indent, false);
        this.writeIndent(indent);
        this.indicator(':', true, false, true);
      } else {
        this.scalar(k, indent, true);
        this.indicator(':', false, false, false);
      }
      this.node(m[k], indent, true);
    }
  }

  sequence(items: unknown[], parentIndent: number, mappingContext: boolean): void {
    if (!items.length) {
      this.indicator('[', true, true, false);
      this.indicator(']', false, false, false);
      return;
    }
    // yaml.v3 (Helm's toYamlPretty) indents sequences under their key; goyaml.v2 does not.
    const indentless = mappingContext && !this.indention && !this.indentSequences;
    const indent = parentIndent < 0 ? 0 : indentless ? parentIndent : parentIndent + BEST_INDENT;
    for (const item of items) {
      this.writeIndent(indent);
      this.indicator('-', true, false, true);
      this.node(item === undefined ? null : item, indent, false);
    }
  }
}

/**
 * Non-string scalars: null, booleans, ints as decimal, float64 as strconv 'g'. A whole float64
 * passed through JSON reads back as an int only when it fits int64/uint64 (1e20 → 1e+20).
 */
function scalarText(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= -(2 ** 63) && v < 2 ** 64) return BigInt(v).toString();
    if (Number.isNaN(v)) return '.nan';
    if (!Number.isFinite(v)) return v > 0 ? '.inf' : '-.inf';
    return goFloatG(v);
  }
  return String(v);
}

/**
 * One object (or any JSON value) as kubectl prints it with `-o yaml`; ends with a newline.
 * `indentSequences` gives yaml.v3's layout of sequences in mappings (Helm's toYamlPretty).
 */
export function printYaml(obj: unknown, opts: { indentSequences?: boolean } = {}): string {
  const e = new Emitter(opts.indentSequences);
  e.node(obj, -1, false);
  return e.out + '\n';
}

/** The `v1 List` kubectl wraps several objects in for `-o yaml` / `-o json`. */
export function listOf(items: unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}
