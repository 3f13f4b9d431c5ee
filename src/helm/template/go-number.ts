/** Classification of Go numeric literals in templates (parse.NumberNode: IsInt/IsFloat, values). */
import type { NumberNode } from './ast.js';

/** Go's NumberNode classification of a numeric literal. */
export function parseGoNumber(text: string): Pick<NumberNode, 'isInt' | 'isFloat' | 'int' | 'float'> | undefined {
  const neg = text.startsWith('-');
  const body = text.replace(/^[+-]/, '').replace(/_/g, '');
  let int: bigint | undefined;
  if (/^0[xX][0-9a-fA-F]+$/.test(body) || /^0[bB][01]+$/.test(body) || /^0[oO][0-7]+$/.test(body)) {
    int = BigInt(body.replace(/^0[oO]/, '0o'));
  } else if (/^0[0-7]*$/.test(body)) int = body.length > 1 ? BigInt('0o' + body.slice(1)) : 0n;
  else if (/^[1-9][0-9]*$/.test(body)) int = BigInt(body);
  if (int !== undefined) {
    if (neg) int = -int;
    if (int >= -(2n ** 63n) && int < 2n ** 63n) return { isInt: true, isFloat: true, int, float: Number(int) };
  }
  if (/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) {
    const f = (neg ? -1 : 1) * Number(body);
    if (!Number.isFinite(f)) return undefined;
    const isInt = Number.isInteger(f) && Math.abs(f) < 2 ** 63;
    return { isInt, isFloat: true, int: isInt ? BigInt(f) : 0n, float: f };
  }
  return undefined;
}
