/** The title bar every screen shares: the product name, where we are, and the main keys. */
import { Box, Text } from 'ink';
import { APP_TITLE_TEXT } from '../title.js';

export interface HeaderProps {
  readonly title: string;
  readonly keys: string;
  readonly width: number;
}

/** Shown on the first line of every screen; the e2e test and the bench wait for `APP_TITLE`. */
export const APP_TITLE = APP_TITLE_TEXT;

export function Header({ title, keys, width }: HeaderProps) {
  return (
    <Box width={width} flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold color="cyan">{APP_TITLE}</Text>
        <Text> · {title}</Text>
      </Text>
      <Text dimColor wrap="truncate-end">{keys}</Text>
    </Box>
  );
}
