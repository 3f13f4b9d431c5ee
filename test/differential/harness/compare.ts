/** Compares the two sides of a differential run, command by command and stream by stream. */
import { applies, masked, normalized, type AllowEntry, type AllowList, type Stream } from './allow-list.js';
import type { CommandResult } from './result.js';

export interface Difference {
  script: string;
  command: string;
  lineNo: number;
  stream: Stream;
  real: string;
  embedded: string;
}

export interface Comparison {
  differences: Difference[];
  /** Allow-list entries that excused a difference in this run. */
  used: AllowEntry[];
}

function streamOf(r: CommandResult, s: Stream): string {
  return s === 'code' ? String(r.code) : r[s];
}

function excused(entries: AllowEntry[], real: string, embedded: string): AllowEntry[] {
  const exact = entries.filter((e) => e.real !== undefined && String(e.real) === masked(e, real) && String(e.embedded) === masked(e, embedded));
  if (exact.length) return exact;
  const masks = entries.filter((e) => e.mask !== undefined && e.real === undefined);
  if (!masks.length) return [];
  const mask = (t: string) => masks.reduce((acc, e) => masked(e, acc), t);
  return mask(real) === mask(embedded) ? masks : [];
}

/** Every difference between `real` and `embedded` that no entry of `allow` excuses. */
export function compareRuns(script: string, real: CommandResult[], embedded: CommandResult[], allowList: AllowList, version: string): Comparison {
  const allow = allowList.entries;
  if (real.length !== embedded.length) throw new Error(`${script}: ${real.length} real results, ${embedded.length} embedded`);
  const differences: Difference[] = [];
  const used: AllowEntry[] = [];
  real.forEach((r, i) => {
    const e = embedded[i];
    for (const stream of ['stdout', 'stderr', 'code'] as Stream[]) {
      const a = normalized(allowList.normalize, stream, streamOf(r, stream));
      const b = normalized(allowList.normalize, stream, streamOf(e, stream));
      if (a === b) continue;
      const ok = excused(allow.filter((x) => applies(x, script, r.line, stream, version)), a, b);
      if (ok.length) used.push(...ok);
      else differences.push({ script, command: r.line, lineNo: r.lineNo, stream, real: a, embedded: b });
    }
  });
  return { differences, used };
}

/** A readable report of one difference: the command, then both texts line by line with the first differing line marked. */
export function formatDifference(d: Difference): string {
  const a = d.real.split('\n');
  const b = d.embedded.split('\n');
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  // Enough context to see the difference, not whole YAML documents.
  const from = Math.max(0, first - 3);
  const show = (lines: string[]) => {
    const shown = lines.slice(from, first + 12).map((l, i) => `${from + i === first ? '>' : ' '} ${JSON.stringify(l)}`);
    if (from > 0) shown.unshift(`  ... ${from} equal lines`);
    if (lines.length > first + 12) shown.push(`  ... ${lines.length - first - 12} more lines`);
    return shown.join('\n');
  };
  return `${d.script}:${d.lineNo} ${d.command} [${d.stream}] first difference at line ${first + 1}\n--- real kubectl\n${show(a)}\n+++ embedded\n${show(b)}\n`;
}
