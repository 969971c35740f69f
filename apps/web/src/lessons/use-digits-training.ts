/** The digits lesson's training: a worker (the service in-thread without workers) and its state. */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { DigitsCommand, DigitsEvent } from './digits-protocol.js';
import type { DigitsService } from './digits-service.js';
import { createDigitsService, fetchDigits } from './digits-service.js';
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
  const service = useRef<DigitsService | null>(null);
  const run = useRef(0);
  useEffect(() => {
    const emit = (event: DigitsEvent) => dispatch({ type: 'event', event });
    if (typeof Worker !== 'function') {
      service.current = createDigitsService(emit, () => fetchDigits(window.location.origin));
      return () => {
        service.current?.send({ type: 'cancel' });
        service.current = null;
      };
    }
    const worker = new Worker(new URL('./digits.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DigitsEvent>) => emit(event.data);
    service.current = { send: (c: DigitsCommand) => worker.postMessage(c) };
    return () => {
      worker.terminate();
      service.current = null;
    };
  }, []);
  const train = useCallback((settings: DigitsSettings) => {
    run.current += 1;
    dispatch({ type: 'start' });
    service.current?.send({ type: 'train', run: run.current, settings });
  }, []);
  const cancel = useCallback(() => {
    service.current?.send({ type: 'cancel' });
    dispatch({ type: 'cancel' });
  }, []);
  return { state, train, cancel };
}
