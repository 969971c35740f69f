/**
 * The Train screen's state: the settings form (dataset, hidden layers, activation, optimizer,
 * learning rate, batch size, seed) and the run it describes (idle, running, paused, diverged or
 * failed; epoch, loss history, latest metrics). Pure: the training hook feeds measured progress in
 * as actions, so every transition is tested without a trainer or a timer.
 */
import type { Metrics } from '@actlab/train';
import { formatNumber } from '@actlab/format';
import type { EntryKey } from './text-entry.js';
import { entryStep } from './text-entry.js';
import type { TrainSettings } from './train-settings.js';
import {
  DEFAULT_SETTINGS,
  TRAIN_FIELDS,
  changed,
  formatActivations,
  formatLayers,
  parseActivations,
  parseLayers,
} from './train-settings.js';
import type { TrainField } from './train-settings.js';

/** Most points kept in the loss history; older points are thinned, not dropped. */
export const MAX_HISTORY = 600;

/** Where the run is. */
type RunStatus = 'idle' | 'running' | 'paused' | 'diverged' | 'failed';

/** One point of the loss curve. */
export interface LossPoint {
  readonly epoch: number;
  readonly trainLoss: number;
  /** NaN when the run has no test set. */
  readonly testLoss: number;
}

/** The run of the current settings. */
interface RunState {
  readonly status: RunStatus;
  /**
   * Which network this is: every reset or settings change counts up, so the hook builds a new
   * trainer and progress from the old one is ignored.
   */
  readonly generation: number;
  readonly epoch: number;
  readonly history: readonly LossPoint[];
  /** The latest evaluation (epoch 0: the fresh network). */
  readonly metrics?: Metrics;
  /** Epochs per second of wall time while running. */
  readonly speed: number;
  /** Single epochs asked for with `s` in this generation; the hook trains until it has run as many. */
  readonly stepsAsked: number;
  /** Why the run stopped (divergence, or a configuration the trainer refused). */
  readonly error?: string;
}

/** Everything the Train screen shows. */
export interface TrainState {
  readonly settings: TrainSettings;
  /** Index of the selected field in `TRAIN_FIELDS`. */
  readonly field: number;
  /** The text being typed into a field, while it is. */
  readonly editing?: string;
  /** The field being typed: the hidden layers or the activations. */
  readonly editField?: 'hidden' | 'activation';
  /** Why the last typed layers were refused (the old layers stay). */
  readonly fieldError?: string;
  /** Draw the training points over the heatmap. */
  readonly showPoints: boolean;
  readonly run: RunState;
}

/** What a key can mean on the Train screen when no field is being typed. */
export type TrainCommand =
  /** Moves to another setting. */
  | { readonly type: 'select'; readonly delta: number }
  /** Changes the selected setting to its next or previous choice. */
  | { readonly type: 'cycle'; readonly delta: number }
  /** Starts typing the selected setting (the hidden layers or the activations). */
  | { readonly type: 'edit-start' }
  | { readonly type: 'toggle-run' }
  /** One epoch, when the run is idle or paused. */
  | { readonly type: 'step' }
  | { readonly type: 'reset' }
  | { readonly type: 'new-seed' }
  | { readonly type: 'toggle-points' };

/** What can happen to the Train screen. */
export type TrainAction =
  | TrainCommand
  /**
   * A key press, with what it means as a command and as typing: the reducer picks by whether a
   * field is being typed now. Deciding here rather than in the component keeps fast typing (or a
   * paste) from meeting a key handler that has not seen the last render.
   */
  | { readonly type: 'press'; readonly command?: TrainCommand; readonly entry: EntryKey }
  /** A key pressed while typing the layers (read against the text as it is now, never a stale copy). */
  | { readonly type: 'edit'; readonly key: EntryKey }
  | {
      readonly type: 'progress';
      readonly generation: number;
      readonly metrics: Metrics;
      /** Epochs per second over the slice, when measured. */
      readonly speed?: number;
    }
  | { readonly type: 'failed'; readonly generation: number; readonly message: string };

/** A fresh run of generation `generation`. */
function freshRun(generation: number): RunState {
  return { status: 'idle', generation, epoch: 0, history: [], speed: 0, stepsAsked: 0 };
}

/** The initial state for `settings`. */
export function initialTrain(settings: TrainSettings = DEFAULT_SETTINGS): TrainState {
  return { settings, field: 0, showPoints: true, run: freshRun(0) };
}

/** New settings mean a new network, as in TensorFlow Playground: the run starts over, idle. */
function withSettings(state: TrainState, settings: TrainSettings): TrainState {
  if (settings === state.settings) return state;
  return { ...state, settings, run: freshRun(state.run.generation + 1) };
}

/** The history with `point` added, every other old point dropped when it grows past the cap. */
export function appendHistory(history: readonly LossPoint[], point: LossPoint): LossPoint[] {
  const next = [...history, point];
  if (next.length <= MAX_HISTORY) return next;
  // Keep the first and the newest point so the curve still spans the whole run.
  return next.filter((_, i) => i % 2 === 0 || i === next.length - 1);
}

/** The message for a loss that stopped being a number. */
function divergenceMessage(epoch: number, loss: number, learningRate: number): string {
  return `training diverged at epoch ${epoch}: the loss is ${formatNumber(loss)}; lower the learning rate (now ${formatNumber(learningRate)}) and press r`;
}

/** A progress report folded into the run. */
function progressed(
  state: TrainState,
  action: Extract<TrainAction, { type: 'progress' }>,
): TrainState {
  const { run } = state;
  if (action.generation !== run.generation || run.status === 'diverged' || run.status === 'failed')
    return state;
  const m = action.metrics;
  const point = { epoch: m.epoch, trainLoss: m.trainLoss, testLoss: m.testLoss ?? Number.NaN };
  const history =
    run.history.length > 0 && run.history[run.history.length - 1]?.epoch === m.epoch
      ? [...run.history.slice(0, -1), point]
      : appendHistory(run.history, point);
  const base = { ...run, epoch: m.epoch, metrics: m, history, speed: action.speed ?? run.speed };
  if (!Number.isFinite(m.trainLoss)) {
    const error = divergenceMessage(m.epoch, m.trainLoss, state.settings.learningRate);
    return { ...state, run: { ...base, status: 'diverged', error } };
  }
  // Progress past epoch 0 while idle comes from a step: the run has begun, and waits.
  const status = run.status === 'idle' && m.epoch > 0 ? 'paused' : run.status;
  return { ...state, run: { ...base, status } };
}

/** The Train screen's transitions. */
export function trainReducer(state: TrainState, action: TrainAction): TrainState {
  switch (action.type) {
    case 'press':
      if (state.editing !== undefined)
        return trainReducer(state, { type: 'edit', key: action.entry });
      return action.command ? trainReducer(state, action.command) : state;
    case 'step': {
      const { status } = state.run;
      if (status !== 'idle' && status !== 'paused') return state;
      return { ...state, run: { ...state.run, stepsAsked: state.run.stepsAsked + 1 } };
    }
    case 'select': {
      if (state.editing !== undefined) return state;
      const n = TRAIN_FIELDS.length;
      return { ...state, field: (((state.field + action.delta) % n) + n) % n };
    }
    case 'cycle': {
      if (state.editing !== undefined) return state;
      const field = TRAIN_FIELDS[state.field] as TrainField;
      const next = withSettings(state, changed(state.settings, field, action.delta));
      return next === state ? state : { ...next, fieldError: undefined };
    }
    case 'edit-start': {
      const field = TRAIN_FIELDS[state.field];
      if (state.editing !== undefined) return state;
      if (field === 'hidden') {
        return {
          ...state,
          editing: formatLayers(state.settings.hidden),
          editField: 'hidden',
          fieldError: undefined,
        };
      }
      if (field === 'activation') {
        return {
          ...state,
          editing: formatActivations(state.settings),
          editField: 'activation',
          fieldError: undefined,
        };
      }
      return state;
    }
    case 'edit': {
      if (state.editing === undefined) return state;
      const step = entryStep(state.editing, action.key);
      if (step.kind === 'edit') return { ...state, editing: step.text };
      if (step.kind === 'cancel') return { ...state, editing: undefined, editField: undefined };
      const done = { editing: undefined, editField: undefined };
      if (state.editField === 'activation') {
        const typed = parseActivations(step.text, state.settings.hidden.length);
        if ('error' in typed) return { ...state, ...done, fieldError: typed.error };
        const settings: TrainSettings =
          typed.ids.length === 1
            ? { ...state.settings, activation: typed.ids[0] as string, activations: undefined }
            : { ...state.settings, activation: typed.ids[0] as string, activations: typed.ids };
        const same = formatActivations(settings) === formatActivations(state.settings);
        return {
          ...(same ? state : withSettings(state, settings)),
          ...done,
          fieldError: undefined,
        };
      }
      const parsed = parseLayers(step.text);
      if ('error' in parsed) return { ...state, ...done, fieldError: parsed.error };
      const same = parsed.hidden.join(',') === state.settings.hidden.join(',');
      // Per-layer activations no longer fit a different number of layers: back to one for all.
      const activations =
        state.settings.activations?.length === parsed.hidden.length
          ? state.settings.activations
          : undefined;
      const next = same
        ? state
        : withSettings(state, { ...state.settings, hidden: parsed.hidden, activations });
      return { ...next, ...done, fieldError: undefined };
    }
    case 'toggle-run': {
      const { status } = state.run;
      if (status === 'diverged' || status === 'failed') return state;
      return {
        ...state,
        run: { ...state.run, status: status === 'running' ? 'paused' : 'running' },
      };
    }
    case 'reset':
      return { ...state, run: freshRun(state.run.generation + 1) };
    case 'new-seed':
      return withSettings(state, { ...state.settings, seed: state.settings.seed + 1 });
    case 'toggle-points':
      return { ...state, showPoints: !state.showPoints };
    case 'progress':
      return progressed(state, action);
    case 'failed':
      if (action.generation !== state.run.generation) return state;
      return { ...state, run: { ...state.run, status: 'failed', error: action.message } };
  }
}
