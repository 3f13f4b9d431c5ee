/**
 * Markdown tables for the terminal: columns as wide as their widest cell, shrunk proportionally
 * (cells cut with "…") when the table does not fit the width.
 */
import type { Segment, StyledLine } from './styled.js';

function cut(text: string, w: number): string {
  return text.length <= w ? text.padEnd(w) : `${text.slice(0, Math.max(0, w - 1))}…`;
}

/** Lays out header and rows (cell texts) in `width` columns. */
export function renderTable(header: string[], rows: string[][], width: number): StyledLine[] {
  const n = Math.max(header.length, ...rows.map((r) => r.length));
  const widths = Array.from({ length: n }, (_, i) => Math.max(3, (header[i] ?? '').length, ...rows.map((r) => (r[i] ?? '').length)));
  const sep = 3; // " │ "
  const total = (): number => widths.reduce((a, b) => a + b, 0) + sep * (n - 1);
  while (total() > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest] <= 4) break;
    widths[widest]--;
  }
  const line = (cells: string[], bold: boolean): StyledLine => {
    const out: Segment[] = [];
    cells.forEach((c, i) => {
      if (i > 0) out.push({ text: ' │ ', style: { dim: true } });
      const text = i === cells.length - 1 ? cut(c, widths[i]).trimEnd() : cut(c, widths[i]);
      out.push(bold ? { text, style: { bold: true } } : { text });
    });
    return out;
  };
  const pad = (r: string[]): string[] => Array.from({ length: n }, (_, i) => r[i] ?? '');
  return [
    line(pad(header), true),
    [{ text: widths.map((w) => '─'.repeat(w)).join('─┼─'), style: { dim: true } }],
    ...rows.map((r) => line(pad(r), false)),
  ];
}
