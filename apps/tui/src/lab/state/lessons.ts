/**
 * The Lessons screen's state: which experiment is selected, the one run in progress with its
 * latest progress, and the last result of every experiment run so far. Pure; the screen starts
 * and cancels the actual run and reports back through these actions, each tagged with the run's
 * number so that a late report from a replaced or cancelled run is ignored.
 */
import type { ExperimentOutcome, Metrics } from '@actlab/train';

/** The latest progress of a run, as far as the screen shows it. */
interface RunProgress {
  /** The part of the experiment reporting, e.g. `relu`. */
  readonly label: string;
  /** Its completed epochs. */
  readonly epoch: number;
  /** Its training loss. */
  readonly loss: number;
  /** Progress reports received so far (all parts together). */
  readonly events: number;
}

/** The run in progress. */
interface ActiveRun {
  /** The experiment's id. */
  readonly id: string;
  /** Increases with every start; reports carry it. */
  readonly run: number;
  /** When it started (ms since the epoch), to show the elapsed time. */
  readonly startedAt: number;
  /** The latest progress, once any arrived. */
  readonly progress?: RunProgress;
}

/** How an experiment's last run ended. */
export type RunResult =
  | { readonly kind: 'done'; readonly outcome: ExperimentOutcome; readonly ms: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/** Lessons screen state. */
export interface LessonsState {
  /** Ids of the experiments, in the order listed. */
  readonly ids: readonly string[];
  /** Index of the selected experiment. */
  readonly selected: number;
  /** First line of the detail panel shown (it scrolls when the text is longer than the screen). */
  readonly scroll: number;
  /** The run in progress, if any: only one at a time. */
  readonly active?: ActiveRun;
  /** The number the next run gets. */
  readonly nextRun: number;
  /** Last result per experiment id. */
  readonly results: Readonly<Record<string, RunResult>>;
}

/** What can happen on the Lessons screen. */
export type LessonsAction =
  /** Moves the selection by `delta` (clamped); the detail panel goes back to its top. */
  | { readonly type: 'select'; readonly delta: number }
  /** Scrolls the detail panel by `delta` lines, between its top and `max` (what the view can show). */
  | { readonly type: 'scroll'; readonly delta: number; readonly max: number }
  /** Starts the selected experiment, replacing (and so cancelling) any run in progress. */
  | { readonly type: 'start'; readonly now: number }
  /** Stops the run in progress; its experiment is marked cancelled. */
  | { readonly type: 'cancel' }
  /** A progress report of run `run`. */
  | {
      readonly type: 'progress';
      readonly run: number;
      readonly label: string;
      readonly metrics: Metrics;
      readonly events: number;
    }
  /** Run `run` finished with `outcome`. */
  | {
      readonly type: 'finished';
      readonly run: number;
      readonly outcome: ExperimentOutcome;
      readonly now: number;
    }
  /** Run `run` stopped because it was cancelled. */
  | { readonly type: 'cancelled'; readonly run: number }
  /** Run `run` failed with `message`. */
  | { readonly type: 'failed'; readonly run: number; readonly message: string };

/** The list of `ids`, the first selected, nothing run yet. */
export function initialLessons(ids: readonly string[]): LessonsState {
  return { ids, selected: 0, scroll: 0, nextRun: 1, results: {} };
}

/** The id of the selected experiment. */
export function selectedId(state: LessonsState): string {
  return state.ids[state.selected] as string;
}

/** Applies an action. */
export function lessonsReducer(state: LessonsState, action: LessonsAction): LessonsState {
  switch (action.type) {
    case 'select': {
      const selected = Math.min(state.ids.length - 1, Math.max(0, state.selected + action.delta));
      return selected === state.selected ? state : { ...state, selected, scroll: 0 };
    }
    case 'scroll':
      return {
        ...state,
        scroll: Math.max(0, Math.min(action.max, state.scroll + action.delta)),
      };
    case 'start': {
      const id = selectedId(state);
      const results = state.active ? endActive(state, { kind: 'cancelled' }) : state.results;
      return {
        ...state,
        scroll: 0,
        results,
        active: { id, run: state.nextRun, startedAt: action.now },
        nextRun: state.nextRun + 1,
      };
    }
    case 'cancel':
      return state.active ? finish(state, { kind: 'cancelled' }) : state;
    case 'progress': {
      if (state.active?.run !== action.run) return state;
      const progress: RunProgress = {
        label: action.label,
        epoch: action.metrics.epoch,
        loss: action.metrics.trainLoss,
        events: action.events,
      };
      return { ...state, active: { ...state.active, progress } };
    }
    case 'finished': {
      if (state.active?.run !== action.run) return state;
      const ms = action.now - state.active.startedAt;
      return { ...finish(state, { kind: 'done', outcome: action.outcome, ms }), scroll: 0 };
    }
    case 'cancelled':
      return state.active?.run === action.run ? finish(state, { kind: 'cancelled' }) : state;
    case 'failed':
      return state.active?.run === action.run
        ? finish(state, { kind: 'failed', message: action.message })
        : state;
  }
}

/** The state with the active run ended as `result`. */
function finish(state: LessonsState, result: RunResult): LessonsState {
  return { ...state, active: undefined, results: endActive(state, result) };
}

function endActive(state: LessonsState, result: RunResult): Readonly<Record<string, RunResult>> {
  return state.active ? { ...state.results, [state.active.id]: result } : state.results;
}
