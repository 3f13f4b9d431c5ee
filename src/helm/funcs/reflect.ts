/** Sprig reflect.go: typeOf, typeIs, typeIsLike, kindOf, kindIs, deepEqual. */
import { goKind, goTypeName } from '../template/values.js';
import { fixed, type FuncTable } from './func.js';
import { deepEqual } from './lists.js';

const A = 'interface {}';

/** Sprig's type-inspection family. */
export const reflectFuncs: FuncTable = {
  typeOf: fixed([A], (v: unknown) => goTypeName(v)),
  typeIs: fixed(['string', A], (t: string, v: unknown) => t === goTypeName(v)),
  typeIsLike: fixed(['string', A], (t: string, v: unknown) => t === goTypeName(v) || t === '*' + goTypeName(v)),
  kindOf: fixed([A], (v: unknown) => goKind(v)),
  kindIs: fixed(['string', A], (t: string, v: unknown) => t === goKind(v)),
  deepEqual: fixed([A, A], deepEqual),
};
