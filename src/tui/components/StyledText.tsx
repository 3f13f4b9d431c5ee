/** One styled line (plain data from the markdown renderer) drawn with ink's Text. */
import { Text } from 'ink';
import type { StyledLine } from '../markdown/styled.js';

export interface StyledTextProps {
  readonly line: StyledLine;
}

export function StyledText({ line }: StyledTextProps) {
  return (
    <Text wrap="truncate-end">
      {line.length === 0 ? ' ' : line.map((s, i) => (
        <Text key={i} bold={s.style?.bold} italic={s.style?.italic} underline={s.style?.underline} dimColor={s.style?.dim} inverse={s.style?.inverse} color={s.style?.color}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}
