/**
 * Drives the real program in a pseudo-terminal through tmux (the end-to-end test and the
 * `tui-first-paint-ms` bench figure): a private tmux server (its own socket), a session of a
 * fixed size, keys sent with send-keys, the screen read with capture-pane. Test tooling only:
 * nothing here ever runs learner input.
 */
import { spawnSync } from 'node:child_process';

export interface TmuxSession {
  /** Sends literal text (no key names). */
  type(text: string): void;
  /** Sends key names (Enter, Tab, Up, C-c…). */
  keys(...names: string[]): void;
  screen(): string;
  /** Polls the screen until `pred` holds; returns the screen, or undefined after `timeoutMs`. */
  waitFor(pred: (screen: string) => boolean, timeoutMs?: number): string | undefined;
  kill(): void;
}

/** True when a tmux binary can be run. */
export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Starts `command` (a shell command line of our own, never learner input) in a detached
 * session of `width`×`height`. With `gate`, the command waits for one Enter before starting,
 * so a measurement can exclude the tmux server's own start-up.
 */
export function startTmux(command: string, opts: { width?: number; height?: number; env?: Record<string, string>; gate?: boolean } = {}): TmuxSession {
  const socket = `kubedojo-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  const envArgs = Object.entries(opts.env ?? {}).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
  // The pane stands for a person's terminal: CI (set when this runs in CI) must not leak into it.
  const run = `unset CI; ${command}`;
  const line = opts.gate ? `read _gate; ${run}; sleep 600` : `${run}; sleep 600`;
  const r = tmux('new-session', '-d', '-s', 'main', '-x', String(opts.width ?? 80), '-y', String(opts.height ?? 24), ...envArgs, line);
  if (r.status !== 0) throw new Error(`tmux new-session failed: ${r.stderr}`);
  const session: TmuxSession = {
    type: (text) => void tmux('send-keys', '-t', 'main', '-l', text),
    keys: (...names) => void tmux('send-keys', '-t', 'main', ...names),
    screen: () => tmux('capture-pane', '-p', '-t', 'main').stdout,
    waitFor(pred, timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const s = session.screen();
        if (pred(s)) return s;
        if (Date.now() > end) return undefined;
        sleepMs(10);
      }
    },
    kill: () => void tmux('kill-server'),
  };
  return session;
}
