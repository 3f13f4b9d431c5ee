/**
 * Shell arithmetic `$(( ... ))`: integers, variables by name, C operators with C
 * precedence, `=`/`+=`/`-=`, `++`/`--`. A small precedence-climbing evaluator over learner
 * input (never `eval`); errors are values worded as bash words them.
 */

export type ArithResult = { ok: true; value: number } | { ok: false; error: string };

interface Env {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

interface Token {
  t: string;
  at: number;
}

const TOKEN = /\s*(0[xX][0-9a-fA-F]+|\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*|<<|>>|<=|>=|==|!=|&&|\|\||\+\+|--|\+=|-=|\*=|\/=|[-+*/%<>=!~&^|()?:])/y;

/** Binary operators by precedence level (higher binds tighter). */
const BINARY: Record<string, { prec: number; fn: (a: number, b: number) => number }> = {
  '||': { prec: 1, fn: (a, b) => Number(!!a || !!b) },
  '&&': { prec: 2, fn: (a, b) => Number(!!a && !!b) },
  '|': { prec: 3, fn: (a, b) => a | b },
  '^': { prec: 4, fn: (a, b) => a ^ b },
  '&': { prec: 5, fn: (a, b) => a & b },
  '==': { prec: 6, fn: (a, b) => Number(a === b) },
  '!=': { prec: 6, fn: (a, b) => Number(a !== b) },
  '<': { prec: 7, fn: (a, b) => Number(a < b) },
  '<=': { prec: 7, fn: (a, b) => Number(a <= b) },
  '>': { prec: 7, fn: (a, b) => Number(a > b) },
  '>=': { prec: 7, fn: (a, b) => Number(a >= b) },
  '<<': { prec: 8, fn: (a, b) => a << b },
  '>>': { prec: 8, fn: (a, b) => a >> b },
  '+': { prec: 9, fn: (a, b) => a + b },
  '-': { prec: 9, fn: (a, b) => a - b },
  '*': { prec: 10, fn: (a, b) => a * b },
  '/': { prec: 10, fn: (a, b) => Math.trunc(a / b) },
  '%': { prec: 10, fn: (a, b) => a % b },
  '**': { prec: 11, fn: (a, b) => a ** b },
};

const UNARY: Record<string, (a: number) => number> = { '-': (a) => -a, '+': (a) => a, '!': (a) => Number(!a), '~': (a) => ~a };

class ArithError {
  constructor(readonly message: string) {}
}

function tokenize(expr: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < expr.length) {
    if (!expr.slice(pos).trim()) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(expr);
    if (!m) throw new ArithError(`syntax error: invalid arithmetic operator (error token is "${expr.slice(pos).trim()}")`);
    out.push({ t: m[1], at: pos + m[0].indexOf(m[1]) });
    pos = TOKEN.lastIndex;
  }
  return out;
}

class Evaluator {
  private i = 0;
  constructor(private readonly expr: string, private readonly toks: Token[], private readonly env: Env) {}

  private rest(from = this.i): string {
    const tok = this.toks[from];
    return tok ? this.expr.slice(tok.at).trim() : '';
  }

  private variable(name: string): number {
    const v = this.env.get(name);
    if (!v) return 0;
    const n = Number(v.trim());
    if (!Number.isInteger(n)) throw new ArithError(`${v}: syntax error: operand expected (error token is "${v}")`);
    return n;
  }

  run(): number {
    const v = this.assignment();
    if (this.i < this.toks.length) throw new ArithError(`syntax error in expression (error token is "${this.rest()}")`);
    return v;
  }

  private assignment(): number {
    const tok = this.toks[this.i];
    const op = this.toks[this.i + 1]?.t;
    if (tok && /^[A-Za-z_]/.test(tok.t) && (op === '=' || op === '+=' || op === '-=' || op === '*=' || op === '/=')) {
      this.i += 2;
      const rhs = this.assignment();
      const cur = this.variable(tok.t);
      const value = op === '=' ? rhs : op === '+=' ? cur + rhs : op === '-=' ? cur - rhs : op === '*=' ? cur * rhs : Math.trunc(cur / rhs);
      this.env.set(tok.t, String(value));
      return value;
    }
    return this.ternary();
  }

  private ternary(): number {
    const cond = this.binary(1);
    if (this.toks[this.i]?.t !== '?') return cond;
    this.i++;
    const a = this.assignment();
    if (this.toks[this.i]?.t !== ':') throw new ArithError(`syntax error in expression (error token is "${this.rest()}")`);
    this.i++;
    const b = this.assignment();
    return cond ? a : b;
  }

  private binary(minPrec: number): number {
    let left = this.unary();
    for (;;) {
      const tok = this.toks[this.i];
      const op = tok && BINARY[tok.t];
      if (!op || op.prec < minPrec) return left;
      this.i++;
      const right = this.binary(tok.t === '**' ? op.prec : op.prec + 1);
      if ((tok.t === '/' || tok.t === '%') && right === 0) throw new ArithError(`division by 0 (error token is "${this.rest(this.i - 1) || String(right)}")`);
      left = op.fn(left, right);
    }
  }

  private unary(): number {
    const tok = this.toks[this.i];
    if (!tok) throw new ArithError(`syntax error: operand expected (error token is "${this.rest(this.i - 1)}")`);
    if (tok.t === '++' || tok.t === '--') {
      const name = this.toks[this.i + 1]?.t ?? '';
      this.i += 2;
      const v = this.variable(name) + (tok.t === '++' ? 1 : -1);
      this.env.set(name, String(v));
      return v;
    }
    if (UNARY[tok.t]) {
      this.i++;
      return UNARY[tok.t](this.unary());
    }
    return this.primary();
  }

  private primary(): number {
    const tok = this.toks[this.i++];
    if (tok.t === '(') {
      const v = this.assignment();
      if (this.toks[this.i]?.t !== ')') throw new ArithError(`syntax error: \`)' expected (error token is "${this.rest()}")`);
      this.i++;
      return v;
    }
    if (/^\d/.test(tok.t)) return Number(tok.t);
    if (/^[A-Za-z_]/.test(tok.t)) {
      const v = this.variable(tok.t);
      const post = this.toks[this.i]?.t;
      if (post === '++' || post === '--') {
        this.i++;
        this.env.set(tok.t, String(v + (post === '++' ? 1 : -1)));
      }
      return v;
    }
    throw new ArithError(`syntax error: operand expected (error token is "${this.rest(this.i - 1)}")`);
  }
}

/** Evaluates `expr` (parameters already expanded); bash prefixes errors with the expression. */
export function evalArith(expr: string, env: Env): ArithResult {
  try {
    const toks = tokenize(expr);
    if (!toks.length) return { ok: true, value: 0 };
    return { ok: true, value: new Evaluator(expr, toks, env).run() };
  } catch (e) {
    if (e instanceof ArithError) return { ok: false, error: `${expr.trim()}: ${e.message}` };
    throw e;
  }
}
