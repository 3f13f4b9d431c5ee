/** Helpers for component tests: typing into ink-testing-library and waiting for a frame. */
import { vi } from 'vitest';

export interface Rendered {
  stdin: { write(data: string): void };
  lastFrame(): string | undefined;
}

/** Waits until the last frame contains `text` (ink renders after the input event loop turn). */
export async function waitForFrame(r: Rendered, text: string): Promise<string> {
  await vi.waitFor(() => {
    if (!stripAnsi(r.lastFrame() ?? '').includes(text)) throw new Error(`frame without "${text}":\n${stripAnsi(r.lastFrame() ?? '')}`);
  }, { timeout: 5000, interval: 10 });
  return stripAnsi(r.lastFrame() ?? '');
}

/**
 * Waits until `text` is drawn and then a little longer: ink registers a screen's key handler in
 * an effect that runs after the frame is drawn, and keys written before that are lost.
 */
export async function waitForScreen(r: Rendered, text: string): Promise<string> {
  const f = await waitForFrame(r, text);
  await new Promise((resolve) => setTimeout(resolve, 50));
  return f;
}

/** Writes key sequences one by one, letting ink handle each before the next. */
export async function press(r: Rendered, ...keys: string[]): Promise<void> {
  for (const k of keys) {
    r.stdin.write(k);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Strips ANSI escapes from a frame. */
export const stripAnsi = (s: string): string => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
