/** Reading a command's input the coreutils way: named files (or `-`) else standard input. */
import type { CommandContext } from '../state.js';

/** The concatenated input, or undefined after printing `tool: file: reason` for a failure (status 1 then). */
export function readInputs(ctx: CommandContext, tool: string, files: string[]): { text: string; failed: boolean }[] {
  if (!files.length) return [{ text: ctx.stdin ?? '', failed: false }];
  return files.map((f) => {
    if (f === '-') return { text: ctx.stdin ?? '', failed: false };
    const r = ctx.shell.workspace.readText(f);
    if (r.ok) return { text: r.value, failed: false };
    ctx.err(`${tool}: ${f}: ${ctx.shell.workspace.reason(r.code)}\n`);
    return { text: '', failed: true };
  });
}

/** coreutils' answer to an unknown option. */
export function badOption(ctx: CommandContext, tool: string, opt: string): number {
  const text = opt.startsWith('--') ? `unrecognized option '${opt}'` : `invalid option -- '${opt.slice(1, 2)}'`;
  ctx.err(`${tool}: ${text}\nTry '${tool} --help' for more information.\n`);
  return tool === 'grep' ? 2 : 1;
}

/** Splits text into lines, keeping the knowledge of whether the last one ended with a newline. */
export function lines(text: string): string[] {
  if (!text) return [];
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}
