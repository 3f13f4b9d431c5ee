/**
 * Splits a script into the inputs a person would type at the prompt: one line each,
 * except that heredoc bodies, open quotes, `\` continuations and trailing `|`/`&&`
 * pull in the following lines.
 */
import { parse } from './parser.js';

export interface ScriptInput {
  /** The input as typed (lines joined with newlines, no trailing newline). */
  text: string;
  /** 1-based line number where it starts. */
  line: number;
  /** The script ended before this input was complete. */
  unterminated: boolean;
}

export function splitScript(script: string): ScriptInput[] {
  const lines = script.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out: ScriptInput[] = [];
  let buf: string[] = [];
  let start = 1;
  lines.forEach((l, i) => {
    if (!buf.length) start = i + 1;
    buf.push(l);
    const text = buf.join('\n');
    const r = parse(text);
    if (!r.ok && r.incomplete) return;
    out.push({ text, line: start, unterminated: false });
    buf = [];
  });
  if (buf.length) out.push({ text: buf.join('\n'), line: start, unterminated: true });
  return out;
}

/** Blank lines and comment-only lines: nothing to run or echo. */
export function isBlank(text: string): boolean {
  return /^\s*(#.*)?$/.test(text);
}
