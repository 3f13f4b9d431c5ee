import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import type { LessonInfo } from '../course-source.js';
import { SEQ } from '../keys.js';
import { LessonReader } from './LessonReader.js';
import { press, waitForScreen } from './test-helpers.js';

const LONG: LessonInfo = {
  id: 'long',
  title: 'Long lesson',
  order: 1,
  estimatedMinutes: 1,
  prerequisites: [],
  scenarios: ['long/first', 'long/second'],
  markdown: Array.from({ length: 60 }, (_, i) => `Paragraph number ${i + 1}.`).join('\n\n'),
};

/** Keys of the reader. */
const SCROLL_DOWN = ['j'];
const TO_BOTTOM = ['G'];
const NEXT_PRACTICE = [SEQ.tab];

describe('LessonReader at 80×24', () => {
  it('scrolls with keys, reports the position and whether the end was reached', async () => {
    const onBack = vi.fn();
    const r = render(<LessonReader lesson={LONG} width={80} height={23} onBack={onBack} onPlay={() => {}} />);
    let frame = await waitForScreen(r, 'Paragraph number 1.');
    expect(frame.split('\n')[0]).toBe('kubedojo · Long lesson (0%)');
    await press(r, ...SCROLL_DOWN, ...SCROLL_DOWN);
    frame = await waitForScreen(r, 'Paragraph number 2.');
    expect(frame).not.toContain('Paragraph number 1.');
    await press(r, ...TO_BOTTOM);
    frame = await waitForScreen(r, 'Paragraph number 60.');
    expect(frame).toContain('(100%)');
    await press(r, 'b');
    // 60 paragraphs and the 59 blank lines between them; 19 body lines fit in 23 rows, so the last top line is 100.
    await vi.waitFor(() => expect(onBack).toHaveBeenCalledWith(100, true));
    r.unmount();
  });

  it('Tab chooses the practice scenario and p plays it', async () => {
    const onPlay = vi.fn();
    const r = render(<LessonReader lesson={LONG} width={80} height={23} onBack={() => {}} onPlay={onPlay} />);
    await waitForScreen(r, '▶ p: play long/first (1/2, Tab for the next)');
    await press(r, ...NEXT_PRACTICE);
    await waitForScreen(r, '▶ p: play long/second (2/2, Tab for the next)');
    await press(r, 'p');
    await vi.waitFor(() => expect(onPlay).toHaveBeenCalledWith('long/second', 0, false));
    r.unmount();
  });
});
