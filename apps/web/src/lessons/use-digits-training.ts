/** The digits lesson's training: a worker (the driver in-thread without workers) and its state. */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { connectDriver } from '../training/connect.js';
import type { DigitsDriver } from './digits-driver.js';
import { createDigitsDriver, fetchDigits } from './digits-driver.js';
import type { DigitsCommand, DigitsEvent } from './digits-protocol.js';
import type { DigitsState } from './digits-state.js';
import { INITIAL_DIGITS, digitsReducer } from './digits-state.js';
import type { DigitsSettings } from './digits-training.js';

/** What the lesson reads and does. */
export interface DigitsTraining {
  readonly state: DigitsState;
  train(settings: DigitsSettings): void;
  cancel(): void;
}

/** Trains the digits network on demand. */
export function useDigitsTraining(): DigitsTraining {
  const [state, dispatch] = useReducer(digitsReducer, INITIAL_DIGITS);
  const driver = useRef<DigitsDriver | null>(null);
  const run = useRef(0);
  useEffect(() => {
    const emit = (event: DigitsEvent) => dispatch({ type: 'event', event });
    const d = connectDriver<DigitsCommand, DigitsEvent>(emit, {
      worker: () => new Worker(new URL('./digits.worker.ts', import.meta.url), { type: 'module' }),
      inline: (post) => createDigitsDriver(post, () => fetchDigits(window.location.origin)),
    });
    driver.current = d;
    return () => {
      d.dispose();
      driver.current = null;
    };
  }, []);
  const train = useCallback((settings: DigitsSettings) => {
    run.current += 1;
    dispatch({ type: 'start' });
    driver.current?.send({ type: 'train', run: run.current, settings });
  }, []);
  const cancel = useCallback(() => {
    driver.current?.send({ type: 'cancel' });
    dispatch({ type: 'cancel' });
  }, []);
  return { state, train, cancel };
}
