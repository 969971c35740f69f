/**
 * The digits lesson's training state as a pure reducer over the driver's events; events of an
 * older run are ignored.
 */
import type { DigitsEvent } from './digits-protocol.js';
import type { DigitsProgress, DigitsResult } from './digits-training.js';

/** Where training is. */
export interface DigitsState {
  readonly status: 'idle' | 'loading' | 'training' | 'done' | 'error';
  readonly run: number;
  /** Images in the subset, once loaded. */
  readonly counts?: { readonly train: number; readonly test: number };
  readonly progress?: DigitsProgress;
  readonly result?: DigitsResult;
  readonly error?: string;
}

/** What changes it. */
export type DigitsAction =
  | { readonly type: 'start' }
  | { readonly type: 'cancel' }
  | { readonly type: 'event'; readonly event: DigitsEvent };

/** Before any training. */
export const INITIAL_DIGITS: DigitsState = { status: 'idle', run: 0 };

/** The next state. */
export function digitsReducer(state: DigitsState, action: DigitsAction): DigitsState {
  switch (action.type) {
    case 'start':
      return {
        status: 'loading',
        run: state.run + 1,
        ...(state.counts ? { counts: state.counts } : {}),
      };
    case 'cancel':
      return state.status === 'loading' || state.status === 'training'
        ? { status: 'idle', run: state.run, ...(state.counts ? { counts: state.counts } : {}) }
        : state;
    case 'event': {
      const event = action.event;
      if (event.run !== state.run || state.status === 'idle' || state.status === 'done') {
        return state;
      }
      switch (event.type) {
        case 'loaded':
          return { ...state, status: 'training', counts: { train: event.train, test: event.test } };
        case 'progress':
          return { ...state, status: 'training', progress: event.progress };
        case 'done':
          return { ...state, status: 'done', result: event.result };
        case 'error':
          return { ...state, status: 'error', error: event.message };
      }
    }
  }
}
