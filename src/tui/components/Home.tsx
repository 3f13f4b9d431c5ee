/**
 * The home screen: the lessons in order with their status and score, the next suggested step
 * and "continue" (where the learner left off).
 */
import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import type { LessonStatus, Step } from '../course-status.js';
import { HOME_CHROME_ROWS, HOME_KEYS, HOME_TITLE, homeRows, nextLine, resumeLine } from '../home-rows.js';
import { NAV_KEYS } from '../keys.js';
import { Header } from './Header.js';

export interface HomeProps {
  readonly statuses: readonly LessonStatus[];
  readonly next?: Step;
  readonly resume?: Step;
  readonly warning?: string;
  readonly width: number;
  readonly height: number;
  readonly initialIndex?: number;
  readonly onOpen: (lessonId: string, index: number) => void;
  readonly onStep: (step: Step) => void;
  readonly onHelp: () => void;
  readonly onQuit: () => void;
}

export { HOME_KEYS };

export function Home({ statuses, next, resume, warning, width, height, initialIndex = 0, onOpen, onStep, onHelp, onQuit }: HomeProps) {
  const [index, setIndex] = useState(Math.min(initialIndex, Math.max(0, statuses.length - 1)));
  useInput((input, key) => {
    if (key.upArrow || input === NAV_KEYS.up) setIndex((i) => Math.max(0, i - 1));
    else if (key.downArrow || input === NAV_KEYS.down) setIndex((i) => Math.min(statuses.length - 1, i + 1));
    else if (key.return && statuses[index]) onOpen(statuses[index].lesson.id, index);
    else if (input === NAV_KEYS.next && next) onStep(next);
    else if (input === NAV_KEYS.continue && resume) onStep(resume);
    else if (input === NAV_KEYS.help) onHelp();
    else if (input === NAV_KEYS.quit || key.escape || (key.ctrl && input === 'c')) onQuit();
  });
  const rows = homeRows(statuses, index, width, Math.max(3, height - HOME_CHROME_ROWS));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Header title={HOME_TITLE} keys={HOME_KEYS} width={width} />
      <Text> </Text>
      {statuses.length === 0 && <Text color="red">No lessons found.</Text>}
      {rows.map((r) => (
        <Text key={r.id} wrap="truncate-end" inverse={r.selected}>
          <Text color={r.color}>{r.left}</Text>
          <Text dimColor>  {r.right}</Text>
        </Text>
      ))}
      <Box flexGrow={1} />
      {warning && <Text color="yellow" wrap="truncate-end">{warning}</Text>}
      <Text wrap="truncate-end" color={next ? undefined : 'green'}>{nextLine(next)}</Text>
      <Text wrap="truncate-end" dimColor>{resumeLine(resume)}</Text>
    </Box>
  );
}
