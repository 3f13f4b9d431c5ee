/**
 * An interactive shell for `kubectl exec -it POD -- sh` on the simulated cluster. The node
 * model runs one command line to completion at a time (pods/exec), so each line the learner
 * enters runs as its own `sh -c`, and the state a shell keeps between lines is carried over
 * here: the working directory (read back after every line), variable assignments and
 * exports (replayed before every line) and the last exit status (`$?`). Prompts follow the image's shell: busybox ash
 * `/ # `, dash `# `, bash `root@POD:/# `.
 */
import type { StreamStatus } from './channels.js';
import { exitCodeStatus, successStatus } from './channels.js';

/** What one run of a command in the container gave. */
export interface RunOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export type Runner = (argv: string[]) => { ok: true; out: RunOutput } | { ok: false; status: StreamStatus };

export interface TerminalShellOptions {
  /** The shell the learner asked for (`sh`, `/bin/bash`, ...). */
  shell: string;
  userland: 'busybox' | 'gnu';
  hostname: string;
  run: Runner;
  /** Terminal output (already in terminal form: \r\n line ends). */
  write(text: string): void;
  /** Ends the session with this Status on the error channel. */
  finish(status: StreamStatus): void;
}

/** Shells this can stand in for, by program name. */
export const INTERACTIVE_SHELLS = new Set(['sh', 'ash', 'dash', 'bash']);

/** Printed after the output of each line, then the working directory: never shown. */
const MARK = '\u0001kubedojo-status:';

const ASSIGNMENT = /^\s*(export\s+)?[A-Za-z_][A-Za-z0-9_]*=|^\s*(export|unset)\s+[A-Za-z_]/;
const EXIT = /^\s*exit(?:\s+(\d+))?\s*$/;

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const terminal = (s: string): string => s.replace(/\r?\n/g, '\r\n');

export class TerminalShell {
  private cwd = '/';
  private lastCode = 0;
  private readonly state: string[] = [];
  private ended = false;

  constructor(private readonly o: TerminalShellOptions) {}

  private get name(): string {
    return this.o.shell.split('/').pop() ?? this.o.shell;
  }

  /** Starts the shell: fails like exec would if the program is missing, else shows the prompt. */
  start(): void {
    const probe = this.o.run([this.o.shell, '-c', 'pwd']);
    if (!probe.ok) return this.end(probe.status);
    if (probe.out.exitCode !== 0) {
      this.o.write(terminal(probe.out.stdout + probe.out.stderr));
      return this.end(exitCodeStatus(probe.out.exitCode));
    }
    this.cwd = probe.out.stdout.trim() || '/';
    this.prompt();
  }

  prompt(): void {
    if (this.ended) return;
    this.o.write(this.promptText());
  }

  private promptText(): string {
    if (this.name === 'bash') return `root@${this.o.hostname}:${this.cwd === '/root' ? '~' : this.cwd}# `;
    return this.o.userland === 'busybox' ? `${this.cwd} # ` : '# ';
  }

  /** A line the learner entered. */
  line(text: string): void {
    if (this.ended) return;
    const exit = EXIT.exec(text);
    if (exit) {
      if (this.name === 'bash') this.o.write('exit\r\n');
      return this.end(this.codeStatus(exit[1] === undefined ? this.lastCode : Number(exit[1])));
    }
    if (!text.trim()) return this.prompt();
    // The previous line's status is restored last, so `echo $?` sees it.
    const status = this.lastCode ? [`${this.name} -c 'exit ${this.lastCode}'`] : [];
    const script = [`cd ${quote(this.cwd)}`, ...this.state, ...status, text, `echo "${MARK}$?"`, 'pwd', ''].join('\n');
    const r = this.o.run([this.o.shell, '-c', script]);
    if (!r.ok) return this.end(r.status);
    const at = r.out.stdout.lastIndexOf(MARK);
    if (at < 0) {
      // The line ended the shell itself (`exit 3` inside a compound command).
      this.o.write(terminal(r.out.stdout + r.out.stderr));
      return this.end(this.codeStatus(r.out.exitCode));
    }
    const [code, cwd] = r.out.stdout.slice(at + MARK.length).split('\n');
    this.o.write(terminal(r.out.stdout.slice(0, at) + r.out.stderr));
    this.lastCode = Number(code) || 0;
    if (cwd) this.cwd = cwd;
    if (ASSIGNMENT.test(text) && this.lastCode === 0) this.state.push(text);
    this.prompt();
  }

  /** Ctrl-C at the prompt: a fresh prompt. */
  interrupt(): void {
    this.lastCode = 130;
    this.prompt();
  }

  /** Ctrl-D on an empty line: the shell exits with its last status. */
  eof(): void {
    if (this.ended) return;
    this.o.write(this.name === 'bash' ? 'exit\r\n' : '\r\n');
    this.end(this.codeStatus(this.lastCode));
  }

  private codeStatus(code: number): StreamStatus {
    return code === 0 ? successStatus() : exitCodeStatus(code);
  }

  private end(status: StreamStatus): void {
    if (this.ended) return;
    this.ended = true;
    this.o.finish(status);
  }
}
