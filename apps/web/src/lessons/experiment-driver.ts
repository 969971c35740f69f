/**
 * Runs one experiment of @actlab/train to its outcome, reporting each progress report as a point of
 * a loss curve. The same runner works inside the lessons' worker and, where there are no workers
 * (tests), on the main thread, where the package's runs already yield to the event loop.
 */
import type { ExperimentOutcome } from '@actlab/train';
import { runExperiment } from '@actlab/train';
import type { Boundary } from './boundary.js';
import { hasBoundaries, lessonBoundaries } from './boundary.js';

/** Commands (also the worker's messages). */
export type RunnerCommand =
  | { readonly type: 'run'; readonly id: string; readonly seed: number; readonly run: number }
  | { readonly type: 'cancel' };

/** Reports, tagged with the run they belong to so a stale one is ignored. */
export type RunnerEvent =
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

/** A runner: send it commands, it reports through `emit`. */
export interface ExperimentRunner {
  send(command: RunnerCommand): void;
}

/** A runner that reports to `emit`; a new run cancels the previous one. */
export function createExperimentRunner(emit: (event: RunnerEvent) => void): ExperimentRunner {
  let current: { aborted: boolean } | undefined;
  return {
    send(command) {
      if (current) current.aborted = true;
      current = undefined;
      if (command.type === 'cancel') return;
      const signal = { aborted: false };
      current = signal;
      const { id, seed, run } = command;
      const started = performance.now();
      const fail = (error: unknown) => {
        if (signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        emit({ type: 'error', run, message });
      };
      runExperiment(id, {
        seed,
        signal,
        onProgress: (label, metrics) =>
          emit({ type: 'progress', run, label, epoch: metrics.epoch, loss: metrics.trainLoss }),
      })
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
  };
}
