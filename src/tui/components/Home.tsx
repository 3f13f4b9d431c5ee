/**
 * The home screen: the lessons in order with their status and score, the next suggested step
 * and "continue" (where the learner left off).
 */
import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import type { LessonStatus, Step } from '../course-status.js';
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

const STATE_MARK: Record<LessonStatus['state'], { mark: string; color?: 'green' | 'yellow' }> = {
  'not started': { mark: '○' },
  'in progress': { mark: '◐', color: 'yellow' },
  done: { mark: '●', color: 'green' },
};

export const HOME_KEYS = '↑/↓ choose · Enter read · n next step · c continue · ? help · q quit';

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
  const listRows = Math.max(3, height - 9);
  const first = Math.max(0, Math.min(index - Math.floor(listRows / 2), statuses.length - listRows));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Header title="learn Kubernetes in your terminal" keys={HOME_KEYS} width={width} />
      <Text> </Text>
      {statuses.length === 0 && <Text color="red">No lessons found.</Text>}
      {statuses.slice(first, first + listRows).map((s, i) => {
        const at = first + i;
        const m = STATE_MARK[s.state];
        const score = s.maxScore > 0 ? ` ${s.score}/${s.maxScore} pts` : '';
        const right = `${s.state}${s.playable ? ` · ${s.passed}/${s.playable} scenarios` : ''}${score}`;
        const left = `${at === index ? '›' : ' '} ${m.mark} ${s.lesson.order}. ${s.lesson.title}`;
        const room = Math.max(10, width - right.length - 2);
        const shown = left.length > room ? `${left.slice(0, room - 1)}…` : left.padEnd(room);
        return (
          <Text key={s.lesson.id} wrap="truncate-end" inverse={at === index}>
            <Text color={m.color}>{shown}</Text>
            <Text dimColor>  {right}</Text>
          </Text>
        );
      })}
      <Box flexGrow={1} />
      {warning && <Text color="yellow" wrap="truncate-end">{warning}</Text>}
      <Text wrap="truncate-end">{next ? <Text><Text bold>Next:</Text> {next.label} (n)</Text> : <Text color="green">Every lesson is done. Well done!</Text>}</Text>
      <Text wrap="truncate-end" dimColor>{resume ? `Continue where you left off: ${resume.label} (c)` : 'Pick a lesson and press Enter.'}</Text>
    </Box>
  );
}
