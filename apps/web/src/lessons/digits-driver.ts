/**
 * The digits lesson's training driver: loads the subset once (through `load`), trains on request,
 * cancels the previous run when a new one starts, and reports through `emit`. The worker wraps it
 * in messages; without workers (tests) it runs on the main thread.
 */
import type { Driver } from '../training/connect.js';
import { createLatestRun, errorMessage } from '../training/latest-run.js';
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

/** A driver: send it commands; dispose cancels the live run. */
export type DigitsDriver = Driver<DigitsCommand>;

/** A driver reporting to `emit`, loading the subset with `load` the first time it is needed. */
export function createDigitsDriver(
  emit: (event: DigitsEvent) => void,
  load: () => Promise<DigitSubset>,
): DigitsDriver {
  let subset: Promise<DigitSubset> | undefined;
  const runs = createLatestRun();
  return {
    send(command) {
      if (command.type === 'cancel') return runs.cancel();
      const signal = runs.next();
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
            if (!signal.aborted) emit({ type: 'error', run, message: errorMessage(error) });
          },
        );
    },
    dispose: () => runs.cancel(),
  };
}
