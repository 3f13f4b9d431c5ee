/**
 * gosuri/uitable as helm uses it: every cell (header and last column included) padded to its
 * column's widest cell, cells joined with a tab, rows with a newline; helm adds a final newline.
 * With a max column width, longer cells are cut to width−3 characters plus `...`.
 */
export function uitable(rows: string[][], maxColWidth = 0): string {
  const cut = (s: string): string => (maxColWidth > 0 && [...s].length > maxColWidth ? `${[...s].slice(0, maxColWidth - 3).join('')}...` : s);
  const cells = rows.map((r) => r.map(cut));
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return cells.map((r) => r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('\t')).join('\n') + '\n';
}
