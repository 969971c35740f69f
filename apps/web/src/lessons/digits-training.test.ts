import type { Dataset } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { digitProbabilities, mostLikely } from './digit-predict.js';
import type { DigitSubset } from './digits-format.js';
import type { DigitsEvent } from './digits-protocol.js';
import { createDigitsDriver } from './digits-driver.js';
import { INITIAL_DIGITS, digitsReducer } from './digits-state.js';
import { digitsPlan, trainDigits } from './digits-training.js';

/** Ten easy "digits": digit d lights a 3-pixel-wide vertical band at column 2d + 3. */
function bands(size: number, offset: number): Dataset {
  const inputs = new Float64Array(size * 784);
  const targets = new Float64Array(size);
  for (let row = 0; row < size; row++) {
    const digit = (row + offset) % 10;
    targets[row] = digit;
    for (let y = 4; y < 24; y++) {
      for (let dx = 0; dx < 2; dx++) inputs[row * 784 + y * 28 + 2 * digit + 3 + dx] = 1;
    }
  }
  return {
    name: 'digits',
    task: 'multiclass',
    size,
    inputSize: 784,
    outputSize: 10,
    inputs,
    targets,
    featureNames: [],
  };
}
const subset: DigitSubset = { train: bands(200, 0), test: bands(50, 3), side: 28 };

describe('trainDigits', () => {
  it('learns a separable set and reports progress up to the whole', async () => {
    const fractions: number[] = [];
    const result = await trainDigits(subset, { epochs: 8, hidden: 16, seed: 1 }, (p) =>
      fractions.push(p.fraction),
    );
    expect(result.testAccuracy).toBeGreaterThanOrEqual(0.8);
    expect(result.accuracyByEpoch).toHaveLength(8);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    const probabilities = digitProbabilities(result.model, subset.test.inputs.slice(0, 784));
    expect(probabilities).toHaveLength(10);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('stops when cancelled', async () => {
    const signal = { aborted: false };
    const run = trainDigits(
      subset,
      { epochs: 5, hidden: 8, seed: 1 },
      () => {
        signal.aborted = true;
      },
      signal,
    );
    await expect(run).rejects.toThrow('cancelled');
  });
});

describe('digitsPlan', () => {
  it('plans the 784-h-10 network on the fetched subset', () => {
    const plan = digitsPlan(subset, { epochs: 3, hidden: 16, seed: 7 });
    // Weights and biases counted by hand: 784 x 16 + 16, then 16 x 10 + 10.
    expect(plan.parameters).toBe(784 * 16 + 16 + 16 * 10 + 10);
    expect(plan.work).toBe(3 * 200 * plan.parameters);
    expect(plan.data.train).toBe(subset.train);
    expect(plan.config).toMatchObject({ loss: 'cross_entropy', batchSize: 32, seed: 7 });
    expect(plan.request).toMatchObject({ hidden: [16], epochs: 3, seed: 7 });
  });
});

describe('mostLikely', () => {
  it('names the digit of the largest probability', () => {
    expect(mostLikely([0.1, 0.05, 0.6, 0.25])).toBe(2);
  });
});

describe('the digits driver and state', () => {
  it('loads once, trains, and ends done', async () => {
    let loads = 0;
    const events: DigitsEvent[] = [];
    const finished = new Promise<void>((resolve) => {
      const driver = createDigitsDriver(
        (event) => {
          events.push(event);
          if (event.type === 'done' || event.type === 'error') resolve();
        },
        async () => {
          loads++;
          return subset;
        },
      );
      driver.send({ type: 'train', run: 1, settings: { epochs: 1, hidden: 8, seed: 2 } });
    });
    await finished;
    expect(loads).toBe(1);
    let state = digitsReducer(INITIAL_DIGITS, { type: 'start' });
    for (const event of events) state = digitsReducer(state, { type: 'event', event });
    expect(state.status).toBe('done');
    expect(state.counts).toEqual({ train: 200, test: 50 });
    expect(state.result?.model.format).toBeTruthy();
  });

  it('reports a failed load as an error', async () => {
    const event = await new Promise<DigitsEvent>((resolve) => {
      createDigitsDriver(resolve, () => Promise.reject(new Error('no file'))).send({
        type: 'train',
        run: 4,
        settings: { epochs: 1, hidden: 8, seed: 2 },
      });
    });
    expect(event).toEqual({ type: 'error', run: 4, message: 'no file' });
  });
});

describe('the web digits lesson and the terminal experiment', () => {
  it('train the same network on as many digits for as many epochs', async () => {
    const { experiment } = await import('@actlab/train');
    const { DIGITS_DEFAULTS } = await import('./digits-training.js');
    const { readFileSync } = await import('node:fs');
    const defaults = experiment('digits').info.defaults as {
      train: number;
      epochs: number;
      hidden: number;
    };
    expect(DIGITS_DEFAULTS.epochs).toBe(defaults.epochs);
    expect(DIGITS_DEFAULTS.hidden).toBe(defaults.hidden);
    // The subset the page fetches is written by scripts/make-digits.mjs with TRAIN training digits.
    // Tests run from apps/web (the jsdom environment's import.meta.url is not a file URL).
    const script = readFileSync('scripts/make-digits.mjs', 'utf8');
    expect(Number(/const TRAIN = (\d+);/.exec(script)?.[1])).toBe(defaults.train);
  });
});
