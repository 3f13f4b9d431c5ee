/** Small helpers every verb uses to report results the way kubectl does. */
import type { Status } from '../sim/index.js';
import { formatError, formatStatus, usageError } from './errors.js';
import type { VerbContext } from './types.js';

/** Prints `error: msg` and returns exit code 1. */
export function fail(ctx: VerbContext, message: string): number {
  ctx.io.err(`${formatError(message)}\n`);
  return 1;
}

/** Prints an API error as kubectl's checkErr does and returns 1. `message` overrides the Status text (file-wrapped forms). */
export function failStatus(ctx: VerbContext, status: Status, message?: string): number {
  ctx.io.err(`${formatStatus(status, message)}\n`);
  return 1;
}

/** Prints a usage error with the `See 'kubectl x -h'` hint and returns 1. */
export function failUsage(ctx: VerbContext, message: string): number {
  ctx.io.err(`${usageError(ctx.commandPath, message)}\n`);
  return 1;
}

/** Prints server warnings as kubectl does (`Warning: ...` on stderr). */
export function printWarnings(ctx: VerbContext, warnings: string[] | undefined): void {
  for (const w of warnings ?? []) ctx.io.err(`Warning: ${w}\n`);
}
