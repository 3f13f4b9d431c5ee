/**
 * Differential scripts: one kubectl command line per line, run unchanged through our
 * embedded kubectl and through the real one. Lines are parsed with the learner shell's own
 * parser, so quoting means what it means in bash; only literal words are allowed (no
 * variables, pipes or substitutions), and `< file` feeds a manifest on stdin (`-f -`).
 *
 *   # a comment
 *   kubectl apply -f deploy.yaml
 *   @advance 30s          virtual time moves on both clusters (pods start, jobs finish)
 */
import { parse } from '../../../src/shell/index.js';
import type { Word } from '../../../src/shell/ast.js';

export type Step =
  | { kind: 'kubectl'; line: string; lineNo: number; argv: string[]; stdinFile?: string }
  | { kind: 'advance'; line: string; lineNo: number; ms: number };

export type ParsedScript = { ok: true; steps: Step[] } | { ok: false; error: string };

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function literal(word: Word): string | undefined {
  let text = '';
  for (const part of word) {
    if (part.k !== 'lit') return undefined;
    text += part.text;
  }
  return text;
}

function parseDuration(text: string): number | undefined {
  const m = /^(\d+)(ms|s|m|h)$/.exec(text);
  return m ? Number(m[1]) * UNITS[m[2]] : undefined;
}

function parseLine(line: string, lineNo: number): Step | string {
  if (line.startsWith('@advance ')) {
    const ms = parseDuration(line.slice('@advance '.length).trim());
    return ms === undefined ? `line ${lineNo}: bad duration in "${line}"` : { kind: 'advance', line, lineNo, ms };
  }
  const res = parse(line, { atEof: true });
  if (!res.ok) return `line ${lineNo}: ${'error' in res ? res.error : res.reason}`;
  const cmd = res.list.length === 1 && res.list[0].rest.length === 0 && res.list[0].first.commands.length === 1 ? res.list[0].first.commands[0] : undefined;
  if (!cmd || cmd.kind !== 'simple' || cmd.assigns.length) return `line ${lineNo}: one plain command per line: "${line}"`;
  const argv: string[] = [];
  for (const w of cmd.words) {
    const text = literal(w);
    if (text === undefined) return `line ${lineNo}: only literal words are allowed: "${line}"`;
    argv.push(text);
  }
  if (argv[0] !== 'kubectl') return `line ${lineNo}: lines start with kubectl: "${line}"`;
  let stdinFile: string | undefined;
  for (const r of cmd.redirects) {
    const target = literal(r.target);
    if (r.fd !== 0 || r.op !== '<' || target === undefined) return `line ${lineNo}: only "< file" redirects are allowed: "${line}"`;
    stdinFile = target;
  }
  return { kind: 'kubectl', line, lineNo, argv: argv.slice(1), stdinFile };
}

/** Parses a script's text into steps, or the first problem with its line number. */
export function parseScript(text: string): ParsedScript {
  const steps: Step[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith('#')) continue;
    const step = parseLine(line, i + 1);
    if (typeof step === 'string') return { ok: false, error: step };
    steps.push(step);
  }
  return { ok: true, steps };
}
