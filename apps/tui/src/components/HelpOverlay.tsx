/** The `?` overlay: every key of the shell and of the current screen, in two labelled lists. */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { KeyHelp } from '../screens/screen.js';
import { Paint } from '../theme.js';

/** Props of the help overlay. */
export interface HelpOverlayProps {
  /** The current screen's title. */
  readonly title: string;
  readonly global: readonly KeyHelp[];
  readonly keys: readonly KeyHelp[];
  readonly width: number;
  readonly height: number;
}

/** Lists the keys; the key column is as wide as the longest key. */
export function HelpOverlay(props: HelpOverlayProps): ReactNode {
  const all = [...props.global, ...props.keys];
  const keyWidth = Math.min(22, Math.max(...all.map((k) => k.keys.length)));
  const line = (k: KeyHelp): ReactNode => (
    <Text key={k.keys} wrap="truncate">
      {'  '}
      <Paint tone="accent">{k.keys.padEnd(keyWidth)}</Paint>
      {'  '}
      {k.does}
    </Text>
  );
  return (
    <Box
      flexDirection="column"
      borderStyle="round"
      width={props.width}
      height={props.height}
      paddingX={1}
    >
      <Paint bold>Keys everywhere</Paint>
      {props.global.map(line)}
      <Paint bold>{`Keys on ${props.title}`}</Paint>
      {props.keys.map(line)}
    </Box>
  );
}
