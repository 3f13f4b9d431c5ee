/**
 * Differential scripts: kubectl command lines, run unchanged through our embedded kubectl
 * and through the real one. Inputs are split and parsed with the learner shell's own
 * splitter and parser, so quoting means what it means in bash; only literal words are
 * allowed (no variables, pipes or substitutions). `< file` and heredocs feed stdin (`-f -`).
 *
 *   # a comment
 *   kubectl apply -f deploy.yaml
 *   @advance 30s          virtual time moves on both clusters (pods start, jobs finish)
 *   sleep 30              the same, as a scenario's solution writes it
 */
import { isBlank, parse, splitScript } from '../../../src/shell/index.js';
import type { Word } from '../../../src/shell/ast.js';

export type Step =
  | { kind: 'kubectl'; line: string; lineNo: number; argv: string[]; stdinFile?: string; stdin?: string }
  | { kind: 'advance'; line: string; lineNo: number; ms: number };

export type ParsedScript = { ok: true; steps: Step[]; skipped: string[] } | { ok: false; error: string };

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function literal(word: Word): string | undefined {
  let text = '';
  for (const part of word) {
    if (part.k !== 'lit') return undefined;
    text += part.text;
  }
  return text;
}

function parseDuration(text: string, unit = ''): number | undefined {
  const m = /^(\d+)(ms|s|m|h)?$/.exec(text);
  const u = m?.[2] ?? unit;
  return m && u ? Number(m[1]) * UNITS[u] : undefined;
}

function parseInput(text: string, lineNo: number): Step | string {
  const line = text.split('\n')[0];
  if (line.startsWith('@advance ')) {
    const ms = parseDuration(line.slice('@advance '.length).trim());
    return ms === undefined ? `line ${lineNo}: bad duration in "${line}"` : { kind: 'advance', line, lineNo, ms };
  }
  const res = parse(text, { atEof: true });
  if (!res.ok) return `line ${lineNo}: ${'error' in res ? res.error : res.reason}`;
  const cmd = res.list.length === 1 && res.list[0].rest.length === 0 && res.list[0].first.commands.length === 1 ? res.list[0].first.commands[0] : undefined;
  if (!cmd || cmd.kind !== 'simple' || cmd.assigns.length) return `line ${lineNo}: one plain command per line: "${line}"`;
  const argv: string[] = [];
  for (const w of cmd.words) {
    const word = literal(w);
    if (word === undefined) return `line ${lineNo}: only literal words are allowed: "${line}"`;
    argv.push(word);
  }
  if (argv[0] === 'sleep' && argv.length === 2 && !cmd.redirects.length) {
    const ms = parseDuration(argv[1], 's');
    if (ms !== undefined) return { kind: 'advance', line, lineNo, ms };
  }
  if (argv[0] !== 'kubectl') return `line ${lineNo}: lines start with kubectl: "${line}"`;
  const step: Step = { kind: 'kubectl', line, lineNo, argv: argv.slice(1) };
  for (const r of cmd.redirects) {
    const target = literal(r.target);
    const body = r.body && literal(r.body);
    if (r.fd === 0 && r.op === '<' && target !== undefined) step.stdinFile = target;
    else if (r.fd === 0 && (r.op === '<<' || r.op === '<<-') && body !== undefined) step.stdin = body;
    else return `line ${lineNo}: only "< file" and heredoc redirects are allowed: "${line}"`;
  }
  return step;
}

/**
 * Parses a script into steps. Strict (our own scripts): the first input that is not a
 * plain kubectl command is an error. Lenient (a scenario's solution): such inputs are
 * skipped on both sides and listed.
 */
export function parseScript(text: string, opts: { lenient?: boolean } = {}): ParsedScript {
  const steps: Step[] = [];
  const skipped: string[] = [];
  for (const input of splitScript(text)) {
    if (isBlank(input.text)) continue;
    const step = parseInput(input.text.trim(), input.line);
    if (typeof step !== 'string') steps.push(step);
    else if (opts.lenient) skipped.push(input.text);
    else return { ok: false, error: step };
  }
  return { ok: true, steps, skipped };
}
