/**
 * The Softmax screen: edit logits and the temperature and watch the distribution as bars, starting
 * from the course's example. The numbers come from @actlab/core through `softmaxView`; this
 * component maps keys to actions and lays out the lines.
 */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useLayoutEffect, useMemo, useReducer } from 'react';
import { formatNumber } from '@actlab/format';
import { SoftmaxBars, showsSparsemax } from '../components/SoftmaxBars.js';
import { padTo, wrap } from '../draw/wrap.js';
import { useScreenInput } from '../hooks/use-screen-input.js';
import type { SoftmaxState } from '../state/softmax.js';
import {
  LOGIT_STEP,
  MAX_LOGITS,
  initialSoftmax,
  softmaxReducer,
  softmaxView,
} from '../state/softmax.js';
import { Paint } from '../theme.js';
import type { KeyHelp, ScreenProps } from './screen.js';
import { softmaxPress } from './softmax-keys.js';

/** The Softmax screen's keys. */
export const SOFTMAX_KEYS: readonly KeyHelp[] = [
  { keys: '↑/↓', does: 'select a logit' },
  { keys: '←/→', does: `lower / raise the logit by ${LOGIT_STEP.small}` },
  { keys: 'Shift+←/→ or </>', does: `lower / raise it by ${LOGIT_STEP.large}` },
  { keys: 'Enter or =', does: 'type the selected logit' },
  { keys: 't', does: 'type the temperature' },
  { keys: '[ / ]', does: 'halve / double the temperature' },
  { keys: 'a', does: 'add a logit' },
  { keys: 'x or Del', does: 'remove the selected logit' },
  { keys: 'r', does: "restore the course's example" },
  { keys: 'Esc', does: 'cancel typing' },
];

/** Lines besides the logit rows: the temperature line, the table header, the explanation, the status. */
const CHROME_ROWS = 4;

/** Most logits that fit in `height` rows. */
function logitCapacity(height: number): number {
  return Math.max(2, Math.min(MAX_LOGITS, height - CHROME_ROWS));
}

/** Edit logits and temperature; bars of softmax (and sparsemax when it fits). */
export function SoftmaxScreen(props: ScreenProps): ReactNode {
  const { width, height, active, onTyping } = props;
  const [state, dispatch] = useReducer(softmaxReducer, undefined, initialSoftmax);
  const view = useMemo(
    () => softmaxView(state.logits, state.temperature),
    [state.logits, state.temperature],
  );
  const typing = state.entry !== undefined;

  // Layout effects, so the shell hears of it within the same render, before the next key.
  useLayoutEffect(() => {
    onTyping(typing);
  }, [typing, onTyping]);
  // Leaving the screen mid-entry must give the shell its keys back.
  useLayoutEffect(() => () => onTyping(false), [onTyping]);

  useScreenInput((input, key) => dispatch(softmaxPress(input, key, logitCapacity(height))), active);

  const sparse = showsSparsemax(width);
  const spare = height - CHROME_ROWS - state.logits.length;
  const explanation = wrap(explain(state.temperature, sparse), width).slice(
    0,
    Math.max(1, Math.min(2, spare + 1)),
  );
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        {padTo(
          `temperature T = ${formatNumber(state.temperature)}   ` +
            `sum of p = ${formatNumber(view.sum)}   ${state.logits.length} logits`,
          width,
        )}
      </Text>
      <SoftmaxBars logits={state.logits} selected={state.selected} view={view} width={width} />
      {explanation.map((line, i) => (
        <Text key={i} wrap="truncate">
          <Paint tone="muted">{line}</Paint>
        </Text>
      ))}
      <StatusLine state={state} width={width} />
    </Box>
  );
}

/** The entry being typed, the last refusal, or a hint. */
function StatusLine(props: { state: SoftmaxState; width: number }): ReactNode {
  const { entry, error, selected, logits, temperature } = props.state;
  if (entry) {
    const what =
      entry.field === 'logit'
        ? `logit ${selected + 1} (now ${formatNumber(logits[selected] as number)})`
        : `temperature (now ${formatNumber(temperature)})`;
    return (
      <Text wrap="truncate">
        <Paint tone="accent">{`${what} = `}</Paint>
        <Paint bold>{`${entry.text}▏`}</Paint>
        <Paint tone="muted">{'  Enter sets · Esc cancels'}</Paint>
      </Text>
    );
  }
  if (error) {
    return (
      <Text wrap="truncate">
        <Paint tone="bad">{padTo(`✗ ${error}`, props.width)}</Paint>
      </Text>
    );
  }
  return (
    <Text wrap="truncate">
      <Paint tone="muted">
        {padTo('Enter types a logit · t the temperature · r the course example', props.width)}
      </Paint>
    </Text>
  );
}

/** One or two sentences on what the temperature is doing now. */
function explain(temperature: number, sparse: boolean): string {
  const t =
    temperature < 1
      ? 'T below 1 sharpens the distribution: the gaps between logits grow, and the top class takes more.'
      : temperature > 1
        ? 'T above 1 flattens the distribution: the gaps shrink, and every class moves toward 1/n.'
        : 'Lower temperature sharpens the distribution; higher flattens it toward uniform.';
  return sparse ? `${t} sparsemax (no T) gives exactly 0 to scores far below the top.` : t;
}
