/**
 * The Train screen: choose a dataset, layers, activation, optimizer, learning rate and batch size;
 * watch the loss curve, the per-layer gradient norms on a log scale (the vanishing gradient as it
 * happens) and, for 2-D sets, the decision heatmap; pause, step and reset. The reducer holds the
 * state, the hook trains, and the drawing functions turn numbers into rows.
 */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useLayoutEffect, useReducer } from 'react';
import { formatNumber } from '@actlab/format';
import type { Row } from '../draw/runs.js';
import { plainRow } from '../draw/runs.js';
import { fit } from '../draw/wrap.js';
import type { RunOutputs } from '../hooks/use-training.js';
import { useTraining } from '../hooks/use-training.js';
import { useScreenInput } from '../hooks/use-screen-input.js';
import type { TrainState } from '../state/train.js';
import { initialTrain, trainReducer } from '../state/train.js';
import { TRAIN_FIELDS, formatActivations, formatLayers } from '../state/train-settings.js';
import { Paint, Rows } from '../theme.js';
import { gradientRows, layerNames, lossRows, mapRows, score } from './train-view.js';
import type { KeyHelp, ScreenProps } from './screen.js';
import { trainPress } from './train-keys.js';

/** The Train screen's keys. */
export const TRAIN_KEYS: readonly KeyHelp[] = [
  { keys: 'Space', does: 'train / pause' },
  { keys: 's', does: 'step one epoch' },
  { keys: 'r', does: 'reset weights' },
  { keys: '↑/↓', does: 'choose setting' },
  { keys: '←/→', does: 'change it (new network)' },
  { keys: 'Enter', does: 'type layers (8,8) or activations (relu,tanh)' },
  { keys: 'n', does: 'new seed (data and weights)' },
  { keys: 'p', does: 'points on the map (o x, or 0 1 2) on/off' },
];

const SETTINGS_WIDTH = 28;

const LABELS: Readonly<Record<(typeof TRAIN_FIELDS)[number], string>> = {
  dataset: 'data',
  hidden: 'layers',
  activation: 'act',
  optimizer: 'optim',
  learningRate: 'rate',
  batchSize: 'batch',
};

/** Sizes of the panels: a status line, settings | map | gradients, then the loss curve. */
interface TrainLayout {
  /** Rows of the settings, map and gradient panels. */
  readonly top: number;
  /** Rows of the loss curve (its title included). */
  readonly bottom: number;
  /** The map's cells (a legend row goes under them); a 1-D set's fit plot is `mapCols` wide. */
  readonly mapRows: number;
  readonly mapCols: number;
  readonly gradWidth: number;
}

/**
 * Where each panel goes for a screen of `width` x `height`. A 2-D map is twice as wide as high, so
 * its cells (about twice as tall as wide) show a square plane; a 1-D fit plot takes more width.
 */
function trainLayout(width: number, height: number, curve = false): TrainLayout {
  const top = height >= 19 ? 11 : Math.min(8, height - 1);
  const right = Math.max(0, width - SETTINGS_WIDTH - 1);
  const mapRows = top - 1;
  const square = Math.min(2 * mapRows, Math.max(0, right - 17));
  const mapCols = curve ? Math.max(square, right - 20) : square;
  const gradWidth = Math.max(0, right - mapCols - 1);
  return { top, bottom: height - 1 - top, mapRows, mapCols, gradWidth };
}

/** The settings form and, under it, the edit hint, the field error or the dataset's task. */
function settingsRows(
  state: TrainState,
  info: RunOutputs['info'] | undefined,
  height: number,
): Row[] {
  const s = state.settings;
  const value: Record<(typeof TRAIN_FIELDS)[number], string> = {
    dataset: s.dataset,
    hidden:
      state.editing !== undefined && state.editField === 'hidden'
        ? `${state.editing}_`
        : formatLayers(s.hidden),
    activation:
      state.editing !== undefined && state.editField === 'activation'
        ? `${state.editing}_`
        : formatActivations(s),
    optimizer: s.optimizer,
    learningRate: formatNumber(s.learningRate),
    batchSize: String(s.batchSize),
  };
  const rows: Row[] = TRAIN_FIELDS.map((field, i) => {
    const selected = i === state.field;
    const typed = state.editing !== undefined && state.editField === field;
    const v = selected && field !== 'hidden' && !typed ? `‹${value[field]}›` : value[field];
    const text = `${selected ? '›' : ' '} ${LABELS[field].padEnd(7)}${v}`;
    return plainRow(fit(text, SETTINGS_WIDTH), selected ? 'accent' : 'plain');
  });
  if (state.editing !== undefined) rows.push(plainRow('Enter sets · Esc cancels', 'muted'));
  else if (state.fieldError)
    rows.push(plainRow(fit(`✗ ${state.fieldError}`, SETTINGS_WIDTH), 'bad'));
  else if (TRAIN_FIELDS[state.field] === 'hidden')
    rows.push(plainRow('Enter to type layers', 'muted'));
  else if (TRAIN_FIELDS[state.field] === 'activation')
    rows.push(plainRow('Enter: one per layer', 'muted'));
  else rows.push(plainRow(''));
  if (info) {
    const shape = `${info.task}, ${info.inputSize} input${info.inputSize === 1 ? '' : 's'}`;
    rows.push(plainRow(fit(`${shape}, seed ${s.seed}`, SETTINGS_WIDTH), 'muted'));
  }
  return rows.slice(0, height);
}

/** The run's status line: state, epoch, speed and score, or why it stopped. */
function statusRow(state: TrainState, width: number): Row {
  const { run } = state;
  if (run.status === 'diverged' || run.status === 'failed') {
    const why = run.status === 'failed' ? `cannot train: ${run.error ?? ''}` : (run.error ?? '');
    return plainRow(fit(`✗ ${why}`, width), 'bad');
  }
  const word = { idle: '· idle', running: '▸ running', paused: '‖ paused' }[run.status];
  const parts = [word, `epoch ${run.epoch}`];
  if (run.status === 'running') parts.push(`${Math.round(run.speed)} ep/s`);
  if (run.metrics) parts.push(score(run.metrics));
  if (run.status === 'idle') parts.push('Space trains, s steps');
  return plainRow(fit(parts.join('  '), width), run.status === 'running' ? 'good' : 'plain');
}

/** The Train screen. */
export function TrainScreen(props: ScreenProps): ReactNode {
  const { width, height, active, onTyping } = props;
  const [state, dispatch] = useReducer(trainReducer, undefined, () => initialTrain());
  const square = trainLayout(width, height);
  const grid = square.mapCols >= 4 ? { cols: square.mapCols, rows: square.mapRows } : undefined;
  const training = useTraining(state, dispatch, grid);
  const outputs =
    training.outputs?.generation === state.run.generation ? training.outputs : undefined;
  const layout = outputs?.curve ? trainLayout(width, height, true) : square;
  const typing = state.editing !== undefined;

  // A layout effect, so the shell hears of it before the next key (passive effects can lag).
  useLayoutEffect(() => {
    onTyping(typing);
    return () => onTyping(false);
  }, [typing, onTyping]);

  // The reducer decides between a key's two meanings, against the state as it is when it arrives.
  useScreenInput((input, key) => dispatch(trainPress(input, key)), active);

  const metrics = state.run.metrics;
  const names = layerNames(outputs);
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      <Rows rows={[statusRow(state, width)]} />
      <Box height={layout.top} flexDirection="row">
        <Box width={SETTINGS_WIDTH} flexDirection="column">
          <Rows rows={settingsRows(state, outputs?.info, layout.top)} />
        </Box>
        <Box width={1} />
        {layout.mapCols >= 4 ? (
          <Box width={layout.mapCols} flexDirection="column">
            <Rows rows={mapRows(state, outputs, layout.mapCols, layout.mapRows)} />
          </Box>
        ) : null}
        <Box width={1} />
        {layout.gradWidth >= 12 && metrics ? (
          <Box width={layout.gradWidth} flexDirection="column">
            <Rows rows={gradientRows(metrics.layers, names, layout.gradWidth, layout.top)} />
          </Box>
        ) : null}
      </Box>
      {layout.bottom >= 3 ? <Rows rows={lossRows(state, width, layout.bottom)} /> : null}
      {layout.bottom >= 1 && layout.bottom < 3 ? (
        <Text>
          <Paint tone="muted">
            {fit(`loss ${formatNumber(metrics?.trainLoss ?? Number.NaN, 4)}`, width)}
          </Paint>
        </Text>
      ) : null}
    </Box>
  );
}
