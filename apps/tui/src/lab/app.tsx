/**
 * The interactive lab: a header of tabs, the current screen, and a footer with its main keys.
 * The shell owns the keys that work everywhere (Tab, a digit per screen, ?, q; see shell-keys.ts);
 * each screen owns the rest. The screens, their tabs and their keys come from screens/registry.ts.
 */
import { Box, Text, useApp, useInput } from 'ink';
import type { ReactNode } from 'react';
import { useCallback, useReducer, useRef, useState } from 'react';
import { HelpOverlay, helpLines, helpWindow } from './components/HelpOverlay.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { ScreenEntry } from './screens/registry.js';
import { SCREENS, screenAt, screenDigit, screenIndex } from './screens/registry.js';
import type { KeyHelp } from './screens/screen.js';
import { isShellKey, shellCommand, shellKeyHelp } from './shell-keys.js';
import { initialShell, shellReducer } from './state/shell.js';
import { Paint } from './theme.js';

/** The keys the shell handles on every screen, for the registry's screens. */
export const GLOBAL_KEYS: readonly KeyHelp[] = shellKeyHelp(SCREENS.map((s) => s.title));

/** Smallest terminal the layout is made for. */
const MIN_SIZE = { columns: 60, rows: 16 } as const;

// A hidden screen's typing must not hold the shell's keys.
const ignoreTyping = (): void => {};

const isGlobalKey = (input: string): boolean => isShellKey(input, SCREENS.length);

/** A tab's label: the screen's number key and title, `1 Explore`. */
function tabLabel(screen: ScreenEntry, index: number): string {
  return `${screenDigit(index)} ${screen.title}`;
}

/** Props of the lab. */
export interface AppProps {
  readonly version: string;
  /** Id of the screen to open on (default the registry's first; an unknown id opens that too). */
  readonly initialScreen?: string;
  /** Fixed size instead of the terminal's (tests). */
  readonly size?: { readonly columns: number; readonly rows: number };
}

/** The whole interactive lab. */
export function App(props: AppProps): ReactNode {
  const { exit } = useApp();
  const measured = useTerminalSize();
  const size = props.size ?? measured;
  const [state, dispatch] = useReducer(shellReducer, props.initialScreen, (id?: string) =>
    initialShell(SCREENS.length, id === undefined ? 0 : (screenIndex(id) ?? 0)),
  );
  // Screens visited so far stay mounted (hidden when not shown), so switching keeps their state.
  const [visited, setVisited] = useState<readonly number[]>([state.screen]);
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
    const { maxScroll, page } = helpScrolling.current;
    const command = shellCommand(input, key, {
      count: SCREENS.length,
      help: help.current,
      typing: typing.current,
      helpPage: page,
      helpMax: maxScroll,
    });
    if (command?.type === 'quit') exit();
    else if (command) dispatch(command);
  });

  if (size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows) {
    return (
      <Text>
        actlab needs a terminal of at least {MIN_SIZE.columns}x{MIN_SIZE.rows}; this one is{' '}
        {size.columns}x{size.rows}. Enlarge it, or press q to quit.
      </Text>
    );
  }

  const entry = screenAt(state.screen);
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
        {visited.map((index) => {
          const { id, Component } = screenAt(index);
          const shown = index === state.screen && !state.help;
          return (
            <Box key={id} display={shown ? 'flex' : 'none'} flexDirection="column">
              <Component
                width={size.columns}
                height={bodyHeight}
                active={shown}
                onTyping={index === state.screen ? onTyping : ignoreTyping}
                isShellKey={isGlobalKey}
              />
            </Box>
          );
        })}
      </Box>
      <Footer keys={entry.keys} width={size.columns} help={state.help} />
    </Box>
  );
}

function Header(props: { current: number; version: string; width: number }): ReactNode {
  return (
    <Text wrap="truncate">
      <Paint tone="accent" bold>
        actlab
      </Paint>
      {SCREENS.map((screen: ScreenEntry, i) => (
        <Text key={screen.id}>
          {' '}
          {i === props.current ? (
            <Paint tone="accent" inverse bold>{`[${tabLabel(screen, i)}]`}</Paint>
          ) : (
            <Paint tone="muted">{` ${tabLabel(screen, i)} `}</Paint>
          )}
        </Text>
      ))}
      {/* One space before it, so five tabs and it fit in 80 columns. */}
      <Paint tone="muted">{' ? help  q quit'}</Paint>
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
