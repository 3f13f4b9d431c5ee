/**
 * kubectl's `-o jsonpath` / `jsonpath-as-json` / `jsonpath-file` and `--sort-by` engine
 * (k8s.io/client-go/util/jsonpath jsonpath.go, cli-runtime pkg/printers/jsonpath.go).
 * Missing keys print nothing (kubectl's --allow-missing-template-keys=true); maps and
 * lists print as compact JSON; several results of one action are space-separated.
 * Map iteration (`*`, `..`) is in sorted key order where Go's would be random.
 */
import { goFloatG, goJsonCompact, goJsonIndent, goQuote, goSyntax } from './go-format.js';
import { JsonPathParseError, parseJsonPath, type JpList, type JpNode } from './jsonpath-parser.js';

export type JsonPathResult = { ok: true; text: string } | { ok: false; error: string };

class ExecError extends Error {}

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Go's type name of a decoded JSON value, for "X is not array or slice". */
function goType(v: unknown): string {
  if (isMap(v)) return 'map[string]interface {}';
  if (Array.isArray(v)) return '[]interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  return 'interface {}';
}

interface State {
  inRange: number;
  beginRange: number;
  endRange: number;
  allowMissingKeys: boolean;
}

function evalArray(input: unknown[], node: Extract<JpNode, { t: 'array' }>): unknown[] {
  const result: unknown[] = [];
  for (const value of input) {
    if (value === null || value === undefined) continue;
    if (!Array.isArray(value)) throw new ExecError(`${goType(value)} is not array or slice`);
    const len = value.length;
    const p = node.params.map((x) => ({ ...x }));
    if (!p[0].known) p[0].value = 0;
    if (p[0].value < 0) p[0].value += len;
    if (!p[1].known) p[1].value = len;
    if (p[1].value < 0 || (p[1].value === 0 && p[1].derived)) p[1].value += len;
    if (p[1].value === p[0].value) return result;
    if (p[0].value >= len || p[0].value < 0) throw new ExecError(`array index out of bounds: index ${p[0].value}, length ${len}`);
    if (p[1].value > len || p[1].value < 0) throw new ExecError(`array index out of bounds: index ${p[1].value - 1}, length ${len}`);
    if (p[0].value > p[1].value) throw new ExecError(`starting index ${p[0].value} is greater than ending index ${p[1].value}`);
    let step = 1;
    if (p[2].known) {
      if (p[2].value <= 0) throw new ExecError('step must be > 0');
      step = p[2].value;
    }
    const slice = value.slice(p[0].value, p[1].value);
    for (let i = 0; i < slice.length; i += step) result.push(slice[i]);
  }
  return result;
}

function children(v: unknown): unknown[] {
  if (isMap(v)) return Object.keys(v).sort().map((k) => v[k]);
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return [...v];
  return [];
}

function evalRecursive(input: unknown[]): unknown[] {
  const result: unknown[] = [];
  for (const value of input) {
    if (value === null || value === undefined) continue;
    const kids = children(value);
    // A string's "children" are its bytes, which have none: strings are kept, bytes dropped.
    if (kids.length && typeof value !== 'string') {
      result.push(value);
      result.push(...evalRecursive(kids));
    } else if (kids.length) {
      result.push(value);
    }
  }
  return result;
}

function compare(op: string, left: unknown, right: unknown): boolean {
  const comparable = (typeof left === typeof right && ['string', 'number', 'boolean'].includes(typeof left)) || (left === null && right === null);
  if (!comparable) throw new ExecError('incompatible types for comparison');
  switch (op) {
    case '==': return left === right;
    case '!=': return left !== right;
  }
  if (typeof left === 'boolean') throw new ExecError('invalid type for comparison');
  const l = left as number | string;
  const r = right as number | string;
  switch (op) {
    case '<': return l < r;
    case '>': return l > r;
    case '<=': return l <= r;
    case '>=': return l >= r;
  }
  throw new ExecError(`unrecognized filter operator ${op}`);
}

function evalFilter(input: unknown[], node: Extract<JpNode, { t: 'filter' }>, st: State): unknown[] {
  const results: unknown[] = [];
  for (const value of input) {
    if (!Array.isArray(value)) throw new ExecError(`${goSyntaxShort(value)} is not array or slice and cannot be filtered`);
    for (const item of value) {
      let lefts: unknown[];
      try {
        lefts = walkList([item], node.left, st);
      } catch (e) {
        if (node.op === 'exists') continue;
        throw e;
      }
      if (node.op === 'exists') {
        if (lefts.length) results.push(item);
        continue;
      }
      if (!lefts.length) continue;
      if (lefts.length > 1) throw new ExecError('can only compare one element at a time');
      const rights = walkList([item], node.right, st);
      if (!rights.length) continue;
      if (rights.length > 1) throw new ExecError('can only compare one element at a time');
      if (compare(node.op, lefts[0], rights[0])) results.push(item);
    }
  }
  return results;
}

/** %v of a value, used in one error message. */
function goSyntaxShort(v: unknown): string {
  return typeof v === 'string' ? v : toText(v);
}

function walk(input: unknown[], node: JpNode, st: State): unknown[] {
  switch (node.t) {
    case 'list': return walkList(input, node, st);
    case 'text': return [node.text];
    case 'int':
    case 'float':
    case 'bool': return [node.value];
    case 'field': {
      if (!input.length) return [];
      const out: unknown[] = [];
      for (const v of input) {
        if (node.name === '') out.push(v);
        else if (isMap(v) && Object.prototype.hasOwnProperty.call(v, node.name)) out.push(v[node.name]);
      }
      if (!out.length && !st.allowMissingKeys) throw new ExecError(`${node.name} is not found`);
      return out;
    }
    case 'array': return evalArray(input, node);
    case 'filter': return evalFilter(input, node, st);
    case 'wildcard': return input.flatMap((v) => (v === null || v === undefined ? [] : children(v)));
    case 'recursive': return evalRecursive(input);
    case 'union': return node.lists.flatMap((l) => walkList(input, l, st));
    case 'identifier':
      if (node.name === 'range') {
        st.beginRange++;
        return input;
      }
      if (node.name === 'end') {
        if (st.inRange > 0) {
          st.endRange++;
          return input;
        }
        throw new ExecError('not in range, nothing to end');
      }
      throw new ExecError(`unrecognized identifier ${node.name}`);
  }
}

function walkList(input: unknown[], list: JpList, st: State): unknown[] {
  let cur = input;
  for (const n of list.nodes) cur = walk(cur, n, st);
  return cur;
}

/** FindResults: one result list per top-level node; `range` re-runs the nodes up to `end`. */
function findResults(nodes: JpNode[], start: number, data: unknown, st: State): { full: unknown[][]; endAt?: number } {
  const full: unknown[][] = [];
  for (let i = start; i < nodes.length; i++) {
    const results = walk([data], nodes[i], st);
    if (st.endRange > 0 && st.endRange <= st.inRange) {
      st.endRange--;
      return { full, endAt: i };
    }
    if (st.beginRange > 0) {
      st.beginRange--;
      st.inRange++;
      let endAt: number | undefined;
      for (const v of results.length ? results : [null]) {
        const r = findResults(nodes, i + 1, v, st);
        if (results.length) full.push(...r.full);
        endAt = r.endAt;
      }
      st.inRange--;
      if (endAt !== undefined) i = endAt;
      continue;
    }
    full.push(results);
  }
  return { full };
}

/** fmt's %v of a scalar (nil prints "null" in jsonpath's evalToText). */
function toText(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : goFloatG(v);
  return String(v);
}

function printResults(results: unknown[], asJson: boolean): string {
  if (asJson) return goJsonIndent(results) + '\n';
  return results.map((r) => (r !== null && typeof r === 'object' ? goJsonCompact(r) : toText(r))).join(' ');
}

export interface JsonPathOptions {
  /** `-o jsonpath-as-json`: each action's results as an indented JSON array. */
  asJson?: boolean;
  /** --allow-missing-template-keys (default true). */
  allowMissingKeys?: boolean;
}

/** Parse errors in kubectl's words: `error parsing jsonpath {.foo, unclosed action`. */
export function checkJsonPath(template: string): { ok: true } | { ok: false; error: string } {
  try {
    parseJsonPath(template);
    return { ok: true };
  } catch (e) {
    if (e instanceof JsonPathParseError) return { ok: false, error: `error parsing jsonpath ${template}, ${e.message}` };
    throw e;
  }
}

/** Low-level: the result lists of a template on data, or the engine's bare error text. */
export function findJsonPathResults(template: string, data: unknown, allowMissingKeys = true): { ok: true; results: unknown[][] } | { ok: false; error: string } {
  let root: JpList;
  try {
    root = parseJsonPath(template);
  } catch (e) {
    if (e instanceof JsonPathParseError) return { ok: false, error: e.message };
    throw e;
  }
  try {
    return { ok: true, results: findResults(root.nodes, 0, data, { inRange: 0, beginRange: 0, endRange: 0, allowMissingKeys }).full };
  } catch (e) {
    if (e instanceof ExecError) return { ok: false, error: e.message };
    throw e;
  }
}

/**
 * Runs a `-o jsonpath=TEMPLATE` on one object (or a List for several) and returns the text,
 * or the error kubectl prints (without the leading `error: `), e.g.
 * `error executing jsonpath "{.items[5]}": Error executing template: array index out of bounds: ...`.
 */
export function printJsonPath(template: string, data: unknown, opts: JsonPathOptions = {}): JsonPathResult {
  const parsed = checkJsonPath(template);
  if (!parsed.ok) return parsed;
  const found = findJsonPathResults(template, data, opts.allowMissingKeys ?? true);
  if (!found.ok) {
    const debug =
      `Error executing template: ${found.error}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${template}\n` +
      `\tobject given to jsonpath engine was:\n\t\t${goSyntax(data)}\n\n`;
    return { ok: false, error: `error executing jsonpath ${goQuote(template)}: ${debug}\n` };
  }
  return { ok: true, text: found.results.map((r) => printResults(r, !!opts.asJson)).join('') };
}
