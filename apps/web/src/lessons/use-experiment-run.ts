/**
 * A lesson's run: a worker running the experiment (the driver on the main thread where there are
 * no workers), its state through `runReducer`, and start and cancel.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { connectDriver } from '../training/connect.js';
import type { ExperimentCommand, ExperimentDriver, ExperimentEvent } from './experiment-driver.js';
import { createExperimentDriver } from './experiment-driver.js';
import type { RunState } from './run-state.js';
import { INITIAL_RUN, runReducer } from './run-state.js';

/** What a lesson page reads and does. */
export interface ExperimentRun {
  readonly state: RunState;
  start(): void;
  cancel(): void;
}

/**
 * Runs experiment `id` with `seed` on demand; `activations`, when given, are the race's contenders
 * (a change makes the last outcome stale, as a new seed does).
 */
export function useExperimentRun(
  id: string,
  seed: number,
  activations?: readonly string[],
): ExperimentRun {
  const [state, dispatch] = useReducer(runReducer, INITIAL_RUN);
  const driver = useRef<ExperimentDriver | null>(null);
  const runNumber = useRef(0);
  useEffect(() => {
    const emit = (event: ExperimentEvent) => dispatch({ type: 'event', event });
    const d = connectDriver<ExperimentCommand, ExperimentEvent>(emit, {
      worker: () =>
        new Worker(new URL('./experiment.worker.ts', import.meta.url), { type: 'module' }),
      inline: createExperimentDriver,
    });
    driver.current = d;
    return () => {
      d.dispose();
      driver.current = null;
    };
  }, []);
  // One string stands for the list, so an equal list from a new render is no change.
  const contenders = activations && JSON.stringify(activations);
  // A different lesson, seed or list of contenders makes the last outcome stale.
  useEffect(() => {
    driver.current?.send({ type: 'cancel' });
    dispatch({ type: 'reset' });
  }, [id, seed, contenders]);
  const start = useCallback(() => {
    runNumber.current += 1;
    dispatch({ type: 'start' });
    driver.current?.send({
      type: 'run',
      id,
      seed,
      run: runNumber.current,
      ...(contenders !== undefined ? { activations: JSON.parse(contenders) as string[] } : {}),
    });
  }, [id, seed, contenders]);
  const cancel = useCallback(() => {
    driver.current?.send({ type: 'cancel' });
    dispatch({ type: 'cancel' });
  }, []);
  return { state, start, cancel };
}
