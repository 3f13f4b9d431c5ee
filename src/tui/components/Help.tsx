/** The help screen: keys of every screen and the session commands. */
import { Box, Text, useInput } from 'ink';
import { Header } from './Header.js';

export interface HelpProps {
  readonly width: number;
  readonly height: number;
  readonly commands: readonly { name: string; summary: string }[];
  readonly onBack: () => void;
}

const SECTIONS: [string, [string, string][]][] = [
  ['Home', [['↑/↓ or j/k, Enter', 'choose a lesson, read it'], ['n / c', 'the next suggested step / continue where you left off'], ['q', 'quit']]],
  ['Lesson', [['↑/↓ j/k, PgUp/PgDn, space', 'scroll (the mouse wheel too, in most terminals)'], ['g / G', 'top / bottom'], ['Tab / p', 'choose a practice scenario / play it'], ['b or Esc', 'back home']]],
  ['Scenario', [['↑/↓, Tab', 'command history, completion'], ['←/→ Home/End ctrl-a/e', 'move in the line'], ['ctrl-u / ctrl-w / ctrl-d', 'delete to the start / the word before / at'], ['ctrl-p / ctrl-f / ctrl-s', 'pause·play / 1×·10× / skip 30 s of virtual time'], ['ctrl-c', 'cancel the line'], ['PgUp/PgDn', 'scroll the output']]],
];

export function Help({ width, height, commands, onBack }: HelpProps) {
  useInput(() => onBack());
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Header title="help" keys="any key: back" width={width} />
      {SECTIONS.map(([title, rows]) => (
        <Box key={title} flexDirection="column">
          <Text bold>{title}</Text>
          {rows.map(([k, v]) => <Text key={k} wrap="truncate-end">  <Text color="cyan">{k.padEnd(26)}</Text>{v}</Text>)}
        </Box>
      ))}
      <Box flexDirection="column">
        <Text bold>Session commands</Text>
        <Text wrap="truncate-end">  {commands.map((c) => c.name).join(' · ')}</Text>
      </Box>
    </Box>
  );
}
