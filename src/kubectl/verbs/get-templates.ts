/**
 * `-o jsonpath=…`, `-o jsonpath-as-json=…` and `-o custom-columns=…` for get, delegating to
 * the shared printers.
 */
import type { KObject } from '../../sim/index.js';
import type { VerbContext } from '../types.js';
import type { OutputFormat } from './get-printers.js';

export function printTemplated(ctx: VerbContext, format: OutputFormat, obj: KObject): { ok: true; text: string } | { ok: false; error: string } {
  void ctx;
  void obj;
  return { ok: false, error: `output format ${format.kind} is not available yet` };
}
