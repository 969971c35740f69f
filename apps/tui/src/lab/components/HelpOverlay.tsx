/**
 * The `?` overlay: every key of the shell and of the current screen, in two labelled lists. On a
 * terminal too short for all of them it shows what fits, says how many lines are above and below,
 * and scrolls with ↑/↓ and PgUp/PgDn (the shell's reducer keeps the position).
 */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { KeyHelp } from '../screens/screen.js';
import { Paint } from '../theme.js';

/** One line of the help: a list's heading, or a key and what it does. */
export type HelpLine =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'key'; readonly help: KeyHelp };

/** The help's lines: the shell's keys, then the screen's, each list under its heading. */
export function helpLines(
  title: string,
  global: readonly KeyHelp[],
  keys: readonly KeyHelp[],
): HelpLine[] {
  return [
    { kind: 'heading', text: 'Keys everywhere' },
    ...global.map((help) => ({ kind: 'key' as const, help })),
    { kind: 'heading', text: `Keys on ${title}` },
    ...keys.map((help) => ({ kind: 'key' as const, help })),
  ];
}

/** Rows inside the overlay's border when it is `height` rows tall. */
function innerRows(height: number): number {
  return Math.max(2, height - 2);
}

/**
 * The part of `count` lines shown in an overlay `height` rows tall: all of them when they fit;
 * otherwise `page` lines from `scroll`, with the last row kept to say what is above and below.
 * `maxScroll` is the furthest scroll that still fills the page.
 */
export function helpWindow(
  count: number,
  height: number,
  scroll = 0,
): {
  readonly from: number;
  readonly to: number;
  readonly page: number;
  readonly maxScroll: number;
} {
  const rows = innerRows(height);
  if (count <= rows) return { from: 0, to: count, page: rows, maxScroll: 0 };
  const page = rows - 1;
  const maxScroll = count - page;
  const from = Math.max(0, Math.min(scroll, maxScroll));
  return { from, to: from + page, page, maxScroll };
}

/** Props of the help overlay. */
export interface HelpOverlayProps {
  /** The current screen's title. */
  readonly title: string;
  readonly global: readonly KeyHelp[];
  readonly keys: readonly KeyHelp[];
  readonly width: number;
  readonly height: number;
  /** The first line shown (see `helpWindow`). */
  readonly scroll?: number;
}

/** Lists the keys; the key column is as wide as the longest key. */
export function HelpOverlay(props: HelpOverlayProps): ReactNode {
  const lines = helpLines(props.title, props.global, props.keys);
  const keyWidth = Math.min(
    22,
    Math.max(...[...props.global, ...props.keys].map((k) => k.keys.length)),
  );
  const view = helpWindow(lines.length, props.height, props.scroll);
  const below = lines.length - view.to;
  const more = [
    view.from > 0 ? `↑ ${view.from} above` : '',
    below > 0 ? `↓ ${below} more` : '',
  ].filter(Boolean);
  return (
    <Box
      flexDirection="column"
      borderStyle="round"
      width={props.width}
      height={props.height}
      paddingX={1}
      overflowY="hidden"
    >
      {lines.slice(view.from, view.to).map((line, i) =>
        line.kind === 'heading' ? (
          <Paint key={i} bold>
            {line.text}
          </Paint>
        ) : (
          <Text key={i} wrap="truncate">
            {'  '}
            <Paint tone="accent">{line.help.keys.padEnd(keyWidth)}</Paint>
            {'  '}
            {line.help.does}
          </Text>
        ),
      )}
      {more.length > 0 ? (
        <Text wrap="truncate">
          <Paint tone="muted">{`${more.join(' · ')} · ↑/↓ PgUp/PgDn scroll`}</Paint>
        </Text>
      ) : null}
    </Box>
  );
}
