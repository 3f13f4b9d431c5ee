/**
 * Command history for the prompt, as bash keeps it: up goes back, down forward, the line being
 * typed is kept while browsing and comes back below the newest entry. Consecutive duplicates
 * and blank lines are not stored.
 */

export class History {
  private entries: string[] = [];
  private pos = 0;
  private draft = '';

  add(line: string): void {
    if (line.trim() !== '' && this.entries[this.entries.length - 1] !== line) this.entries.push(line);
    this.pos = this.entries.length;
    this.draft = '';
  }

  /** The older entry, or undefined at the oldest. `current` is what is typed now. */
  up(current: string): string | undefined {
    if (this.pos === 0) return undefined;
    if (this.pos === this.entries.length) this.draft = current;
    this.pos--;
    return this.entries[this.pos];
  }

  /** The newer entry, or the draft below the newest; undefined when already there. */
  down(): string | undefined {
    if (this.pos >= this.entries.length) return undefined;
    this.pos++;
    return this.pos === this.entries.length ? this.draft : this.entries[this.pos];
  }

  list(): readonly string[] {
    return this.entries;
  }
}
