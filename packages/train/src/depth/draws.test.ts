/**
 * The draws store: what it hands out is exactly what drawing afresh gives (from the store, from its
 * scratch layer beyond the budget, after a change of seed, width or law), it never holds more than
 * its budget, and a measurement through a kept store equals one without.
 */
import type { ScalarActivation } from '@actlab/core';
import { activation } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { createDepthDraws } from './draws.js';
import { measureDepth } from './measure.js';
import { fastRng, fillNormal, fillUniform } from './normal.js';
import { signalPropagation } from './signal.js';

/** Layer l's draws straight from the generator: stream 2 + l, the weights then the bias noise. */
function fresh(seed: number, width: number, law: 'uniform' | 'normal', l: number) {
  const rng = fastRng(seed, 2 + l);
  const weights = new Float64Array(width * width);
  if (law === 'uniform') fillUniform(rng, weights, 1);
  else fillNormal(rng, weights, 1);
  const noise = new Float64Array(width);
  fillNormal(rng, noise, 1);
  return { weights: [...weights], noise: [...noise] };
}

function same(
  got: { weights: Float64Array; biasNoise: Float64Array },
  want: ReturnType<typeof fresh>,
) {
  expect([...got.weights]).toEqual(want.weights);
  expect([...got.biasNoise]).toEqual(want.noise);
}

describe('createDepthDraws', () => {
  it('hands out the generator’s numbers, kept or drawn again beyond its budget', () => {
    // Room for two layers of width 6 (6 * 6 + 6 numbers of 8 bytes each).
    const draws = createDepthDraws(2 * 42 * 8);
    for (const l of [0, 1, 2, 3, 1, 0, 3])
      same(draws.layer(4, 6, 'normal', l), fresh(4, 6, 'normal', l));
    expect(draws.bytes).toBe(2 * 42 * 8);
  });

  it('starts again when the seed, the width or the law changes', () => {
    const draws = createDepthDraws();
    draws.layer(1, 5, 'normal', 0);
    same(draws.layer(2, 5, 'normal', 0), fresh(2, 5, 'normal', 0));
    same(draws.layer(2, 5, 'uniform', 0), fresh(2, 5, 'uniform', 0));
    same(draws.layer(2, 7, 'uniform', 0), fresh(2, 7, 'uniform', 0));
    expect(draws.bytes).toBe((7 * 7 + 7) * 8);
    same(draws.layer(2, 7, 'uniform', 1), fresh(2, 7, 'uniform', 1));
    // Narrower again: the old layers' memory is reused, the numbers are the new network's.
    for (const l of [0, 1, 2]) same(draws.layer(2, 4, 'normal', l), fresh(2, 4, 'normal', l));
    expect(draws.bytes).toBe(3 * (4 * 4 + 4) * 8);
    const uniform = draws.layer(2, 7, 'uniform', 0).weights;
    expect(Math.min(...uniform)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...uniform)).toBeLessThan(1);
  });

  it('a budget of 0 keeps nothing and still answers right', () => {
    const draws = createDepthDraws(0);
    same(draws.layer(3, 4, 'normal', 2), fresh(3, 4, 'normal', 2));
    expect(draws.bytes).toBe(0);
  });

  it('a kept store gives the same measurement for every activation, gain and bias', () => {
    const draws = createDepthDraws();
    for (const [id, gain, biasVariance] of [
      ['tanh', 1.3, 0.1],
      ['relu', 1.4, 0],
      ['tanh', 2, 0.3],
    ] as const) {
      const request = { activation: id, init: { gain }, width: 24, depth: 12, biasVariance };
      const kept = signalPropagation(request, { draws });
      const alone = signalPropagation(request);
      expect(kept.measured).toEqual(alone.measured);
    }
    expect(draws.bytes).toBe(12 * (24 * 24 + 24) * 8);
  });

  it('uniform weights through a store with room for part of the network equal one without', () => {
    const act = activation('sigmoid') as ScalarActivation;
    const settings = {
      act,
      width: 9,
      depth: 7,
      batch: 5,
      seed: 3,
      law: { weights: 'uniform', scale: 0.5, bias: 0.1, biasStd: 0 },
    } as const;
    const partial = measureDepth(settings, createDepthDraws(3 * 90 * 8));
    expect(partial).toEqual(measureDepth(settings, createDepthDraws(0)));
  });
});
