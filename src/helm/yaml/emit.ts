/**
 * A YAML emitter that writes JSON-shaped data exactly as sigs.k8s.io/yaml (go-yaml v2) does,
 * which is what Helm's `toYaml` prints: block style, 2-space mappings, sequences not indented
 * under their key, natural key order, quoting chosen by go-yaml's scalar analysis, literal
 * blocks for multi-line strings and plain/quoted strings folded past column 80.
 *
 * Input values: null, boolean, string, bigint (int), number (float64; whole numbers below 1e21
 * print as ints because they pass through JSON first), arrays and plain objects.
 */
import { formatFloatG } from '../template/go-float.js';
import { Int64 } from '../template/values.js';
import { naturalSortKeys } from './natural-sort.js';
import { needsQuotingForType } from './resolve.js';

const BEST_WIDTH = 80;

type Style = 'plain' | 'single' | 'double' | 'literal';

interface Analysis {
  multiline: boolean;
  blockPlain: boolean;
  single: boolean;
  block: boolean;
}

function isBreakChar(c: string): boolean {
  return c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
}
function isPrintable(cp: number): boolean {
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    cp === 0x85 ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}
function isBlankOrEnd(chars: string[], i: number): boolean {
  const c = chars[i];
  return c === undefined || c === ' ' || c === '\t' || isBreakChar(c) || c === '\0';
}

/** go-yaml's yaml_emitter_analyze_scalar, reduced to the block-context decisions. */
function analyze(s: string): Analysis {
  if (s.length === 0) return { multiline: false, blockPlain: true, single: true, block: false };
  const ch = Array.from(s);
  let blockInd = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWs = true;
  let prevSpace = false;
  let prevBreak = false;
  if (s.startsWith('---') || s.startsWith('...')) blockInd = true;
  for (let i = 0; i < ch.length; i++) {
    const c = ch[i]!;
    const followedByWs = i + 1 >= ch.length || isBlankOrEnd(ch, i + 1);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockInd = true;
      else if ((c === '?' || c === ':' || c === '-') && followedByWs) blockInd = true;
    } else if (c === ':' && followedByWs) blockInd = true;
    else if (c === '#' && precededByWs) blockInd = true;
    if (!isPrintable(c.codePointAt(0)!)) special = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === ch.length - 1) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (isBreakChar(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === ch.length - 1) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWs = isBlankOrEnd(ch, i);
  }
  const a: Analysis = { multiline: lineBreaks, blockPlain: true, single: true, block: true };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) a.blockPlain = false;
  if (trailingSpace) a.block = false;
  if (breakSpace) {
    a.blockPlain = false;
    a.single = false;
  }
  if (spaceBreak || special) {
    a.blockPlain = false;
    a.single = false;
    a.block = false;
  }
  if (lineBreaks) a.blockPlain = false;
  if (blockInd) a.blockPlain = false;
  return a;
}

function chooseStyle(s: string, simpleKey: boolean): Style {
  let style: Style = s.includes('\n') ? 'literal' : needsQuotingForType(s) ? 'double' : 'plain';
  const a = analyze(s);
  if (simpleKey && a.multiline) style = 'double';
  if (style === 'plain') {
    if (!a.blockPlain) style = 'single';
    if (s.length === 0 && simpleKey) style = 'single';
  }
  if (style === 'single' && !a.single) style = 'double';
  if (style === 'literal' && (!a.block || simpleKey)) style = 'double';
  return style;
}

const ESCAPES: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r',
  0x1b: 'e', 0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

/** Output buffer that tracks the column like go-yaml's emitter. */
class Out {
  text = '';
  column = 0;
  constructor(readonly indentSequences = false) {}
  put(s: string): void {
    this.text += s;
    this.column += Array.from(s).length;
  }
  newline(): void {
    this.text += '\n';
    this.column = 0;
  }
  /** Starts a fresh line indented to `indent` unless already there. */
  indentTo(indent: number): void {
    if (this.column !== 0) this.newline();
    this.put(' '.repeat(indent));
  }
}

function writeScalar(out: Out, s: string, indent: number, simpleKey: boolean): void {
  const style = chooseStyle(s, simpleKey);
  const ch = Array.from(s);
  const allowBreaks = !simpleKey;
  if (style === 'plain' || style === 'single') {
    const q = style === 'single';
    if (q) out.put("'");
    let spaces = false;
    for (let i = 0; i < ch.length; i++) {
      const c = ch[i]!;
      if (c === ' ') {
        const inner = !q || (i > 0 && i < ch.length - 1);
        if (allowBreaks && !spaces && out.column > BEST_WIDTH && inner && ch[i + 1] !== ' ') {
          out.newline();
          out.put(' '.repeat(indent));
        } else out.put(c);
        spaces = true;
      } else {
        out.put(q && c === "'" ? "''" : c);
        spaces = false;
      }
    }
    if (q) out.put("'");
    return;
  }
  if (style === 'double') {
    out.put('"');
    let spaces = false;
    for (let i = 0; i < ch.length; i++) {
      const c = ch[i]!;
      const cp = c.codePointAt(0)!;
      if (!isPrintable(cp) || cp === 0xfeff || isBreakChar(c) || c === '"' || c === '\\') {
        const e = ESCAPES[cp];
        if (e !== undefined) out.put('\\' + e);
        else if (cp <= 0xff) out.put('\\x' + cp.toString(16).toUpperCase().padStart(2, '0'));
        else if (cp <= 0xffff) out.put('\\u' + cp.toString(16).toUpperCase().padStart(4, '0'));
        else out.put('\\U' + cp.toString(16).toUpperCase().padStart(8, '0'));
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && out.column > BEST_WIDTH && i > 0 && i < ch.length - 1) {
          out.newline();
          out.put(' '.repeat(indent));
          if (ch[i + 1] === ' ') out.put('\\');
        } else out.put(c);
        spaces = true;
      } else {
        out.put(c);
        spaces = false;
      }
    }
    out.put('"');
    return;
  }
  // literal block
  out.put('|');
  if (ch[0] === ' ' || isBreakChar(ch[0] ?? '')) out.put('2');
  const last = ch[ch.length - 1] ?? '';
  if (!isBreakChar(last)) out.put('-');
  else if (ch.length === 1 || isBreakChar(ch[ch.length - 2]!)) out.put('+');
  out.newline();
  let breaks = true;
  for (const c of ch) {
    if (isBreakChar(c)) {
      out.newline();
      breaks = true;
    } else {
      if (breaks) out.put(' '.repeat(indent));
      out.put(c);
      breaks = false;
    }
  }
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Int64);
}

function scalarText(v: unknown): string | undefined {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Int64) return v.v.toString();
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error('json: unsupported value: ' + formatFloatG(v));
    // JSON writes whole floats below 1e21 as digits; go-yaml reads them back as ints only when
    // they fit int64/uint64, otherwise as floats (1e20 → 1e+20).
    if (Number.isInteger(v) && v >= -(2 ** 63) && v < 2 ** 64) return BigInt(v).toString();
    return formatFloatG(v);
  }
  return undefined;
}

/** Writes a value that follows `key:` or `- ` (the caller wrote the indicator). */
function writeValue(out: Out, v: unknown, indent: number, afterKey: boolean): void {
  if (Array.isArray(v)) {
    if (v.length === 0) return out.put(' []');
    // In a mapping, go-yaml v2 writes the sequence "indentless" at the key's column.
    writeSeq(out, v, afterKey && !out.indentSequences ? indent - 2 : indent, !afterKey);
    return;
  }
  if (isMap(v)) {
    if (Object.keys(v).length === 0) return out.put(' {}');
    writeMap(out, v, indent, !afterKey);
    return;
  }
  out.put(' ');
  const t = scalarText(v);
  if (t !== undefined) out.put(t);
  else writeScalar(out, String(v), indent, false);
}

function writeMap(out: Out, m: Record<string, unknown>, indent: number, inlineFirst: boolean): void {
  let first = true;
  for (const k of naturalSortKeys(Object.keys(m))) {
    if (first && inlineFirst) out.put(' ');
    else out.indentTo(indent);
    first = false;
    if (k.includes('\n')) {
      // Multi-line keys cannot be simple keys: go-yaml writes `? |-` … `:`.
      out.put('?');
      out.put(' ');
      writeScalar(out, k, indent + 2, false);
      out.indentTo(indent);
      out.put(':');
    } else {
      writeScalar(out, k, indent + 2, true);
      out.put(':');
    }
    writeValue(out, m[k], indent + 2, true);
  }
}

function writeSeq(out: Out, l: unknown[], indent: number, inlineFirst: boolean): void {
  let first = true;
  for (const item of l) {
    if (first && inlineFirst) out.put(' ');
    else out.indentTo(indent);
    first = false;
    out.put('-');
    writeValue(out, item, indent + 2, false);
  }
}

/**
 * Marshals JSON-shaped data like sigs.k8s.io/yaml.Marshal (with its trailing newline).
 * Throws for NaN/Inf, which json.Marshal rejects (Helm's toYaml then prints "").
 */
export function emitYaml(v: unknown, opts: { indentSequences?: boolean } = {}): string {
  const out = new Out(opts.indentSequences);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]\n';
    writeSeq(out, v, 0, false);
  } else if (isMap(v)) {
    if (Object.keys(v).length === 0) return '{}\n';
    writeMap(out, v, 0, false);
  } else {
    const t = scalarText(v);
    if (t !== undefined) out.put(t);
    else writeScalar(out, String(v), 2, false);
  }
  if (out.column !== 0) out.newline();
  return out.text;
}
