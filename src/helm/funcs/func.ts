/** Small helpers for declaring template functions with their Go signatures. */
import { FuncError, type GoFunc } from '../template/values.js';

/** A function with fixed Go parameter types. */
export function fixed(params: string[], fn: (...args: any[]) => unknown): GoFunc {
  return { params, fn };
}

/** A variadic function: fixed parameters, then `...elem`. */
export function variadic(params: string[], elem: string, fn: (...args: any[]) => unknown): GoFunc {
  return { params, variadic: elem, fn };
}

/** Fails the current call the way a Go function returning an error does. */
export function fail(msg: string): never {
  throw new FuncError(msg);
}

/** A family of functions registered by name. */
export type FuncTable = Record<string, GoFunc>;
