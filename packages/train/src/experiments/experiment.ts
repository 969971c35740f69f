/**
 * The shape of an experiment: a named, seeded configuration with a one-paragraph explanation of
 * the lesson it shows, run to a measured outcome. Tests assert that each lesson holds.
 */
import type { Metrics } from '../metrics.js';
import type { RunRequest } from '../request.js';
import type { CancelSignal } from '../run.js';

/** Serializable description of an experiment (for the API's `GET /v1/experiments` and the UIs). */
export interface ExperimentInfo {
  /** Id, e.g. `linear-collapse`. */
  readonly id: string;
  /** Short title. */
  readonly title: string;
  /** The course's point, in one line. */
  readonly lesson: string;
  /** One paragraph explaining what is run and what to look for. */
  readonly explanation: string;
  /** The default configuration, as plain data (datasets, layers, activations, optimizer, epochs, seed). */
  readonly defaults: Readonly<Record<string, unknown>>;
  /**
   * The one training run that shows the lesson best, in the shape of a training request (the
   * API's `POST /v1/train`, the CLI's `actlab train`, the playground's settings), so a front end
   * can open the experiment as an ordinary run and let the learner change it.
   */
  readonly preset: RunRequest;
}

/** A labelled series of measurements over epochs, e.g. one activation's loss curve. */
export interface Series {
  /** What the series is, e.g. `relu` or `sigmoid loss`. */
  readonly label: string;
  /** Epoch of each value. */
  readonly epochs: readonly number[];
  /** The values. */
  readonly values: readonly number[];
}

/** A function drawn against its data over x: the data as dots, a fitted function as a line. */
export interface FitCurve {
  /** What it is, e.g. `data`, `least-squares line` or `relu network`. */
  readonly label: string;
  /** `points` for the data (drawn as dots), `line` for a function. */
  readonly kind: 'points' | 'line';
  /** The inputs. */
  readonly xs: readonly number[];
  /** The outputs (the targets for data, the predictions for a function). */
  readonly ys: readonly number[];
}

/** What a run measured. */
export interface ExperimentOutcome {
  /** The experiment's id. */
  readonly id: string;
  /** The seed used. */
  readonly seed: number;
  /** Named figures, e.g. `{ "linear R2": 0.01, "relu R2": 0.99 }`. */
  readonly measurements: Readonly<Record<string, number>>;
  /** Curves to plot, when the lesson is about how training goes. */
  readonly series: readonly Series[];
  /** Fitted functions against the data, when the lesson is about what a network can represent. */
  readonly fits?: readonly FitCurve[];
  /** The outcome in one or two plain sentences, with the figures. */
  readonly summary: string;
  /** Whether the lesson held on this run. */
  readonly holds: boolean;
}

/** Options every experiment takes. */
export interface ExperimentOptions {
  /** Seed of every random choice (each experiment has its own default). */
  readonly seed?: number;
  /** Aborting it stops the run with a CANCELLED error. */
  readonly signal?: CancelSignal;
  /** Called with intermediate metrics, labelled by the part of the experiment that produced them. */
  readonly onProgress?: (label: string, metrics: Metrics) => void;
}

/** An experiment: its description and how to run it. */
export interface Experiment {
  /** What it is. */
  readonly info: ExperimentInfo;
  /** Runs it and measures the outcome. */
  run(options?: ExperimentOptions): Promise<ExperimentOutcome>;
}

/** Formats a number for summaries: 3 significant digits. */
export function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toPrecision(3);
}
