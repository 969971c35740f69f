/**
 * Colour, or its absence: whether the terminal gets colours (not when `NO_COLOR` is set, when
 * `TERM=dumb` or when output is not a terminal) and the colour of each tone. Without colour the
 * frames are the same characters, so nothing may rely on colour alone.
 */
import { Text } from 'ink';
import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import type { Row, Tone } from './draw/runs.js';

/** How frames are painted. */
export interface Theme {
  /** Whether to use colours at all. */
  readonly color: boolean;
}

/** The theme of the running UI (colour on by default, as tests render without a terminal). */
export const ThemeContext = createContext<Theme>({ color: true });

const TONE_COLOR: Readonly<Record<Tone, string | undefined>> = {
  plain: undefined,
  muted: 'gray',
  axis: 'gray',
  accent: 'cyan',
  good: 'green',
  bad: 'red',
  warn: 'yellow',
  series0: 'cyan',
  series1: 'magenta',
  series2: 'yellow',
  series3: 'green',
};

/** Text in a tone: its colour when colour is on; muted tones are dim either way. */
export function Paint(props: {
  readonly tone?: Tone;
  readonly bold?: boolean;
  readonly inverse?: boolean;
  readonly children?: ReactNode;
}): ReactNode {
  const { color } = useContext(ThemeContext);
  const tone = props.tone ?? 'plain';
  const dim = tone === 'muted' || tone === 'axis';
  return (
    <Text
      color={color ? TONE_COLOR[tone] : undefined}
      dimColor={dim && !color}
      bold={props.bold}
      inverse={props.inverse}
    >
      {props.children}
    </Text>
  );
}

/** A drawing's rows, one line each, never wrapped. */
export function Rows(props: { readonly rows: readonly Row[] }): ReactNode {
  return props.rows.map((row, i) => (
    <Text key={i} wrap="truncate">
      {row.map((run, j) => (
        <Paint key={j} tone={run.tone}>
          {run.text}
        </Paint>
      ))}
    </Text>
  ));
}
