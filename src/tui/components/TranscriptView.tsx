/** The session's scroll-back: the last lines that fit, long lines wrapped, coloured by kind. */
import { Box, Text } from 'ink';
import type { LineKind, TranscriptLine } from '../session/transcript.js';

export interface TranscriptViewProps {
  readonly lines: readonly TranscriptLine[];
  readonly width: number;
  readonly height: number;
  /** Lines scrolled back from the bottom. */
  readonly scrollBack?: number;
}

const KIND_STYLE: Record<LineKind, { color?: 'green' | 'red' | 'yellow' | 'cyan' | 'gray'; bold?: boolean; dim?: boolean }> = {
  in: { bold: true },
  out: {},
  err: { color: 'red' },
  info: { color: 'cyan' },
  pass: { color: 'green', bold: true },
  fail: { color: 'red', bold: true },
  hint: { color: 'yellow' },
};

/** Splits lines wider than `width` into several (command output is never cut). */
export function wrapTranscript(lines: readonly TranscriptLine[], width: number): TranscriptLine[] {
  const out: TranscriptLine[] = [];
  for (const l of lines) {
    if (l.text.length <= width) out.push(l);
    else for (let i = 0; i < l.text.length; i += width) out.push({ kind: l.kind, text: l.text.slice(i, i + width) });
  }
  return out;
}

export function TranscriptView({ lines, width, height, scrollBack = 0 }: TranscriptViewProps) {
  const all = wrapTranscript(lines.slice(-(height + scrollBack) * 2 - 50), width);
  const end = Math.max(height, all.length - scrollBack);
  const shown = all.slice(Math.max(0, end - height), end);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {shown.map((l, i) => {
        const s = KIND_STYLE[l.kind];
        return <Text key={i} wrap="truncate-end" color={s.color} bold={s.bold}>{l.text === '' ? ' ' : l.text.replace(/\t/g, '    ')}</Text>;
      })}
    </Box>
  );
}
