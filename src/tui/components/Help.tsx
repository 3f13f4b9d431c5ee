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
  ['Home', [['↑/↓ or j/k', 'choose a lesson'], ['Enter', 'read it'], ['n', 'the next suggested step'], ['c', 'continue where you left off'], ['q', 'quit']]],
  ['Lesson', [['↑/↓ j/k, PgUp/PgDn, space', 'scroll (the mouse wheel too, in most terminals)'], ['g / G', 'top / bottom'], ['Tab', 'choose a practice scenario'], ['p', 'play it'], ['b or Esc', 'back home']]],
  ['Scenario', [['↑/↓', 'command history'], ['←/→ Home/End ctrl-a/e', 'move in the line'], ['ctrl-u / ctrl-w', 'delete to the start / the word before'], ['Tab', 'complete verbs, kinds, flags, names'], ['ctrl-p', 'pause / play virtual time'], ['ctrl-f', 'play at 1× / 10×'], ['ctrl-s', 'skip 30 s ahead'], ['ctrl-c', 'cancel the line']]],
];

export function Help({ width, height, commands, onBack }: HelpProps) {
  useInput(() => onBack());
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Header title="help" keys="any key: back" width={width} />
      {SECTIONS.map(([title, rows]) => (
        <Box key={title} flexDirection="column" marginTop={1}>
          <Text bold>{title}</Text>
          {rows.map(([k, v]) => <Text key={k} wrap="truncate-end">  <Text color="cyan">{k.padEnd(26)}</Text>{v}</Text>)}
        </Box>
      ))}
      <Box flexDirection="column" marginTop={1}>
        <Text bold>Session commands</Text>
        <Text wrap="truncate-end">  {commands.map((c) => c.name).join(' · ')}</Text>
      </Box>
    </Box>
  );
}
