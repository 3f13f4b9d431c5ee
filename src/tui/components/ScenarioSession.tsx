/**
 * The scenario session screen: task and progress, the live cluster panel, the output of the
 * commands typed so far and the prompt. The logic lives in SessionModel; this draws it and
 * maps keys to it.
 */
import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import { isCtrl, SESSION_KEYS } from '../keys.js';
import { actionForKey, edit, EMPTY_LINE, type LineState } from '../session/line-editor.js';
import type { SessionModel } from '../session/model.js';
import { useVirtualTime } from '../hooks/use-virtual-time.js';
import { ClusterPanel } from './ClusterPanel.js';
import { Header } from './Header.js';
import { Prompt } from './Prompt.js';
import { StyledText } from './StyledText.js';
import { wrapSegments, type StyledLine } from '../markdown/styled.js';
import { TranscriptView } from './TranscriptView.js';

export interface ScenarioSessionProps {
  readonly model: SessionModel;
  readonly width: number;
  readonly height: number;
  readonly onExit: () => void;
  /** Tests turn the wall clock off and step time themselves. */
  readonly flowTime?: boolean;
}

export const SESSION_HELP = 'Enter run · Tab complete · ^P pause · ^F speed · ^S skip 30s · type help';

/** "1m05s" for virtual milliseconds. */
export function formatElapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** The task, wrapped at spaces to `lines` lines; the last one ends in "…" when it is cut. */
export function taskText(task: string, width: number, lines: number): StyledLine[] {
  const all = wrapSegments([{ text: 'Task: ', style: { bold: true } }, { text: task }], width);
  if (all.length <= lines) return all;
  const kept = all.slice(0, lines);
  const last = kept[lines - 1];
  const text = last.map((s) => s.text).join('');
  kept[lines - 1] = [...last.slice(0, -1), { ...last[last.length - 1], text: `${last[last.length - 1].text.slice(0, Math.max(0, width - 1 - (text.length - last[last.length - 1].text.length)))}…` }];
  return kept;
}

const SPEED_LABEL = { 0: '⏸ paused', 1: '▶ 1×', 10: '▶▶ 10×' } as const;

export function ScenarioSession({ model, width, height, onExit, flowTime = true }: ScenarioSessionProps) {
  useVirtualTime(model, undefined, flowTime);
  // The line lives in a ref: a pasted chunk ("kubectl get pods\r" from tmux or a paste of
  // several lines) is handled synchronously, piece by piece, before React renders again.
  const lineRef = useRef<LineState>(EMPTY_LINE);
  const [candidates, setCandidates] = useState<string[]>([]);
  const [back, setBack] = useState(0);
  const [, redraw] = useState(0);
  const done = (): void => redraw((n) => n + 1);
  const setLine = (l: LineState): void => {
    lineRef.current = l;
    done();
  };
  const submit = (): void => {
    model.submit(lineRef.current.text);
    lineRef.current = EMPTY_LINE;
    setCandidates([]);
    setBack(0);
    done();
    if (model.exited) onExit();
  };
  useInput((input, key) => {
    const line = lineRef.current;
    if (key.return) return submit();
    if (!key.ctrl && !key.meta && /[\r\n]/.test(input)) {
      const pieces = input.split(/\r\n|\r|\n/);
      pieces.forEach((p, i) => {
        if (p) lineRef.current = edit(lineRef.current, { kind: 'insert', text: p });
        if (i < pieces.length - 1 && !model.exited) submit();
      });
      return done();
    }
    if (key.tab) {
      const c = model.complete(line.text, line.cursor);
      setLine({ text: c.text, cursor: c.cursor });
      return setCandidates(c.candidates);
    }
    if (key.upArrow || key.downArrow) {
      const h = key.upArrow ? model.history.up(line.text) : model.history.down();
      if (h !== undefined) setLine({ text: h.replace(/\n/g, ' '), cursor: h.length });
      return;
    }
    if (key.pageUp) return setBack((b) => b + Math.max(1, height - 10));
    if (key.pageDown) return setBack((b) => Math.max(0, b - Math.max(1, height - 10)));
    if (isCtrl(input, key, 'c')) {
      model.cancel();
      return setLine(EMPTY_LINE);
    }
    if (isCtrl(input, key, SESSION_KEYS.togglePause)) return model.setSpeed(model.speed === 0 ? 1 : 0), done();
    if (isCtrl(input, key, SESSION_KEYS.toggleSpeed)) return model.setSpeed(model.speed === 10 ? 1 : 10), done();
    if (isCtrl(input, key, SESSION_KEYS.skip)) return model.skip(), done();
    const action = actionForKey(input, key);
    if (action) setLine(edit(line, action));
  });
  const line = lineRef.current;
  const wide = width >= 120;
  const panelWidth = wide ? Math.min(60, Math.floor(width * 0.42)) : width;
  const task = model.scenario.tasks.map((t) => t.text.trim()).join(' ').replace(/\s+/g, ' ');
  const taskLines = wide || height > 30 ? 3 : 2;
  const grade = model.lastGrade;
  const status = `${SPEED_LABEL[model.speed]} · t+${formatElapsed(model.elapsed())}${grade ? ` · last check ${grade.score}/${grade.maxScore}${grade.passed ? ' passed' : ''}` : ''}`;
  const fixed = 2 + taskLines + 1 + 1 + (candidates.length ? 1 : 0);
  const panelHeight = wide ? height - fixed : Math.min(12, Math.max(3, Math.floor((height - fixed) / 2)));
  const outHeight = Math.max(3, height - fixed - (wide ? 0 : panelHeight + 1));
  const transcriptWidth = wide ? width - panelWidth - 2 : width;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Header title={model.scenario.title} keys={SESSION_HELP} width={width} />
      <Box height={taskLines} flexDirection="column">
        {taskText(task, width, taskLines).map((l, i) => <StyledText key={i} line={l} />)}
      </Box>
      <Text wrap="truncate-end" color={grade?.passed ? 'green' : 'yellow'}>{status}</Text>
      {!wide && <ClusterPanel sections={model.panel()} width={width} height={panelHeight} />}
      {!wide && <Text dimColor>{'─'.repeat(width)}</Text>}
      <Box flexDirection="row" height={outHeight}>
        <TranscriptView lines={model.transcript.lines()} width={transcriptWidth} height={outHeight} scrollBack={back} />
        {wide && <Box marginLeft={2}><ClusterPanel sections={model.panel()} width={panelWidth} height={outHeight} /></Box>}
      </Box>
      {candidates.length > 0 && <Text dimColor wrap="truncate-end">{candidates.join('  ')}</Text>}
      <Prompt prompt={model.prompt()} line={line} width={width} />
    </Box>
  );
}
