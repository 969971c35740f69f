/**
 * The page's view of training, as a pure reducer over the worker's messages: the latest data and
 * snapshot, and the history of losses and gradient norms the charts draw. Histories are thinned
 * (every other point dropped) when they reach MAX_HISTORY, so a long run keeps its whole shape in
 * bounded memory.
 */
import type { ModelJson } from '@actlab/train';
import type { DataMessage, Snapshot, WorkerMessage } from './protocol.js';

/** Most points a history keeps before thinning. */
export const MAX_HISTORY = 600;

/** Loss and gradient-norm histories, one entry per received snapshot. */
export interface History {
  readonly epochs: readonly number[];
  readonly trainLoss: readonly number[];
  readonly testLoss: readonly number[];
  /** gradientNorms[layer][i]. */
  readonly gradientNorms: readonly (readonly number[])[];
}

/** Everything the page shows about training. */
export interface ViewState {
  /** The configuration generation the page is waiting for. */
  readonly generation: number;
  readonly data?: DataMessage;
  readonly snapshot?: Snapshot;
  readonly history: History;
  /** A configuration the trainer refused, in its own words. */
  readonly error?: string;
  /** The last exported model. */
  readonly exported?: ModelJson;
}

/** What changes the view. */
export type ViewAction =
  | { readonly type: 'configure'; readonly generation: number }
  | { readonly type: 'message'; readonly message: WorkerMessage };

const EMPTY_HISTORY: History = { epochs: [], trainLoss: [], testLoss: [], gradientNorms: [] };

/** The view before the worker has answered. */
export const INITIAL_VIEW: ViewState = { generation: 0, history: EMPTY_HISTORY };

/** Every other entry, keeping the last, so the thinned series still ends at the newest point. */
function thin<T>(xs: readonly T[]): T[] {
  return xs.filter((_, i) => i % 2 === 1 || i === xs.length - 1);
}

/** The history with a snapshot appended (replacing the last entry when the epoch did not move). */
export function appendHistory(history: History, s: Snapshot): History {
  const last = history.epochs.length - 1;
  const same = last >= 0 && history.epochs[last] === s.epoch;
  const keep = same ? last : history.epochs.length;
  const push = <T>(xs: readonly T[], x: T): T[] => [...xs.slice(0, keep), x];
  let next: History = {
    epochs: push(history.epochs, s.epoch),
    trainLoss: push(history.trainLoss, s.trainLoss),
    testLoss: push(history.testLoss, s.testLoss),
    gradientNorms: s.layers.map((l, i) => push(history.gradientNorms[i] ?? [], l.gradientNorm)),
  };
  if (next.epochs.length > MAX_HISTORY) {
    next = {
      epochs: thin(next.epochs),
      trainLoss: thin(next.trainLoss),
      testLoss: thin(next.testLoss),
      gradientNorms: next.gradientNorms.map(thin),
    };
  }
  return next;
}

/** The next view. */
export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  if (action.type === 'configure') {
    // Keep the old picture until the new one arrives, but drop its history, error and export.
    return {
      generation: action.generation,
      history: EMPTY_HISTORY,
      ...(state.data ? { data: state.data } : {}),
      ...(state.snapshot ? { snapshot: state.snapshot } : {}),
    };
  }
  const m = action.message;
  if (m.generation !== state.generation) return state;
  switch (m.type) {
    case 'data':
      return { ...state, data: m };
    case 'snapshot':
      return { ...state, snapshot: m, history: appendHistory(state.history, m) };
    case 'error':
      return { ...state, error: m.message };
    case 'model':
      return { ...state, exported: m.json };
  }
}
