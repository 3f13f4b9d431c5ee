/** The live cluster panel: pods, deployments, services and endpoints as `kubectl get` prints them. */
import { Box, Text } from 'ink';
import { sectionLines, type PanelSection } from '../session/cluster-panel.js';

export interface ClusterPanelProps {
  readonly sections: readonly PanelSection[];
  readonly width: number;
  /** Lines available; sections are cut to fit, pods first. */
  readonly height: number;
}

const STATUS_COLOR: Record<string, 'green' | 'yellow' | 'red' | undefined> = {
  Running: 'green',
  Completed: 'green',
  Pending: 'yellow',
  ContainerCreating: 'yellow',
  Terminating: 'yellow',
  ErrImagePull: 'red',
  ImagePullBackOff: 'red',
  CrashLoopBackOff: 'red',
  Error: 'red',
};

/** Panel lines: a title per non-empty section, then its table. */
export function panelLines(sections: readonly PanelSection[], width: number, height: number): { text: string; title?: boolean; color?: 'green' | 'yellow' | 'red' }[] {
  const out: { text: string; title?: boolean; color?: 'green' | 'yellow' | 'red' }[] = [];
  for (const s of sections) {
    const lines = sectionLines(s, width);
    if (!lines.length) continue;
    out.push({ text: s.title, title: true });
    lines.forEach((l, i) => {
      const status = s.title === 'Pods' && i > 0 ? s.rows[i - 1][2] : undefined;
      out.push({ text: l, color: status ? STATUS_COLOR[status] : undefined });
    });
  }
  if (out.length === 0) out.push({ text: 'No pods, deployments or services in namespace default yet.' });
  if (out.length > height) return [...out.slice(0, Math.max(0, height - 1)), { text: `… ${out.length - height + 1} more lines` }];
  return out;
}

export function ClusterPanel({ sections, width, height }: ClusterPanelProps) {
  return (
    <Box flexDirection="column" width={width} height={height}>
      {panelLines(sections, width, height).map((l, i) => (
        <Text key={i} wrap="truncate-end" bold={l.title} color={l.title ? 'cyan' : l.color} dimColor={!l.title && !l.color && i > 0 && !l.text.startsWith('NAME')}>
          {l.text}
        </Text>
      ))}
    </Box>
  );
}
