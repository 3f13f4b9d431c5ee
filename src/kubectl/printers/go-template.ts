/**
 * `kubectl -o go-template=...` / `go-template-file` (cli-runtime pkg/printers/template.go):
 * Go text/template over the object decoded from JSON, with kubectl's extra functions
 * `base64decode` and `exists`. Missing map keys print `<no value>`; maps and slices print
 * as Go's %v (`map[a:b]`, `[x y]`). A practical subset: see go-template-parse.ts.
 */
import { goValue } from './custom-columns.js';
import { goFloatG } from './go-format.js';
import { parseGoTemplate, TemplateParseError, type Arg, type Pipe, type TNode } from './go-template-parse.js';

export type GoTemplateResult = { ok: true; text: string } | { ok: false; error: string };

class ExecError extends Error {}

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** text/template's printValue: `<no value>` for missing, Go %v otherwise. */
function printValue(v: unknown): string {
  if (v === undefined || v === null) return '<no value>';
  return goValue(v);
}

function truthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isMap(v)) return Object.keys(v).length > 0;
  return true;
}

function field(v: unknown, name: string): unknown {
  if (v === undefined || v === null) return undefined;
  if (isMap(v)) return v[name];
  throw new ExecError(`can't evaluate field ${name} in type ${typeof v === 'string' ? 'string' : Array.isArray(v) ? '[]interface {}' : typeof v === 'number' ? (Number.isInteger(v) ? 'int64' : 'float64') : 'bool'}`);
}

/** fmt.Sprintf for the verbs templates use. */
function sprintf(format: string, args: unknown[]): string {
  let n = 0;
  return format.replace(/%([-+# 0]*\d*(?:\.\d+)?)([vsdqtfxX%])/g, (_m, _flags: string, verb: string) => {
    if (verb === '%') return '%';
    const a = args[n++];
    if (a === undefined && n > args.length) return `%!${verb}(MISSING)`;
    switch (verb) {
      case 'd': return typeof a === 'number' ? String(Math.trunc(a)) : `%!d(${goValue(a)})`;
      case 'q': return JSON.stringify(String(a));
      case 'f': return typeof a === 'number' ? a.toFixed(6) : `%!f(${goValue(a)})`;
      case 'x': return typeof a === 'number' ? a.toString(16) : Buffer.from(String(a)).toString('hex');
      case 'X': return typeof a === 'number' ? a.toString(16).toUpperCase() : Buffer.from(String(a)).toString('hex').toUpperCase();
      default: return a === undefined || a === null ? '<nil>' : goValue(a);
    }
  });
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  throw new ExecError('incompatible types for comparison');
}

const FUNCS: Record<string, (args: unknown[]) => unknown> = {
  and: (a) => a.find((x) => !truthy(x)) ?? a[a.length - 1],
  or: (a) => a.find((x) => truthy(x)) ?? a[a.length - 1],
  not: (a) => !truthy(a[0]),
  eq: (a) => a.slice(1).some((b) => a[0] === b),
  ne: (a) => a[0] !== a[1],
  lt: (a) => compare(a[0], a[1]) < 0,
  le: (a) => compare(a[0], a[1]) <= 0,
  gt: (a) => compare(a[0], a[1]) > 0,
  ge: (a) => compare(a[0], a[1]) >= 0,
  len: (a) => {
    const v = a[0];
    if (typeof v === 'string' || Array.isArray(v)) return v.length;
    if (isMap(v)) return Object.keys(v).length;
    throw new ExecError(`len of type ${v === null || v === undefined ? '<nil>' : typeof v}`);
  },
  index: (a) => a.slice(1).reduce((v, k) => (isMap(v) ? v[String(k)] : Array.isArray(v) ? v[Number(k)] : undefined), a[0]),
  print: (a) => a.map((x, i) => (i > 0 && typeof x !== 'string' && typeof a[i - 1] !== 'string' ? ' ' : '') + (typeof x === 'string' ? x : goValue(x))).join(''),
  println: (a) => a.map((x) => (typeof x === 'string' ? x : goValue(x))).join(' ') + '\n',
  printf: (a) => sprintf(String(a[0]), a.slice(1)),
  base64decode: (a) => Buffer.from(String(a[0]), 'base64').toString('utf8'),
  exists: (a) => {
    let v: unknown = a[0];
    for (const k of a.slice(1)) {
      if (!isMap(v) || !(String(k) in v)) return false;
      v = v[String(k)];
    }
    return true;
  },
};

type Vars = Map<string, unknown>[];

function lookupVar(vars: Vars, name: string): unknown {
  for (let i = vars.length - 1; i >= 0; i--) if (vars[i].has(name)) return vars[i].get(name);
  throw new ExecError(`undefined variable: ${name}`);
}

function evalArg(arg: Arg, dot: unknown, vars: Vars): unknown {
  switch (arg.t) {
    case 'dot': return dot;
    case 'field': return arg.chain.reduce((v, k) => field(v, k), dot);
    case 'var': return arg.chain.reduce((v, k) => field(v, k), lookupVar(vars, arg.name));
    case 'str':
    case 'num':
    case 'bool': return arg.v;
    case 'nil': return null;
    case 'pipe': return arg.chain.reduce((v, k) => field(v, k), evalPipe(arg.pipe, dot, vars));
    case 'fn': return callFn(arg.name, [], undefined, dot, vars);
  }
}

function callFn(name: string, args: Arg[], final: unknown, dot: unknown, vars: Vars, hasFinal = false): unknown {
  const fn = FUNCS[name];
  if (!fn) throw new ExecError(`function "${name}" not defined`);
  const values = args.map((a) => evalArg(a, dot, vars));
  if (hasFinal) values.push(final);
  return fn(values);
}

function evalPipe(pipe: Pipe, dot: unknown, vars: Vars): unknown {
  let value: unknown;
  pipe.cmds.forEach((cmd, i) => {
    const [first, ...rest] = cmd;
    if (first.t === 'fn') value = callFn(first.name, rest, value, dot, vars, i > 0);
    else {
      if (rest.length || i > 0) throw new ExecError(`can't give argument to non-function ${describe(first)}`);
      value = evalArg(first, dot, vars);
    }
  });
  for (const name of pipe.decl) {
    if (pipe.assign) {
      const scope = [...vars].reverse().find((s) => s.has(name));
      if (!scope) throw new ExecError(`undefined variable: ${name}`);
      scope.set(name, value);
    } else vars[vars.length - 1].set(name, value);
  }
  return value;
}

function describe(a: Arg): string {
  if (a.t === 'field') return '.' + a.chain.join('.');
  if (a.t === 'var') return [a.name, ...a.chain].join('.');
  return a.t;
}

function exec(nodes: TNode[], dot: unknown, vars: Vars): string {
  let out = '';
  for (const n of nodes) {
    switch (n.t) {
      case 'text':
        out += n.text;
        break;
      case 'action': {
        const v = evalPipe(n.pipe, dot, vars);
        if (!n.pipe.decl.length) out += typeof v === 'number' && !Number.isInteger(v) ? goFloatG(v) : printValue(v);
        break;
      }
      case 'if':
      case 'with': {
        vars.push(new Map());
        const v = evalPipe(n.pipe, dot, vars);
        out += truthy(v) ? exec(n.body, n.t === 'with' ? v : dot, vars) : exec(n.alt, dot, vars);
        vars.pop();
        break;
      }
      case 'range': {
        vars.push(new Map());
        const decl = n.pipe.decl;
        const v = evalPipe({ ...n.pipe, decl: [] }, dot, vars);
        const entries: [unknown, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : isMap(v) ? Object.keys(v).sort().map((k) => [k, v[k]]) : [];
        if (v !== undefined && v !== null && !Array.isArray(v) && !isMap(v)) throw new ExecError(`range can't iterate over ${goValue(v)}`);
        if (!entries.length) out += exec(n.alt, dot, vars);
        for (const [k, x] of entries) {
          if (decl.length === 1) vars[vars.length - 1].set(decl[0], x);
          if (decl.length === 2) {
            vars[vars.length - 1].set(decl[0], k);
            vars[vars.length - 1].set(decl[1], x);
          }
          out += exec(n.body, x, vars);
        }
        vars.pop();
        break;
      }
    }
  }
  return out;
}

/**
 * Runs a go-template on one object (or a List). Errors are kubectl's lines without the
 * leading `error: `, e.g. `error parsing template {{.a, template: output:1: unclosed action`.
 */
export function printGoTemplate(template: string, data: unknown): GoTemplateResult {
  let nodes: TNode[];
  try {
    nodes = parseGoTemplate(template);
  } catch (e) {
    if (e instanceof TemplateParseError) return { ok: false, error: `error parsing template ${template}, ${e.message}` };
    throw e;
  }
  try {
    return { ok: true, text: exec(nodes, data, [new Map([['$', data]])]) };
  } catch (e) {
    if (e instanceof ExecError) return { ok: false, error: `error executing template ${JSON.stringify(template)}: template: output:1: ${e.message}` };
    throw e;
  }
}
