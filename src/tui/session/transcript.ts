/**
 * The session's scroll-back: what was typed and what came out, as lines of a kind. Shell
 * output arrives in chunks that may end mid-line; a line stays open until its newline.
 */

export type LineKind = 'in' | 'out' | 'err' | 'info' | 'pass' | 'fail' | 'hint';

export interface TranscriptLine {
  kind: LineKind;
  text: string;
}

/** Lines kept; older ones scroll away (the recording keeps every command regardless). */
export const MAX_TRANSCRIPT_LINES = 2000;

export class Transcript {
  private items: TranscriptLine[] = [];
  private open = false;

  /** Appends text; a chunk that does not end in a newline leaves its last line open. */
  append(kind: LineKind, text: string): void {
    if (text === '') return;
    const pieces = text.split('\n');
    const endsOpen = pieces[pieces.length - 1] !== '';
    if (!endsOpen) pieces.pop();
    pieces.forEach((p, i) => {
      const last = this.items[this.items.length - 1];
      if (i === 0 && this.open && last && last.kind === kind) last.text += p;
      else this.items.push({ kind, text: p });
    });
    this.open = endsOpen;
    if (this.items.length > MAX_TRANSCRIPT_LINES) this.items.splice(0, this.items.length - MAX_TRANSCRIPT_LINES);
  }

  /** Appends whole lines (a message of the session itself). */
  line(kind: LineKind, text: string): void {
    this.open = false;
    this.append(kind, `${text}\n`);
  }

  lines(): readonly TranscriptLine[] {
    return this.items;
  }

  clear(): void {
    this.items = [];
    this.open = false;
  }
}
