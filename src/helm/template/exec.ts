/**
 * Executor for parsed Go templates, following golang/go src/text/template/exec.go with
 * missingkey=zero (Helm's setting): field chains over maps and structs, function calls with
 * Go's argument typing, if/with/range/template, variables, and Go's error texts
 * `template: FILE:LINE:COL: executing "NAME" at <NODE>: MESSAGE`.
 */
import type { ArgNode, CommandNode, FieldNode, IdentifierNode, ListNode, Node, NumberNode, PipeNode, VariableNode } from './ast.js';
import { nodeString } from './ast.js';
import { formatV } from './go-fmt.js';
import { byteLen, goQuote } from './go-strings.js';
import type { Tree } from './parser.js';
import { FuncError, GoStruct, Int64, NO_VALUE, goTypeName, intOf, isMap, isTrue, sortedKeys, type GoFunc } from './values.js';

/** A nil interface value read from a map (valid but nil; becomes NO_VALUE at pipeline end). */
export const IFACE_NIL: unique symbol = Symbol('nil interface');
const MISSING: unique symbol = Symbol('missing final');
type Final = unknown;

/** Go's template.ExecError: the message is complete, as Go prints it. */
export class ExecError extends Error {}

/** A set of named templates sharing one function table (Go's *template.Template tree set). */
export interface TemplateSet {
  /** Name of the set's root template, used in "no template … associated with" errors. */
  rootName: string;
  trees: Map<string, Tree>;
  funcs: Map<string, GoFunc>;
  builtins: Map<string, GoFunc>;
}

interface Ref {
  v: unknown;
  /** The value is held in an interface{} (map element, slice element). */
  i: boolean;
}
interface Var {
  name: string;
  v: unknown;
  i: boolean;
}

class BreakSignal {}
class ContinueSignal {}
const BREAK = new BreakSignal();
const CONTINUE = new ContinueSignal();
const MAX_DEPTH = 100000;

function canBeNil(typ: string): boolean {
  return typ === 'interface {}' || typ === 'reflect.Value' || typ.startsWith('[]') || typ.startsWith('map[') || typ.startsWith('*') || typ === 'chartutil.Values';
}

function assignable(v: unknown, typ: string): boolean {
  switch (typ) {
    case 'interface {}': case 'reflect.Value': return true;
    case 'string': return typeof v === 'string';
    case 'bool': return typeof v === 'boolean';
    case 'int': return typeof v === 'bigint';
    case 'int64': return v instanceof Int64;
    case 'float64': return typeof v === 'number';
    case '[]interface {}': return Array.isArray(v);
    case 'map[string]interface {}': case 'chartutil.Values': return isMap(v);
  }
  return v instanceof GoStruct && v.typeName === typ;
}

/** Runs template `name` of `set` with `data` as dot and `$`; throws ExecError. */
export function executeTemplate(set: TemplateSet, name: string, data: unknown): string {
  const tree = set.trees.get(name);
  if (!tree) throw new ExecError(`template: no template ${goQuote(name)} associated with template ${goQuote(set.rootName)}`);
  const st = new State(set, tree, 0);
  const dot: Ref = { v: data, i: false };
  st.vars.push({ name: '$', v: data, i: false });
  st.walk(dot, tree.root);
  return st.out;
}

class State {
  out = '';
  vars: Var[] = [];
  node: Node | null = null;

  constructor(private set: TemplateSet, private tree: Tree, private depth: number) {}

  private errorf(msg: string): never {
    const name = goQuote(this.tree.name);
    if (!this.node) throw new ExecError(`template: ${this.tree.name}: ${msg}`);
    const text = this.tree.text;
    const pos = this.node.pos;
    const before = text.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    const line = before.split('\n').length;
    const col = byteLen(before.slice(nl + 1));
    throw new ExecError(`template: ${this.tree.parseName}:${line}:${col}: executing ${name} at <${nodeString(this.node)}>: ${msg}`);
  }

  walk(dot: Ref, node: Node): void {
    this.node = node;
    switch (node.kind) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) {
          this.node = node;
          this.out += formatV(val);
        }
        return;
      }
      case 'break': throw BREAK;
      case 'continue': throw CONTINUE;
      case 'comment': return;
      case 'if': case 'with': {
        const mark = this.vars.length;
        const val = this.evalPipeline(dot, node.pipe);
        if (isTrue(val)) this.walk(node.kind === 'with' ? { v: val, i: false } : dot, node.list);
        else if (node.elseList) this.walk(dot, node.elseList);
        this.vars.length = mark;
        return;
      }
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range': return this.walkRange(dot, node);
      case 'template': {
        const tmpl = this.set.trees.get(node.name);
        if (!tmpl) this.errorf(`template ${goQuote(node.name)} not defined`);
        if (this.depth === MAX_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_DEPTH})`);
        const v = node.pipe ? this.evalPipeline(dot, node.pipe) : NO_VALUE;
        const sub = new State(this.set, tmpl, this.depth + 1);
        sub.vars.push({ name: '$', v, i: false });
        sub.walk({ v, i: false }, tmpl.root);
        this.out += sub.out;
        return;
      }
      case 'text':
        this.out += node.text;
        return;
      default:
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  private walkRange(dot: Ref, r: Extract<Node, { kind: 'range' }>): void {
    this.node = r;
    const mark0 = this.vars.length;
    const val = this.evalPipeline(dot, r.pipe);
    const mark = this.vars.length;
    const decl = r.pipe.decl.length;
    const one = (index: unknown, elem: unknown, elemIface: boolean): boolean => {
      if (decl > 0) this.setTopVar(1, elem, elemIface);
      if (decl > 1) this.setTopVar(2, index, false);
      try {
        this.walk({ v: elem, i: elemIface }, r.list);
      } catch (e) {
        if (e === BREAK) return false;
        if (e !== CONTINUE) throw e;
      } finally {
        this.vars.length = mark;
      }
      return true;
    };
    let ran = false;
    if (Array.isArray(val)) {
      for (let i = 0; i < val.length; i++) {
        ran = true;
        const e = val[i];
        if (!one(BigInt(i), e === null ? IFACE_NIL : e, true)) break;
      }
    } else if (isMap(val)) {
      for (const k of sortedKeys(val)) {
        ran = true;
        const e = val[k];
        if (!one(k, e === null ? IFACE_NIL : e, true)) break;
      }
    } else if (intOf(val) !== undefined) {
      const n = intOf(val)!;
      for (let i = 0n; i < n; i++) {
        ran = true;
        if (!one(i, i, false)) break;
      }
    } else if (val !== NO_VALUE && val !== null) {
      this.errorf(`range can't iterate over ${formatV(val)}`);
    }
    if (!ran && r.elseList) this.walk(dot, r.elseList);
    this.vars.length = mark0;
  }

  private setTopVar(n: number, v: unknown, i: boolean): void {
    const slot = this.vars[this.vars.length - n]!;
    slot.v = v;
    slot.i = i;
  }

  private varRef(name: string): Var {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i]!;
    this.errorf(`undefined variable: ${name}`);
  }

  evalPipeline(dot: Ref, pipe: PipeNode): unknown {
    this.node = pipe;
    let value: unknown = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      if (value === IFACE_NIL || value === null) value = NO_VALUE;
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) {
        const slot = this.varRef(v.ident[0]!);
        slot.v = value;
        slot.i = false;
      } else this.vars.push({ name: v.ident[0]!, v: value, i: false });
    }
    return value;
  }

  private notAFunction(args: ArgNode[], final: Final): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0]!)}`);
  }

  private evalCommand(dot: Ref, cmd: CommandNode, final: Final): unknown {
    const first = cmd.args[0]!;
    switch (first.kind) {
      case 'field': return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain': {
        this.node = first;
        if (first.node.kind === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(first)}`);
        const recv = this.evalArg(dot, null, first.node);
        return this.evalFieldChain(dot, recv, false, first, first.field, cmd.args, final);
      }
      case 'identifier': return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable': return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.node = first;
    this.notAFunction(cmd.args, final);
    switch (first.kind) {
      case 'bool': return first.value;
      case 'dot': return dot.v;
      case 'nil': this.errorf('nil is not a command');
      case 'number': return this.idealConstant(first);
      case 'string': return first.text;
    }
    this.errorf(`can't evaluate command ${goQuote(nodeString(first))}`);
  }

  private idealConstant(n: NumberNode): unknown {
    this.node = n;
    const hex = /^[+-]?0[xX]/.test(n.text) && !/[pP]/.test(n.text);
    if (n.isFloat && !hex && n.text[0] !== "'" && /[.eEpP]/.test(n.text)) return n.float;
    if (n.isInt) return n.int;
    this.errorf(`${n.text} overflows int`);
  }

  private evalFieldNode(dot: Ref, field: FieldNode, args: ArgNode[] | null, final: Final): unknown {
    this.node = field;
    return this.evalFieldChain(dot, dot.v, dot.i, field, field.ident, args, final);
  }

  private evalVariableNode(dot: Ref, v: VariableNode, args: ArgNode[] | null, final: Final): unknown {
    this.node = v;
    const slot = this.varRef(v.ident[0]!);
    if (v.ident.length === 1) {
      if (args) this.notAFunction(args, final);
      return slot.v;
    }
    return this.evalFieldChain(dot, slot.v, slot.i, v, v.ident.slice(1), args, final);
  }

  private evalFieldChain(dot: Ref, recv: unknown, iface: boolean, node: Node, ident: string[], args: ArgNode[] | null, final: Final): unknown {
    const n = ident.length;
    let r: Ref = { v: recv, i: iface };
    for (let k = 0; k < n - 1; k++) r = this.evalField(dot, ident[k]!, node, null, MISSING, r);
    return this.evalField(dot, ident[n - 1]!, node, args, final, r).v;
  }

  private evalField(dot: Ref, name: string, node: Node, args: ArgNode[] | null, final: Final, recv: Ref): Ref {
    const v = recv.v;
    if (v === NO_VALUE) return { v: NO_VALUE, i: false };
    if (v === IFACE_NIL || v === null) this.errorf(`nil pointer evaluating interface {}.${name}`);
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    if (v instanceof GoStruct) {
      const m = v.methods[name];
      if (m) return { v: this.evalCall(dot, m, false, node, name, args, final), i: false };
      if (Object.prototype.hasOwnProperty.call(v.fields, name)) {
        if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
        return { v: v.fields[name], i: false };
      }
    } else if (isMap(v)) {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      const x = Object.prototype.hasOwnProperty.call(v, name) ? v[name] : null;
      return { v: x === null || x === undefined ? IFACE_NIL : x, i: true };
    }
    this.errorf(`can't evaluate field ${name} in type ${recv.i ? 'interface {}' : goTypeName(v)}`);
  }

  private evalFunction(dot: Ref, node: IdentifierNode, cmd: Node, args: ArgNode[] | null, final: Final): unknown {
    this.node = node;
    const name = node.ident;
    const b = this.set.builtins.get(name);
    const fn = this.set.funcs.get(name) ?? b;
    if (!fn) this.errorf(`${goQuote(name)} is not a defined function`);
    return this.evalCall(dot, fn, fn === b, cmd, name, args, final);
  }

  private evalCall(dot: Ref, fn: GoFunc, builtin: boolean, node: Node, name: string, argsIn: ArgNode[] | null, final: Final): unknown {
    const args = argsIn ? argsIn.slice(1) : [];
    let numIn = args.length;
    if (final !== MISSING) numIn++;
    const numFixed = fn.params.length;
    if (fn.variadic !== undefined) {
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${args.length}`);
    } else if (numIn !== numFixed) this.errorf(`wrong number of args for ${name}: want ${numFixed} got ${numIn}`);

    if (builtin && (name === 'and' || name === 'or')) {
      let v: unknown = NO_VALUE;
      for (const a of args) {
        v = this.evalArg(dot, 'reflect.Value', a);
        if (isTrue(v === IFACE_NIL ? null : v) === (name === 'or')) return v;
      }
      if (final !== MISSING) v = final;
      return v;
    }
    const argv: unknown[] = [];
    let i = 0;
    for (; i < numFixed && i < args.length; i++) argv.push(this.evalArg(dot, fn.params[i]!, args[i]!));
    if (fn.variadic !== undefined) for (; i < args.length; i++) argv.push(this.evalArg(dot, fn.variadic, args[i]!));
    if (final !== MISSING) {
      let t = fn.params[fn.params.length - 1] ?? fn.variadic!;
      if (fn.variadic !== undefined) t = numIn - 1 < numFixed ? fn.params[numIn - 1]! : fn.variadic;
      argv.push(this.validateType(final, t));
    }
    try {
      return fn.fn(...argv);
    } catch (e) {
      if (e instanceof FuncError || e instanceof ExecError) {
        this.node = node;
        this.errorf(`error calling ${name}: ${e.message}`);
      }
      throw e;
    }
  }

  private validateType(value: unknown, typ: string | null): unknown {
    if (value === NO_VALUE) {
      if (typ === null || typ === 'reflect.Value') return NO_VALUE;
      if (canBeNil(typ)) return null;
      this.errorf(`invalid value; expected ${typ}`);
    }
    if (typ === null || typ === 'reflect.Value') return value;
    if (value === IFACE_NIL || value === null) {
      if (typ === 'interface {}') return null;
      this.errorf(`wrong type for value; expected ${typ}; got interface {}`);
    }
    if (!assignable(value, typ)) this.errorf(`wrong type for value; expected ${typ}; got ${goTypeName(value)}`);
    return value;
  }

  private evalArg(dot: Ref, typ: string | null, n: ArgNode): unknown {
    this.node = n;
    switch (n.kind) {
      case 'dot': return this.validateType(dot.v, typ);
      case 'nil':
        if (typ !== null && canBeNil(typ)) return null;
        this.errorf(`cannot assign nil to ${typ}`);
      case 'field': return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case 'variable': return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
      case 'pipe': return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier': return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
      case 'chain': {
        if (n.node.kind === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(n)}`);
        const recv = this.evalArg(dot, null, n.node);
        return this.validateType(this.evalFieldChain(dot, recv, false, n, n.field, null, MISSING), typ);
      }
    }
    switch (typ) {
      case 'bool':
        if (n.kind === 'bool') return n.value;
        this.errorf(`expected bool; found ${nodeString(n)}`);
      case 'string':
        if (n.kind === 'string') return n.text;
        this.errorf(`expected string; found ${nodeString(n)}`);
      case 'int': case 'int64':
        if (n.kind === 'number' && n.isInt) return typ === 'int64' ? new Int64(n.int) : n.int;
        this.errorf(`expected integer; found ${nodeString(n)}`);
      case 'float64':
        if (n.kind === 'number' && n.isFloat) return n.float;
        this.errorf(`expected float; found ${nodeString(n)}`);
      case 'interface {}': case 'reflect.Value': case null:
        switch (n.kind) {
          case 'bool': return n.value;
          case 'number': return this.idealConstant(n);
          case 'string': return n.text;
        }
    }
    this.errorf(`can't handle ${nodeString(n)} for arg of type ${typ}`);
  }
}

export type { ListNode };
