/**
 * A terminal's canonical-mode line editing, done on our side of an interactive exec
 * (`kubectl exec -it`): kubectl puts the learner's terminal in raw mode and sends every key,
 * so echoing, backspace, Ctrl-C and Ctrl-D happen here, as a pty's line discipline would.
 */
import { StringDecoder } from 'node:string_decoder';

export interface LineHost {
  /** Text to show on the terminal (echo). */
  echo(text: string): void;
  /** Enter was pressed on this line. */
  line(text: string): void;
  /** Ctrl-C: the line is dropped. */
  interrupt(): void;
  /** Ctrl-D on an empty line: end of input. */
  eof(): void;
}

const ESC = '\x1b';

/** Keys, by character, and what they do to the line being edited. */
const CONTROL: Record<string, (d: LineDiscipline) => void> = {
  '\r': (d) => d.enter(),
  '\n': (d) => d.enter(),
  '\x7f': (d) => d.erase(),
  '\b': (d) => d.erase(),
  '\x03': (d) => d.cancel(),
  '\x04': (d) => d.endOfInput(),
  '\x15': (d) => d.kill(),
};

export class LineDiscipline {
  private buffer = '';
  /** Inside an escape sequence (arrow keys and the like, which this editor ignores). */
  private escape: 'none' | 'start' | 'csi' = 'none';
  private readonly decoder = new StringDecoder('utf8');

  constructor(private readonly host: LineHost) {}

  /** Feeds bytes from the client's stdin channel. */
  feed(bytes: Buffer): void {
    for (const ch of this.decoder.write(bytes)) this.key(ch);
  }

  private key(ch: string): void {
    if (this.escape !== 'none') {
      // ESC [ params final-byte (CSI) or ESC + one character.
      if (this.escape === 'start') this.escape = ch === '[' || ch === 'O' ? 'csi' : 'none';
      else if (ch >= '@' && ch <= '~') this.escape = 'none';
      return;
    }
    if (ch === ESC) {
      this.escape = 'start';
      return;
    }
    const control = CONTROL[ch];
    if (control) return control(this);
    if (ch < ' ') return;
    this.buffer += ch;
    this.host.echo(ch);
  }

  enter(): void {
    const line = this.buffer;
    this.buffer = '';
    this.host.echo('\r\n');
    this.host.line(line);
  }

  erase(): void {
    if (!this.buffer) return;
    this.buffer = [...this.buffer].slice(0, -1).join('');
    this.host.echo('\b \b');
  }

  cancel(): void {
    this.buffer = '';
    this.host.echo('^C\r\n');
    this.host.interrupt();
  }

  endOfInput(): void {
    if (this.buffer) return;
    this.host.eof();
  }

  kill(): void {
    this.host.echo('\b \b'.repeat([...this.buffer].length));
    this.buffer = '';
  }
}
