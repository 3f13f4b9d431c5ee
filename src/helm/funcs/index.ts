/**
 * The function table Helm templates see: Go's builtins, Sprig's TxtFuncMap (minus env and
 * expandenv, which Helm removes) and Helm's data functions. Engine-bound functions (include,
 * tpl, required, fail, lookup) are added by the engine. One family per file; this is the row list.
 */
import type { GoFunc } from '../template/values.js';
import { defaultFuncs } from './defaults.js';
import { dictFuncs } from './dicts.js';
import { encodingFuncs } from './encoding.js';
import type { FuncTable } from './func.js';
import { goBuiltins } from './go-builtins.js';
import { helmDataFuncs } from './helm.js';
import { listFuncs } from './lists.js';
import { mathFuncs } from './math.js';
import { randomFuncs, type FuncEnv } from './random.js';
import { reflectFuncs } from './reflect.js';
import { regexFuncs } from './regex.js';
import { semverFuncs } from './semver.js';
import { stringFuncs } from './strings.js';

export type { FuncEnv } from './random.js';
export { toYaml } from './helm.js';

/** Go's predefined template functions (and/or/not/len/index/eq/…). */
export const builtinFuncs: ReadonlyMap<string, GoFunc> = new Map(Object.entries(goBuiltins));

/** Sprig + Helm data functions, later families overriding earlier ones (Helm's order). */
export function createFuncMap(env: FuncEnv): Map<string, GoFunc> {
  const families: FuncTable[] = [
    stringFuncs, defaultFuncs, listFuncs, dictFuncs, mathFuncs, reflectFuncs, encodingFuncs,
    regexFuncs, semverFuncs, randomFuncs(env), helmDataFuncs,
  ];
  const m = new Map<string, GoFunc>();
  for (const f of families) for (const [k, v] of Object.entries(f)) m.set(k, v);
  return m;
}
