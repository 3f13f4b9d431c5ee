/**
 * A scenario session without the UI: the live cluster and shell, the prompt's line handling
 * (continuation lines for heredocs and open quotes), the session commands, virtual time
 * flowing at a chosen speed, and the recording that `kubedojo export` hands to the grader.
 * The ink screen renders `model.transcript`, `model.panel()` and `model.prompt()`.
 */
import * as fs from 'node:fs';
import { readFolder } from '../../course/index.js';
import type { CourseSource, GradeResult, LiveScenario, RecordedSession, ScenarioInfo } from '../course-source.js';
import { SKIP_MS } from '../keys.js';
import { panelSnapshot, type PanelSection } from './cluster-panel.js';
import { SESSION_COMMANDS, sessionCommandFor } from './commands.js';
import { complete, type Completion } from './completion.js';
import { liveCompletionContext } from './completion-context.js';
import { History } from './history.js';
import { Transcript } from './transcript.js';

export type Speed = 0 | 1 | 10;

export interface SessionOptions {
  source: CourseSource;
  scenario: ScenarioInfo;
  /** An existing folder; it is emptied and receives the starter files. */
  workspaceRoot: string;
  /** Called after every recorded command (the caller saves it for `kubedojo export`). */
  onRecord?: (session: RecordedSession) => void;
  /** Called after every `check`. */
  onGrade?: (result: GradeResult) => void;
  onExit?: () => void;
}

const CONTINUATION = '> ';
const PROMPT = '$ ';

export class SessionModel {
  readonly transcript = new Transcript();
  readonly history = new History();
  speed: Speed = 1;
  exited = false;
  lastGrade?: GradeResult;
  private live!: LiveScenario;
  private commands: { text: string; at: number }[] = [];
  private pending: string[] = [];
  private confirm?: 'solution' | 'reset';
  private hintIndex = 0;
  /** Bumped on every change, so a UI can tell it must redraw. */
  revision = 0;

  private constructor(private readonly opts: SessionOptions) {}

  /** Starts the scenario; an error string when its set-up failed. */
  static start(opts: SessionOptions): SessionModel | { error: string } {
    const m = new SessionModel(opts);
    const err = m.boot();
    return err ? { error: err } : m;
  }

  private boot(): string | undefined {
    for (const e of fs.readdirSync(this.opts.workspaceRoot)) fs.rmSync(`${this.opts.workspaceRoot}/${e}`, { recursive: true, force: true });
    const live = this.opts.source.start(this.opts.scenario.id, this.opts.workspaceRoot, (c) => this.transcript.append(c.stream === 'out' ? 'out' : 'err', c.text));
    if ('error' in live) return live.error;
    this.live = live;
    this.commands = [];
    this.pending = [];
    this.confirm = undefined;
    this.hintIndex = 0;
    this.lastGrade = undefined;
    this.transcript.line('info', `Scenario ${this.opts.scenario.id}: ${this.opts.scenario.title}. Type \`help\` for the session commands.`);
    this.changed();
    return undefined;
  }

  get scenario(): ScenarioInfo {
    return this.opts.scenario;
  }

  get workspacePath(): string {
    return this.live.workspace.root;
  }

  /** Virtual ms since the set-up ended. */
  elapsed(): number {
    return this.live.cluster.now() - this.live.setupEnd;
  }

  prompt(): string {
    return this.pending.length ? CONTINUATION : PROMPT;
  }

  /** Handles one entered line. */
  submit(line: string): void {
    this.transcript.line('in', `${this.prompt()}${line}`);
    if (this.confirm) return this.answer(line);
    if (this.pending.length === 0) {
      const sc = sessionCommandFor(line);
      if (sc) {
        this.history.add(line);
        sc.cmd.run(this, sc.args);
        return this.changed();
      }
      if (line.trim() === '') return this.changed();
    }
    const text = [...this.pending, line].join('\n');
    const at = this.elapsed();
    const r = this.live.shell.run(text, {});
    if (r.kind === 'incomplete') {
      this.pending.push(line);
      return this.changed();
    }
    this.pending = [];
    this.history.add(text);
    this.commands.push({ text, at });
    this.opts.onRecord?.(this.recording());
    if (this.live.shell.exitRequested !== undefined) this.exit();
    this.changed();
  }

  /** ctrl-c: drops a half-typed multi-line command or a pending question. */
  cancel(): void {
    if (this.pending.length || this.confirm) this.transcript.line('info', '^C');
    this.pending = [];
    this.confirm = undefined;
    this.changed();
  }

  /** Lets `wallMs` of wall-clock time pass at the current speed. */
  tick(wallMs: number): void {
    if (this.speed === 0 || this.exited) return;
    this.live.cluster.advance(wallMs * this.speed);
    this.changed();
  }

  skip(ms = SKIP_MS): void {
    this.live.cluster.advance(ms);
    this.transcript.line('info', `(skipped ${ms / 1000}s of virtual time)`);
    this.changed();
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    this.changed();
  }

  panel(namespace = 'default'): PanelSection[] {
    return panelSnapshot(this.live.cluster, namespace);
  }

  complete(text: string, cursor: number): Completion {
    return complete(text, cursor, liveCompletionContext(this.live.cluster, ['kubectl', 'helm', 'curl', 'echo', 'cat', 'ls', 'sleep', 'export', 'base64', ...SESSION_COMMANDS.map((c) => c.name)]));
  }

  /** The session as the grader reads it: commands with virtual times, the workspace files, the seed. */
  recording(): RecordedSession {
    const folder = readFolder(this.live.workspace.root, { skip: (rel) => rel.startsWith('.') });
    return { scenario: this.opts.scenario.id, seed: this.opts.scenario.seed, commands: [...this.commands], files: folder.ok ? folder.files : {} };
  }

  check(): void {
    const n = this.commands.length;
    this.transcript.line('info', `Grading: your ${n} command${n === 1 ? '' : 's'} replayed on a fresh cluster, as \`kubedojo grade\` does…`);
    const r = this.opts.source.grade(this.recording());
    if ('error' in r) return this.transcript.line('err', r.error);
    this.lastGrade = r;
    this.hintIndex = 0;
    for (const c of r.checks) {
      this.transcript.line(c.passed ? 'pass' : 'fail', `${c.passed ? '✔' : '✘'} ${c.title}  ${c.earned}/${c.points}`);
      if (!c.passed) this.transcript.line('info', `    ${c.message}`);
    }
    for (const note of r.notes) this.transcript.line('info', `note: ${note}`);
    if (r.passed) this.transcript.line('pass', `Score ${r.score}/${r.maxScore}: PASSED. Well done!`);
    else this.transcript.line('fail', `Score ${r.score}/${r.maxScore}: not passed yet. Type \`hint\` for a hint, or \`solution\` to see the reference solution.`);
    this.opts.onGrade?.(r);
  }

  /** The hints that apply now: after a check, those about what still fails; before, all of them. */
  private hints(): string[] {
    if (this.lastGrade) return this.lastGrade.hints;
    return this.opts.scenario.tasks.flatMap((t) => t.hints.map((h) => h.text));
  }

  hint(): void {
    const hints = this.hints();
    if (hints.length === 0) return this.transcript.line('info', 'No hints for this scenario.');
    if (this.hintIndex >= hints.length) {
      this.transcript.line('info', 'No more hints. `solution` shows the reference solution.');
      return;
    }
    this.transcript.line('hint', `Hint ${this.hintIndex + 1}/${hints.length}: ${hints[this.hintIndex]}`);
    this.hintIndex++;
  }

  askSolution(confirmed: boolean): void {
    if (confirmed) return this.showSolution();
    this.confirm = 'solution';
    const why = this.lastGrade && !this.lastGrade.passed ? '' : ' (you have not checked a failed attempt yet)';
    this.transcript.line('info', `Show the reference solution${why}? [y/N]`);
  }

  private showSolution(): void {
    this.transcript.line('info', 'Reference solution:');
    for (const l of this.opts.scenario.solution.replace(/\n$/, '').split('\n')) this.transcript.line('hint', `  ${l}`);
  }

  askReset(confirmed: boolean): void {
    if (confirmed) return this.reset();
    this.confirm = 'reset';
    this.transcript.line('info', 'Start over? The cluster, your commands and the workspace files go back to the start. [y/N]');
  }

  private reset(): void {
    this.transcript.clear();
    const err = this.boot();
    if (err) this.transcript.line('err', err);
  }

  private answer(line: string): void {
    const what = this.confirm;
    this.confirm = undefined;
    if (/^y(es)?$/i.test(line.trim())) {
      if (what === 'solution') this.showSolution();
      else this.reset();
    } else this.transcript.line('info', 'Cancelled.');
    this.changed();
  }

  files(): void {
    this.transcript.line('info', `Workspace: ${this.live.workspace.root}`);
    this.transcript.line('info', 'Edit files there with any editor; commands here see them (e.g. `kubectl apply -f FILE`).');
  }

  help(): void {
    this.transcript.line('info', 'Session commands:');
    for (const c of SESSION_COMMANDS) this.transcript.line('info', `  ${c.name.padEnd(9)} ${c.summary}`);
    this.transcript.line('info', 'Keys: ↑/↓ history, Tab completes, ctrl-p pause/play, ctrl-f 1×/10×, ctrl-s skip 30s, ctrl-c cancel.');
    this.transcript.line('info', 'Anything else runs in the shell: kubectl, helm, curl, echo, cat, sleep, heredocs...');
  }

  exit(): void {
    this.exited = true;
    this.opts.onExit?.();
  }

  private changed(): void {
    this.revision++;
  }
}
