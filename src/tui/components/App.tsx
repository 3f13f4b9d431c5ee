/**
 * The course in the terminal: routes between the home screen, the lesson reader, scenario
 * sessions and help. Everything it shows comes in as props (lessons, progress, a way to open a
 * session), so tests drive it with fixtures.
 */
import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { continueStep, lessonStatus, nextStep, type Step, type VersionOf } from '../course-status.js';
import type { LessonInfo } from '../course-source.js';
import type { ProgressStore } from '../progress/index.js';
import type { OpenSession } from '../session-launcher.js';
import type { SessionModel } from '../session/model.js';
import { SESSION_COMMANDS } from '../session/commands.js';
import { useTerminalSize, type Size } from '../hooks/use-terminal-size.js';
import { Help } from './Help.js';
import { Home } from './Home.js';
import { LessonReader } from './LessonReader.js';
import { ScenarioSession } from './ScenarioSession.js';

export type Route =
  | { name: 'home' }
  | { name: 'lesson'; id: string }
  | { name: 'loading'; id: string }
  | { name: 'session'; id: string; model: SessionModel }
  | { name: 'error'; message: string }
  | { name: 'help'; back: Route };

export interface AppProps {
  readonly lessons: readonly LessonInfo[];
  readonly progress: ProgressStore;
  readonly versionOf: VersionOf;
  readonly openSession: OpenSession;
  readonly initial?: Step;
  /** Fixed size (tests); otherwise the terminal's. */
  readonly size?: Size;
  readonly flowTime?: boolean;
  readonly onQuit?: () => void;
}

export function App(props: AppProps) {
  const { lessons, progress, versionOf, openSession } = props;
  const app = useApp();
  const term = useTerminalSize();
  // One row short of the terminal: ink clears the whole terminal on every frame that fills it.
  const { columns: width } = props.size ?? term;
  const height = (props.size ?? term).rows - 1;
  const [route, setRoute] = useState<Route>(() =>
    props.initial?.kind === 'lesson' ? { name: 'lesson', id: props.initial.id } : props.initial ? { name: 'loading', id: props.initial.id } : { name: 'home' },
  );
  const [homeIndex, setHomeIndex] = useState(0);
  const [rev, setRev] = useState(0);
  const quit = (): void => {
    props.onQuit?.();
    app.exit();
  };
  const play = (id: string): void => {
    setRoute({ name: 'loading', id });
    void openSession(id).then((m) => setRoute('error' in m ? { name: 'error', message: m.error } : { name: 'session', id, model: m }));
  };
  const go = (step: Step): void => (step.kind === 'lesson' ? setRoute({ name: 'lesson', id: step.id }) : play(step.id));
  useEffect(() => {
    if (props.initial?.kind === 'scenario') play(props.initial.id);
  }, []);
  const home = (): void => {
    setRev((r) => r + 1);
    setRoute({ name: 'home' });
  };
  const data = progress.snapshot();
  const statuses = useMemo(() => lessons.map((l) => lessonStatus(l, data, versionOf)), [lessons, data, rev]);
  useInput(() => home(), { isActive: route.name === 'error' });
  switch (route.name) {
    case 'home':
      return (
        <Home
          statuses={statuses}
          next={nextStep(statuses, data, versionOf)}
          resume={continueStep(data)}
          warning={progress.warning}
          width={width}
          height={height}
          initialIndex={homeIndex}
          onOpen={(id, i) => {
            setHomeIndex(i);
            setRoute({ name: 'lesson', id });
          }}
          onStep={go}
          onHelp={() => setRoute({ name: 'help', back: route })}
          onQuit={quit}
        />
      );
    case 'lesson': {
      const lesson = lessons.find((l) => l.id === route.id);
      if (!lesson) return <Text color="red">No lesson "{route.id}".</Text>;
      return (
        <LessonReader
          lesson={lesson}
          width={width}
          height={height}
          initialLine={progress.lesson(lesson.id)?.line ?? 0}
          onBack={(line, read) => {
            progress.recordLesson(lesson.id, line, read);
            home();
          }}
          onPlay={(id, line, read) => {
            progress.recordLesson(lesson.id, line, read);
            play(id);
          }}
        />
      );
    }
    case 'loading':
      return <Box width={width} height={height}><Text>Starting {route.id}: setting up the cluster…</Text></Box>;
    case 'session':
      return <ScenarioSession key={route.id} model={route.model} width={width} height={height} onExit={home} flowTime={props.flowTime} />;
    case 'error':
      return (
        <Box flexDirection="column" width={width} height={height}>
          <Text color="red" wrap="wrap">{route.message}</Text>
          <Text dimColor>Press any key to go back.</Text>
        </Box>
      );
    case 'help':
      return <Help width={width} height={height} commands={SESSION_COMMANDS} onBack={() => setRoute(route.back)} />;
  }
}
