/**
 * A lesson's run: a worker running the experiment (the runner on the main thread where there are
 * no workers), its state through `runReducer`, and start and cancel.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { RunState } from './run-state.js';
import { INITIAL_RUN, runReducer } from './run-state.js';
import type { ExperimentRunner, RunnerCommand, RunnerEvent } from './runner.js';
import { createExperimentRunner } from './runner.js';

function workerRunner(emit: (event: RunnerEvent) => void): ExperimentRunner & { stop(): void } {
  const worker = new Worker(new URL('./experiment.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = (event: MessageEvent<RunnerEvent>) => emit(event.data);
  return { send: (c: RunnerCommand) => worker.postMessage(c), stop: () => worker.terminate() };
}

/** What a lesson page reads and does. */
export interface ExperimentRun {
  readonly state: RunState;
  start(): void;
  cancel(): void;
}

/** Runs experiment `id` with `seed` on demand. */
export function useExperimentRun(id: string, seed: number): ExperimentRun {
  const [state, dispatch] = useReducer(runReducer, INITIAL_RUN);
  const runner = useRef<ExperimentRunner | null>(null);
  const runNumber = useRef(0);
  useEffect(() => {
    const emit = (event: RunnerEvent) => dispatch({ type: 'event', event });
    if (typeof Worker === 'function') {
      const w = workerRunner(emit);
      runner.current = w;
      return () => {
        w.stop();
        runner.current = null;
      };
    }
    const r = createExperimentRunner(emit);
    runner.current = r;
    return () => {
      r.send({ type: 'cancel' });
      runner.current = null;
    };
  }, []);
  // A different lesson or seed makes the last outcome stale.
  useEffect(() => {
    runner.current?.send({ type: 'cancel' });
    dispatch({ type: 'reset' });
  }, [id, seed]);
  const start = useCallback(() => {
    runNumber.current += 1;
    dispatch({ type: 'start' });
    runner.current?.send({ type: 'run', id, seed, run: runNumber.current });
  }, [id, seed]);
  const cancel = useCallback(() => {
    runner.current?.send({ type: 'cancel' });
    dispatch({ type: 'cancel' });
  }, []);
  return { state, start, cancel };
}
