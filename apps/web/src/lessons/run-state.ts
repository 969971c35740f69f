/**
 * The state of a lesson's run as a pure reducer: idle, running with live curves, done with the
 * outcome, or failed. Reports from an older run (the learner pressed Run again) are ignored.
 */
import type { ExperimentOutcome } from '@actlab/train';
import type { Boundary } from './boundary.js';
import type { Curve } from './curves.js';
import { appendPoint } from './curves.js';
import type { ExperimentEvent } from './experiment-driver.js';

/** Where a run is. */
export interface RunState {
  readonly status: 'idle' | 'running' | 'done' | 'error';
  /** Number of the current run (increases at each start). */
  readonly run: number;
  /** Training loss by epoch for each part of the experiment, as reported so far. */
  readonly curves: readonly Curve[];
  readonly outcome?: ExperimentOutcome;
  /** Wall-clock seconds of the finished run in this browser. */
  readonly seconds?: number;
  readonly error?: string;
  /** Decision boundaries, for the lessons that draw them (they arrive after the outcome). */
  readonly boundaries?: readonly Boundary[];
}

/** What changes the state. */
export type RunAction =
  | { readonly type: 'start' }
  | { readonly type: 'cancel' }
  | { readonly type: 'reset' }
  | { readonly type: 'event'; readonly event: ExperimentEvent };

/** Before any run. */
export const INITIAL_RUN: RunState = { status: 'idle', run: 0, curves: [] };

/** The next state. */
export function runReducer(state: RunState, action: RunAction): RunState {
  switch (action.type) {
    case 'start':
      return { status: 'running', run: state.run + 1, curves: [] };
    case 'cancel':
      return state.status === 'running' ? { ...state, status: 'idle' } : state;
    case 'reset':
      return { status: 'idle', run: state.run, curves: [] };
    case 'event': {
      const event = action.event;
      if (event.run !== state.run) return state;
      if (event.type === 'boundaries') {
        return state.status === 'done' ? { ...state, boundaries: event.boundaries } : state;
      }
      if (state.status !== 'running') return state;
      if (event.type === 'progress') {
        return {
          ...state,
          curves: appendPoint(state.curves, event.label, event.epoch, event.loss),
        };
      }
      if (event.type === 'outcome') {
        return { ...state, status: 'done', outcome: event.outcome, seconds: event.seconds };
      }
      return { ...state, status: 'error', error: event.message };
    }
  }
}
