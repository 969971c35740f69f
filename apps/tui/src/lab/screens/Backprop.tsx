/**
 * The Backprop screen: one training step of the course's sigmoid neuron, stepped through with the
 * arrows, forward (z and a), the loss, backward (dL/da, f'(z), dL/dz, dL/dw) and the update; `r`
 * switches the neuron to relu to compare f'(z). The numbers are @actlab/train's `backpropTrace`
 * (state/backprop.ts); `backpropLines` says what to show, and this component lays it out.
 */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useReducer } from 'react';
import { useScreenInput } from '../hooks/use-screen-input.js';
import { backpropReducer, initialBackprop } from '../state/backprop.js';
import { Paint } from '../theme.js';
import { backpropPress } from './backprop-keys.js';
import { backpropLines } from './backprop-view.js';
import type { KeyHelp, ScreenProps } from './screen.js';

/** The Backprop screen's keys. */
export const BACKPROP_KEYS: readonly KeyHelp[] = [
  { keys: '→/← (or ↓/↑)', does: 'next / previous step' },
  { keys: 'r', does: "sigmoid ↔ relu, to compare f'(z)" },
  { keys: 'Space', does: 'next step' },
  { keys: 'Home / End', does: 'first / last step' },
];

/** Step through one step of backpropagation. */
export function BackpropScreen(props: ScreenProps): ReactNode {
  const { width, height, active } = props;
  const [state, dispatch] = useReducer(backpropReducer, undefined, initialBackprop);
  useScreenInput((input, key) => {
    const action = backpropPress(input, key);
    if (action) dispatch(action);
  }, active);
  return (
    <Box flexDirection="column" width={width}>
      {backpropLines(state, width, height).map((line, i) => (
        <Text key={i} wrap="truncate">
          <Paint tone={line.tone} {...(line.bold ? { bold: true } : {})}>
            {line.text}
          </Paint>
        </Text>
      ))}
    </Box>
  );
}
