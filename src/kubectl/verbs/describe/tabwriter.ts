/**
 * Go's text/tabwriter (with liggitt/tabwriter's RememberWidths), which kubectl uses for
 * `get` tables (minwidth 6, tabwidth 4, padding 3, RememberWidths) and `describe`
 * (minwidth 0, tabwidth 8, padding 2). Cells are tab-terminated; the text after a line's
 * last tab is not part of any column. A column is aligned over a block of consecutive
 * lines that all have a cell in it, exactly as Go's recursive `format` does.
 */

export interface TabwriterOptions {
  minwidth: number;
  padding: number;
  /** Column widths carry over from one flush to the next and only grow. */
  rememberWidths?: boolean;
}

/** kubectl get's table writer settings (cli-runtime pkg/printers/tabwriter.go). */
export const GET_TABWRITER: TabwriterOptions = { minwidth: 6, padding: 3, rememberWidths: true };
/** kubectl describe's settings (pkg/describe/describe.go tabbedString). */
export const DESCRIBE_TABWRITER: TabwriterOptions = { minwidth: 0, padding: 2 };

function width(s: string): number {
  return [...s].length;
}

export class TabWriter {
  private buf = '';
  private remembered: number[] = [];

  constructor(private readonly opts: TabwriterOptions) {}

  write(text: string): void {
    this.buf += text;
  }

  /** Formats what was written so far and returns it; remembered widths survive. */
  flush(): string {
    if (!this.buf) return '';
    const text = this.buf;
    this.buf = '';
    const endsWithNewline = text.endsWith('\n');
    const rawLines = (endsWithNewline ? text.slice(0, -1) : text).split('\n');
    const lines = rawLines.map((l) => l.split('\t'));
    const out: string[] = [];
    const widths: number[] = [];
    const writeLines = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const cells = lines[i];
        let s = '';
        for (let j = 0; j < cells.length; j++) {
          s += cells[j];
          if (j < widths.length && j < cells.length - 1) s += ' '.repeat(Math.max(0, widths[j] - width(cells[j])));
        }
        out.push(s);
      }
    };
    const format = (line0: number, line1: number): void => {
      const column = widths.length;
      for (let t = line0; t < line1; t++) {
        if (column >= lines[t].length - 1) continue;
        writeLines(line0, t);
        line0 = t;
        let w = this.opts.minwidth;
        if (this.opts.rememberWidths && column < this.remembered.length) w = Math.max(w, this.remembered[column]);
        for (; t < line1; t++) {
          if (column >= lines[t].length - 1) break;
          w = Math.max(w, width(lines[t][column]) + this.opts.padding);
        }
        if (this.opts.rememberWidths) this.remembered[column] = w;
        widths.push(w);
        format(line0, t);
        widths.pop();
        line0 = t;
        t--;
      }
      writeLines(line0, line1);
    };
    format(0, lines.length);
    return out.join('\n') + (endsWithNewline ? '\n' : '');
  }
}

/** Formats a whole block of tab-separated text at once. */
export function tabbed(text: string, opts: TabwriterOptions = DESCRIBE_TABWRITER): string {
  const w = new TabWriter(opts);
  w.write(text);
  return w.flush();
}
