/**
 * Column alignment as kubectl does it: Go's text/tabwriter (liggitt/tabwriter fork with
 * RememberWidths), set up by kubernetes/cli-runtime pkg/printers/tabwriter.go with
 * minwidth 6, tabwidth 4, padding 3, pad char ' '. Cells end with '\t', lines with '\n';
 * the last cell of a line is not part of any column, so it is never padded.
 */

const MIN_WIDTH = 6;
const PADDING = 3;

interface Cell {
  text: string;
  width: number;
}

function runeWidth(s: string): number {
  return [...s].length;
}

/** A tab writer with kubectl's settings; remembers column widths across flushes until reset. */
export class TabWriter {
  private buf = '';
  private maxWidths: number[] = [];
  private out = '';

  /** Buffers text; nothing is aligned until flush(). */
  write(text: string): void {
    this.buf += text;
  }

  /** Forgets the widths remembered from earlier flushes (kubectl does this per resource type). */
  resetRememberedWidths(): void {
    this.maxWidths = [];
  }

  /** Aligns and returns everything written since the last flush. */
  flush(): string {
    const text = this.buf;
    this.buf = '';
    if (!text) return '';
    const rawLines = text.split('\n');
    const endsWithNewline = rawLines[rawLines.length - 1] === '';
    if (endsWithNewline) rawLines.pop();
    const lines: Cell[][] = rawLines.map((l) => l.split('\t').map((t) => ({ text: t, width: runeWidth(t) })));
    this.out = '';
    const widths: number[] = [];
    this.format(lines, widths, 0, lines.length);
    let result = this.out;
    if (!endsWithNewline && result.endsWith('\n')) result = result.slice(0, -1);
    return result;
  }

  /** text/tabwriter's recursive column-block formatter. */
  private format(lines: Cell[][], widths: number[], line0: number, line1: number): void {
    const column = widths.length;
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i].length - 1) continue;
      this.writeLines(lines, widths, line0, i);
      line0 = i;
      let width = MIN_WIDTH;
      for (; i < line1; i++) {
        if (column >= lines[i].length - 1) break;
        width = Math.max(width, lines[i][column].width + PADDING);
      }
      // RememberWidths: a column never shrinks below what an earlier flush printed.
      if (this.maxWidths.length < widths.length) this.maxWidths.push(...widths.slice(this.maxWidths.length));
      if (this.maxWidths.length === widths.length) this.maxWidths.push(width);
      else if (this.maxWidths[widths.length] > width) width = this.maxWidths[widths.length];
      else this.maxWidths[widths.length] = width;
      widths.push(width);
      this.format(lines, widths, line0, i);
      widths.pop();
      line0 = i;
      i--; // the outer loop's i++ must not skip the line that ended the block
    }
    this.writeLines(lines, widths, line0, line1);
  }

  private writeLines(lines: Cell[][], widths: number[], line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = lines[i];
      line.forEach((c, j) => {
        this.out += c.text;
        if (j < widths.length) this.out += ' '.repeat(Math.max(0, widths[j] - c.width));
      });
      this.out += '\n';
    }
  }
}
