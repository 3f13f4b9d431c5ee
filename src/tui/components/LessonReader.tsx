/**
 * The lesson reader: the Markdown lesson rendered for the terminal, scrolled with keys (and the
 * mouse wheel, which terminals turn into arrow keys in the alternate screen), with a call to
 * action to play the lesson's scenarios.
 */
import { Box, Text, useInput } from 'ink';
import { useMemo, useState } from 'react';
import type { LessonInfo } from '../course-source.js';
import { NAV_KEYS } from '../keys.js';
import { renderMarkdown } from '../markdown/render.js';
import { Header } from './Header.js';
import { StyledText } from './StyledText.js';

export interface LessonReaderProps {
  readonly lesson: LessonInfo;
  readonly width: number;
  readonly height: number;
  readonly initialLine?: number;
  /** `read` is true once the learner reached the end. */
  readonly onBack: (line: number, read: boolean) => void;
  readonly onPlay: (scenarioId: string, line: number, read: boolean) => void;
}

export const READER_KEYS = '↑/↓ PgUp/PgDn scroll · Tab choose practice · p play · b back';

export function LessonReader({ lesson, width, height, initialLine = 0, onBack, onPlay }: LessonReaderProps) {
  const rendered = useMemo(() => renderMarkdown(lesson.markdown, width - 1), [lesson.markdown, width]);
  const scenarios = lesson.scenarios.length ? lesson.scenarios : rendered.scenarios;
  const body = Math.max(3, height - 4);
  const maxTop = Math.max(0, rendered.lines.length - body);
  const [top, setTop] = useState(Math.min(initialLine, maxTop));
  const [choice, setChoice] = useState(0);
  const [seenEnd, setSeenEnd] = useState(maxTop === 0);
  const scroll = (to: number): void => {
    const t = Math.max(0, Math.min(maxTop, to));
    setTop(t);
    if (t >= maxTop) setSeenEnd(true);
  };
  useInput((input, key) => {
    if (key.downArrow || input === NAV_KEYS.down) scroll(top + 1);
    else if (key.upArrow || input === NAV_KEYS.up) scroll(top - 1);
    else if (key.pageDown || input === ' ') scroll(top + body - 1);
    else if (key.pageUp) scroll(top - body + 1);
    else if (input === NAV_KEYS.top || key.home) scroll(0);
    else if (input === NAV_KEYS.bottom || key.end) scroll(maxTop);
    else if (key.tab && scenarios.length) setChoice((c) => (c + 1) % scenarios.length);
    else if ((input === NAV_KEYS.play || key.return) && scenarios[choice]) onPlay(scenarios[choice], top, seenEnd || top >= maxTop);
    else if (input === NAV_KEYS.back || key.escape || input === NAV_KEYS.quit || (key.ctrl && input === 'c')) onBack(top, seenEnd || top >= maxTop);
  });
  const pct = maxTop === 0 ? 100 : Math.round((top / maxTop) * 100);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Header title={`${lesson.title} (${pct}%)`} keys={READER_KEYS} width={width} />
      <Box flexDirection="column" height={body}>
        {rendered.lines.slice(top, top + body).map((l, i) => <StyledText key={top + i} line={l} />)}
      </Box>
      <Box flexGrow={1} />
      {scenarios.length > 0 ? (
        <Text wrap="truncate-end">
          <Text color="green" bold>▶ p: play </Text>
          <Text bold>{scenarios[choice]}</Text>
          <Text dimColor>{scenarios.length > 1 ? ` (${choice + 1}/${scenarios.length}, Tab for the next)` : ''}</Text>
        </Text>
      ) : <Text dimColor>This lesson has no practice scenario.</Text>}
    </Box>
  );
}
