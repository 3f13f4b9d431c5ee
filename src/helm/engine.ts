/**
 * Helm's rendering engine (helm/helm pkg/engine/engine.go behaviour): every template of the
 * chart and its subcharts parsed into one set (deeper paths first, then reverse lexical, so a
 * parent's define wins), partials (`_*`) parsed but not rendered, include/tpl/required/fail/
 * lookup bound to the set, `<no value>` stripped, and Go errors cleaned up as Helm prints them.
 */
import { createFuncMap, builtinFuncs, type FuncEnv } from './funcs/index.js';
import { fixed } from './funcs/func.js';
import { ExecError, executeTemplate, type TemplateSet } from './template/exec.js';
import { goQuote } from './template/go-strings.js';
import { ParseError, parseTemplate, type Tree } from './template/parser.js';
import { FuncError, type GoFunc } from './template/values.js';

/** One template file to render: its full name, text, top-level data and base path. */
export interface Renderable {
  /** `mychart/templates/deployment.yaml` */
  name: string;
  text: string;
  /** The file's top object ({Values, Chart, Release, …}); `Template` is set per file. */
  vals: Record<string, unknown>;
  /** `mychart/templates` */
  basePath: string;
}

/** Cluster read used by `lookup` (empty map for `helm template`). */
export type LookupFn = (apiVersion: string, kind: string, namespace: string, name: string) => Record<string, unknown>;

export interface EngineOptions {
  env: FuncEnv;
  lookup?: LookupFn;
}

export type RenderFilesResult = { ok: true; files: Map<string, string> } | { ok: false; error: string };

const ERR_START = 'HELM_ERR_START';
const ERR_END = 'HELM_ERR_END';
// `(?s)`: multi-line required/fail messages are unwrapped too (engine.go warnRegex).
const WARN_RE = /HELM_ERR_START([\s\S]*)HELM_ERR_END/;
const RECURSION_MAX = 1000;

/** Helm's template order: more path segments first, then reverse lexical. */
export function sortTemplateNames(names: string[]): string[] {
  const depth = (s: string): number => s.split('/').length;
  return names.slice().sort((a, b) => {
    const da = depth(a);
    const db = depth(b);
    if (da !== db) return db - da;
    return a < b ? 1 : a > b ? -1 : 0;
  });
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** `parse error at (FILE:LINE): MSG`, as engine.go's cleanupParseError words it. */
function cleanupParseError(name: string, msg: string): string {
  const tokens = msg.split(': ');
  if (tokens.length === 1) return `parse error in (${name}): ${msg}`;
  return `parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`;
}

/** required/fail messages become `execution error at (FILE:L:C): MSG`; others stay verbatim. */
function cleanupExecError(msg: string): string {
  const first = msg.indexOf(': ');
  const second = first < 0 ? -1 : msg.indexOf(': ', first + 2);
  if (second < 0) return msg;
  const location = msg.slice(first + 2, second);
  const m = WARN_RE.exec(msg.slice(second + 2));
  return m ? `execution error at (${location}): ${m[1]}` : msg;
}

/** Parse results are cached per (name, text): re-parsing for every `tpl` call would be wasteful. */
const parseCache = new Map<string, Tree[]>();
function parseCached(name: string, text: string, hasFunc: (n: string) => boolean): Tree[] {
  const key = name + '\0' + text;
  let trees = parseCache.get(key);
  if (!trees) {
    trees = parseTemplate(name, text, hasFunc);
    if (parseCache.size > 500) parseCache.clear();
    parseCache.set(key, trees);
  }
  return trees;
}

function addTrees(set: TemplateSet, trees: Tree[]): void {
  for (const t of trees) {
    const old = set.trees.get(t.name);
    // Go keeps an existing definition when the new one is empty (text/template associate()).
    if (old && t.root.nodes.every((n) => (n.kind === 'text' && n.text.trim() === '') || n.kind === 'comment')) continue;
    set.trees.set(t.name, t);
  }
}

class Engine {
  constructor(private opts: EngineOptions) {}

  render(tpls: Renderable[]): RenderFilesResult {
    const set: TemplateSet = { rootName: 'gotpl', trees: new Map(), funcs: new Map(), builtins: builtinFuncs as Map<string, GoFunc> };
    this.initFuncs(set);
    const hasFunc = (n: string): boolean => set.funcs.has(n) || set.builtins.has(n);
    const byName = new Map(tpls.map((t) => [t.name, t]));
    const keys = sortTemplateNames([...byName.keys()]);
    try {
      for (const k of keys) addTrees(set, parseCached(k, byName.get(k)!.text, hasFunc));
    } catch (e) {
      if (e instanceof ParseError) {
        const name = /^template: ([^:]*):/.exec(e.message)?.[1] ?? '';
        return { ok: false, error: cleanupParseError(name, e.message) };
      }
      throw e;
    }
    const files = new Map<string, string>();
    for (const k of keys) {
      if (basename(k).startsWith('_')) continue;
      const r = byName.get(k)!;
      r.vals.Template = { Name: k, BasePath: r.basePath };
      try {
        files.set(k, executeTemplate(set, k, r.vals).replaceAll('<no value>', ''));
      } catch (e) {
        if (e instanceof ExecError) return { ok: false, error: cleanupExecError(e.message) };
        throw e;
      }
    }
    return { ok: true, files };
  }

  private initFuncs(set: TemplateSet): void {
    const funcs = createFuncMap(this.opts.env);
    const included = new Map<string, number>();
    funcs.set('include', includeFunc(set, included));
    funcs.set('tpl', tplFunc(set, included));
    // Helm v3.21 builds these errors with errors.New: the message is not a format string.
    funcs.set('required', fixed(['string', 'interface {}'], (warn: string, val: unknown) => {
      if (val === null || val === '') throw new FuncError(ERR_START + warn + ERR_END);
      return val;
    }));
    funcs.set('fail', fixed(['string'], (msg: string) => {
      throw new FuncError(ERR_START + msg + ERR_END);
    }));
    const lookup = this.opts.lookup;
    funcs.set('lookup', fixed(['string', 'string', 'string', 'string'], (a: string, k: string, ns: string, n: string) => (lookup ? lookup(a, k, ns, n) : {})));
    set.funcs = funcs;
  }
}

/** `include NAME DATA`: runs a named template of `set`, with Helm's per-name recursion limit. */
function includeFunc(set: TemplateSet, included: Map<string, number>): GoFunc {
  return fixed(['string', 'interface {}'], (name: string, data: unknown) => {
    const n = included.get(name);
    if (n !== undefined && n > RECURSION_MAX) throw new FuncError(`rendering template has a nested reference name: ${name}: unable to execute template`);
    included.set(name, (n ?? 0) + 1);
    try {
      return executeTemplate(set, name, data);
    } finally {
      included.set(name, (included.get(name) ?? 1) - 1);
    }
  });
}

/**
 * `tpl TEXT DATA` as Helm v3.21 does it (pkg/engine/engine.go tplFun): clone the template set,
 * rebind include/tpl to the clone, parse TEXT under the root's name ("gotpl") so its defines are
 * visible to include, execute it with DATA, strip `<no value>`. Errors are wrapped, not cleaned.
 */
function tplFunc(parent: TemplateSet, included: Map<string, number>): GoFunc {
  return fixed(['string', 'interface {}'], (text: string, vals: unknown) => {
    const clone: TemplateSet = { rootName: parent.rootName, trees: new Map(parent.trees), funcs: new Map(parent.funcs), builtins: parent.builtins };
    clone.funcs.set('include', includeFunc(clone, included));
    clone.funcs.set('tpl', tplFunc(clone, included));
    const hasFunc = (n: string): boolean => clone.funcs.has(n) || clone.builtins.has(n);
    try {
      addTrees(clone, parseCached(parent.rootName, text, hasFunc));
    } catch (e) {
      if (e instanceof ParseError) throw new FuncError(`cannot parse template ${goQuote(text)}: ${e.message}`);
      throw e;
    }
    try {
      return executeTemplate(clone, parent.rootName, vals).replaceAll('<no value>', '');
    } catch (e) {
      if (e instanceof ExecError) throw new FuncError(`error during tpl function execution for ${goQuote(text)}: ${e.message}`);
      throw e;
    }
  });
}

/** Renders template files like Helm's Engine.Render: all parsed into one set, partials not rendered. */
export function renderFiles(tpls: Renderable[], opts: EngineOptions): RenderFilesResult {
  return new Engine(opts).render(tpls);
}
