/**
 * Runs one experiment of @actlab/train to its outcome, reporting each progress report as a point of
 * a loss curve, then the decision boundaries of the lessons that draw them. The same driver works
 * inside the lessons' worker and, where there are no workers (tests), on the main thread, where
 * the package's runs already yield to the event loop.
 */
import type { ActivationChoice, ActivationRaceOptions, ExperimentOutcome } from '@actlab/train';
import { runExperiment } from '@actlab/train';
import type { Driver } from '../training/connect.js';
import { createLatestRun, errorMessage } from '../training/latest-run.js';
import type { Boundary } from './boundary.js';
import { hasBoundaries, lessonBoundaries } from './boundary.js';

/** Commands (also the worker's messages). */
export type ExperimentCommand =
  | {
      readonly type: 'run';
      readonly id: string;
      readonly seed: number;
      readonly run: number;
      /**
       * The contenders of the activation race (catalog or `formula:` ids), when the learner
       * changed them; plain strings, so they cross postMessage.
       */
      readonly activations?: readonly ActivationChoice[];
    }
  | { readonly type: 'cancel' };

/** The options of a run: an experiment that takes contenders (the race) reads `activations`. */
type RunOptions = ActivationRaceOptions;

/** Reports, tagged with the run they belong to so a stale one is ignored. */
export type ExperimentEvent =
  | {
      readonly type: 'progress';
      readonly run: number;
      readonly label: string;
      readonly epoch: number;
      readonly loss: number;
    }
  | {
      readonly type: 'outcome';
      readonly run: number;
      readonly outcome: ExperimentOutcome;
      readonly seconds: number;
    }
  | { readonly type: 'boundaries'; readonly run: number; readonly boundaries: Boundary[] }
  | { readonly type: 'error'; readonly run: number; readonly message: string };

/** A driver: send it commands, it reports through `emit`; dispose cancels the live run. */
export type ExperimentDriver = Driver<ExperimentCommand>;

/** A driver that reports to `emit`; a new run cancels the previous one. */
export function createExperimentDriver(emit: (event: ExperimentEvent) => void): ExperimentDriver {
  const runs = createLatestRun();
  return {
    send(command) {
      if (command.type === 'cancel') return runs.cancel();
      const signal = runs.next();
      const { id, seed, run, activations } = command;
      const started = performance.now();
      const fail = (error: unknown) => {
        if (!signal.aborted) emit({ type: 'error', run, message: errorMessage(error) });
      };
      const options: RunOptions = {
        seed,
        signal,
        ...(activations ? { activations } : {}),
        onProgress: (label, metrics) =>
          emit({ type: 'progress', run, label, epoch: metrics.epoch, loss: metrics.trainLoss }),
      };
      runExperiment(id, options)
        .then((outcome) => {
          if (signal.aborted) return;
          const seconds = (performance.now() - started) / 1000;
          emit({ type: 'outcome', run, outcome, seconds });
          // The pictures come after the measured outcome, which is the lesson's answer.
          if (!hasBoundaries(id)) return;
          return lessonBoundaries(id, seed, signal).then((boundaries) => {
            if (!signal.aborted) emit({ type: 'boundaries', run, boundaries });
          });
        })
        .catch(fail);
    },
    dispose: () => runs.cancel(),
  };
}
