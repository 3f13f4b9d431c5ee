/** The command line: prompt, text and a block cursor drawn as an inverse character. */
import { Text } from 'ink';
import { useContext } from 'react';
import { ColorContext } from './color-context.js';
import type { LineState } from '../session/line-editor.js';

export interface PromptProps {
  readonly prompt: string;
  readonly line: LineState;
  readonly width: number;
}

export function Prompt({ prompt, line, width }: PromptProps) {
  const color = useContext(ColorContext);
  // Keep the cursor visible on long lines by showing the part of the line around it.
  const room = Math.max(10, width - prompt.length - 1);
  const start = Math.max(0, line.cursor - room + 1);
  const visible = line.text.slice(start, start + room);
  const at = line.cursor - start;
  return (
    <Text wrap="truncate-end">
      <Text color="green" bold>{prompt}</Text>
      <Text>{visible.slice(0, at)}</Text>
      {color ? <Text inverse>{visible[at] ?? ' '}</Text> : <Text>{visible[at] === undefined ? '_' : visible[at]}</Text>}
      <Text>{visible.slice(at + 1)}</Text>
    </Text>
  );
}
