/**
 * The digits lesson's training service: loads the subset once (through `load`), trains on
 * request, cancels the previous run when a new one starts, and reports through `emit`. The worker
 * wraps it in messages; without workers (tests) it runs on the main thread.
 */
import type { DigitSubset } from './digits-format.js';
import { DIGITS_URL, decodeDigits } from './digits-format.js';
import type { DigitsCommand, DigitsEvent } from './digits-protocol.js';
import { trainDigits } from './digits-training.js';

/** Fetches and decodes the subset the build put under public/digits/. */
export async function fetchDigits(origin: string): Promise<DigitSubset> {
  const response = await fetch(new URL(DIGITS_URL, origin));
  if (!response.ok)
    throw new Error(`the digit subset could not be loaded (HTTP ${response.status})`);
  return decodeDigits(await response.arrayBuffer());
}

/** A service: send it commands. */
export interface DigitsService {
  send(command: DigitsCommand): void;
}

/** A service reporting to `emit`, loading the subset with `load` the first time it is needed. */
export function createDigitsService(
  emit: (event: DigitsEvent) => void,
  load: () => Promise<DigitSubset>,
): DigitsService {
  let subset: Promise<DigitSubset> | undefined;
  let current: { aborted: boolean } | undefined;
  return {
    send(command) {
      if (current) current.aborted = true;
      current = undefined;
      if (command.type === 'cancel') return;
      const signal = { aborted: false };
      current = signal;
      const { run, settings } = command;
      const loading = (subset ??= load());
      loading
        .then((data) => {
          if (signal.aborted) return undefined;
          emit({ type: 'loaded', run, train: data.train.size, test: data.test.size });
          return trainDigits(
            data,
            settings,
            (progress) => emit({ type: 'progress', run, progress }),
            signal,
          );
        })
        .then(
          (result) => {
            if (result && !signal.aborted) emit({ type: 'done', run, result });
          },
          (error: unknown) => {
            // A failed load is retried on the next run.
            if (subset === loading) subset = undefined;
            if (!signal.aborted) {
              const message = error instanceof Error ? error.message : String(error);
              emit({ type: 'error', run, message });
            }
          },
        );
    },
  };
}
