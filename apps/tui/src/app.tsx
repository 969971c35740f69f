/**
 * The interactive lab: a header of tabs, the current screen, and a footer with its main keys.
 * The shell owns the keys that work everywhere (Tab, 1-4, ?, q); each screen owns the rest.
 */
import { Box, Text, useApp, useInput } from 'ink';
import type { ComponentType, ReactNode } from 'react';
import { useCallback, useReducer, useRef, useState } from 'react';
import { HelpOverlay, helpLines, helpWindow } from './components/HelpOverlay.js';
import { Paint } from './theme.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { EXPLORE_KEYS, ExploreScreen } from './screens/Explore.js';
import { LESSONS_KEYS, LessonsScreen } from './screens/Lessons.js';
import type { KeyHelp, ScreenProps } from './screens/screen.js';
import { SOFTMAX_KEYS, SoftmaxScreen } from './screens/Softmax.js';
import { TRAIN_KEYS, TrainScreen } from './screens/Train.js';
import type { ScreenId } from './state/shell.js';
import { SCREEN_IDS, initialShell, shellReducer } from './state/shell.js';

interface ScreenEntry {
  readonly title: string;
  readonly Component: ComponentType<ScreenProps>;
  readonly keys: readonly KeyHelp[];
}

/** Every screen, by id: its tab title, component and keys. */
export const SCREENS: Readonly<Record<ScreenId, ScreenEntry>> = {
  explore: { title: 'Explore', Component: ExploreScreen, keys: EXPLORE_KEYS },
  softmax: { title: 'Softmax', Component: SoftmaxScreen, keys: SOFTMAX_KEYS },
  train: { title: 'Train', Component: TrainScreen, keys: TRAIN_KEYS },
  lessons: { title: 'Lessons', Component: LessonsScreen, keys: LESSONS_KEYS },
};

/** The keys the shell handles on every screen. */
export const GLOBAL_KEYS: readonly KeyHelp[] = [
  { keys: 'Tab / Shift+Tab', does: 'next / previous screen' },
  { keys: '1 2 3 4', does: 'Explore, Softmax, Train, Lessons' },
  { keys: '?', does: 'this help (Esc or ? closes it)' },
  { keys: 'q / Ctrl+C', does: 'quit' },
];

/** Smallest terminal the layout is made for. */
export const MIN_SIZE = { columns: 60, rows: 16 } as const;

// A hidden screen's typing must not hold the shell's keys.
const ignoreTyping = (): void => {};

/** Props of the lab. */
export interface AppProps {
  readonly version: string;
  /** Screen to open on (default Explore). */
  readonly initialScreen?: ScreenId;
  /** Fixed size instead of the terminal's (tests). */
  readonly size?: { readonly columns: number; readonly rows: number };
}

/** The whole interactive lab. */
export function App(props: AppProps): ReactNode {
  const { exit } = useApp();
  const measured = useTerminalSize();
  const size = props.size ?? measured;
  const [state, dispatch] = useReducer(shellReducer, props.initialScreen, initialShell);
  // Screens visited so far stay mounted (hidden when not shown), so switching keeps their state.
  const [visited, setVisited] = useState<readonly ScreenId[]>([state.screen]);
  if (!visited.includes(state.screen)) setVisited([...visited, state.screen]);
  // Read through refs: Ink re-subscribes a key handler only after a render's effects, so a
  // handler's own closure can be a key behind when keys come fast; refs always hold the latest.
  const typing = useRef(false);
  const help = useRef(state.help);
  help.current = state.help;
  // How far the help can scroll and by how much a page, for the key handler (see `helpWindow`).
  const helpScrolling = useRef({ maxScroll: 0, page: 1 });
  const onTyping = useCallback((t: boolean) => {
    typing.current = t;
  }, []);

  useInput((input, key) => {
    if (help.current) {
      const { maxScroll: max, page } = helpScrolling.current;
      if (key.escape || input === '?') dispatch({ type: 'close-help' });
      else if (input === 'q') exit();
      else if (key.upArrow) dispatch({ type: 'scroll-help', by: -1, max });
      else if (key.downArrow) dispatch({ type: 'scroll-help', by: 1, max });
      else if (key.pageUp) dispatch({ type: 'scroll-help', by: -page, max });
      else if (key.pageDown) dispatch({ type: 'scroll-help', by: page, max });
      return;
    }
    if (key.tab) {
      dispatch({ type: key.shift ? 'previous' : 'next' });
      return;
    }
    if (typing.current) return;
    if (input === '?') dispatch({ type: 'toggle-help' });
    else if (input === 'q') exit();
    else if (/^[1-4]$/.test(input)) {
      dispatch({ type: 'go', screen: SCREEN_IDS[Number(input) - 1] as ScreenId });
    }
  });

  if (size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows) {
    return (
      <Text>
        actlab needs a terminal of at least {MIN_SIZE.columns}x{MIN_SIZE.rows}; this one is{' '}
        {size.columns}x{size.rows}. Enlarge it, or press q to quit.
      </Text>
    );
  }

  const entry = SCREENS[state.screen];
  // One row is left free: an Ink frame as tall as the terminal is cleared and redrawn whole.
  const bodyHeight = size.rows - 3;
  const helpCount = helpLines(entry.title, GLOBAL_KEYS, entry.keys).length;
  helpScrolling.current = helpWindow(helpCount, bodyHeight, state.helpScroll);
  return (
    <Box flexDirection="column" width={size.columns}>
      <Header current={state.screen} version={props.version} width={size.columns} />
      <Box height={bodyHeight} flexDirection="column" overflowY="hidden">
        {state.help ? (
          <HelpOverlay
            title={entry.title}
            global={GLOBAL_KEYS}
            keys={entry.keys}
            width={size.columns}
            height={bodyHeight}
            scroll={state.helpScroll}
          />
        ) : null}
        {visited.map((id) => {
          const { Component } = SCREENS[id];
          const shown = id === state.screen && !state.help;
          return (
            <Box key={id} display={shown ? 'flex' : 'none'} flexDirection="column">
              <Component
                width={size.columns}
                height={bodyHeight}
                active={shown}
                onTyping={id === state.screen ? onTyping : ignoreTyping}
              />
            </Box>
          );
        })}
      </Box>
      <Footer keys={entry.keys} width={size.columns} help={state.help} />
    </Box>
  );
}

function Header(props: { current: ScreenId; version: string; width: number }): ReactNode {
  return (
    <Text wrap="truncate">
      <Paint tone="accent" bold>
        actlab
      </Paint>
      {SCREEN_IDS.map((id, i) => (
        <Text key={id}>
          {' '}
          {id === props.current ? (
            <Paint tone="accent" inverse bold>{`[${i + 1} ${SCREENS[id].title}]`}</Paint>
          ) : (
            <Paint tone="muted">{` ${i + 1} ${SCREENS[id].title} `}</Paint>
          )}
        </Text>
      ))}
      <Paint tone="muted">{'  ? help  q quit'}</Paint>
    </Text>
  );
}

function Footer(props: { keys: readonly KeyHelp[]; width: number; help: boolean }): ReactNode {
  const text = props.help
    ? 'Esc or ? closes the help'
    : props.keys.map((k) => `${k.keys} ${k.does}`).join(' · ');
  return (
    <Text wrap="truncate">
      <Paint tone="muted">
        {text.length > props.width ? `${text.slice(0, props.width - 1)}…` : text}
      </Paint>
    </Text>
  );
}
