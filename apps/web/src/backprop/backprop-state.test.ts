import { describe, expect, it } from 'vitest';
import { withQuery } from '../lib/url-state.js';
import {
  activationsPatch,
  clampStep,
  defaultWeights,
  parseHidden,
  readBackpropState,
  shapePatch,
  stateModel,
  unitOffset,
  weightCount,
  weightsPatch,
} from './backprop-state.js';

const read = (search: string) => readBackpropState(new URLSearchParams(search));
/** The state after writing `patch` into the URL `href` and reading it back. */
const roundTrip = (href: string, patch: Parameters<typeof withQuery>[1]) =>
  read(withQuery(href, patch).split('?')[1] ?? '');

describe('the backprop page state', () => {
  it('opens on the course setting: one sigmoid neuron with two inputs', () => {
    const s = read('');
    expect(s).toMatchObject({
      inputs: [1, 0.5],
      targets: [1],
      hidden: [],
      activations: ['sigmoid'],
      weights: [0.5, -0.3, 0.1],
      learningRate: 0.5,
      loss: 'mse',
      step: 0,
      compare: false,
      problems: [],
    });
  });

  it('reads every key of a link', () => {
    const s = read(
      'x=2,-1,0&t=0,1&h=3&act=tanh,sigmoid&lr=0.1&loss=binary_cross_entropy&step=7&cmp=1',
    );
    expect(s.inputs).toEqual([2, -1, 0]);
    expect(s.targets).toEqual([0, 1]);
    expect(s.hidden).toEqual([3]);
    expect(s.activations).toEqual(['tanh', 'sigmoid']);
    expect(s.weights).toHaveLength(3 * 4 + 2 * 4);
    expect(s).toMatchObject({
      learningRate: 0.1,
      loss: 'binary_cross_entropy',
      step: 7,
      compare: true,
    });
    expect(s.problems).toEqual([]);
  });

  it('round-trips weights and a new shape through the URL', () => {
    const weights = [1.5, -2, 0.25];
    expect(roundTrip('/backprop?step=4', weightsPatch(weights)).weights).toEqual(weights);
    const s = roundTrip('/backprop?step=4', shapePatch(read('step=4'), 1, [2], 1));
    expect(s.inputs).toEqual([1]);
    expect(s.hidden).toEqual([2]);
    expect(s.activations).toEqual(['sigmoid', 'sigmoid']);
    expect(s.weights).toEqual(defaultWeights(1, [2, 1]));
    expect(s.step).toBe(0);
    expect(s.problems).toEqual([]);
  });

  it('round-trips catalog and formula activations through act=, commas inside a formula included', () => {
    const h = '/backprop?h=2,2&step=1';
    const mixed = [
      'formula:max(x, 0.1 * x)',
      'tanh',
      'formula:where(x > 0, x, 0.5 * (exp(x) - 1))',
    ];
    expect(roundTrip(h, activationsPatch(mixed)).activations).toEqual(mixed);
    expect(roundTrip(h, activationsPatch(mixed)).problems).toEqual([]);
    // One id shared by every layer is written once and read back for each.
    const shared = 'formula:min(max(x, -1), 1)';
    const href = withQuery(h, activationsPatch([shared, shared, shared]));
    expect(new URLSearchParams(href.split('?')[1]).get('act')).toBe(shared);
    expect(roundTrip(h, activationsPatch([shared, shared, shared])).activations).toEqual([
      shared,
      shared,
      shared,
    ]);
    expect(roundTrip('/backprop', activationsPatch(['relu'])).activations).toEqual(['relu']);
  });

  it('falls back to sigmoid for a broken formula in a link and says why', () => {
    const s = read(`act=${encodeURIComponent('formula:x * sigmod(x)')}`);
    expect(s.activations).toEqual(['sigmoid']);
    expect(s.problems.join()).toMatch(/formula could not be used: .*sigmod/);
  });

  it('falls back and says so for what a link cannot use', () => {
    expect(read('w=1,2').weights).toEqual([0.5, -0.3, 0.1]);
    expect(read('w=1,2').problems.join()).toMatch(/not 3 numbers/);
    expect(read('w=1,abc,2').problems.join()).toMatch(/not 3 numbers/);
    expect(read('act=nope').problems.join()).toMatch(/no activation "nope"/);
    expect(read('h=9').problems.join()).toMatch(/1 to 6 units/);
    expect(read('h=1,1,1,1').problems.join()).toMatch(/at most 3 hidden/);
    expect(read('lr=0').learningRate).toBe(0.5);
    expect(read('lr=0').problems.join()).toMatch(/learning rate/);
    expect(read('step=-2').step).toBe(0);
    expect(read('step=1.5').step).toBe(0);
  });

  it('clamps the step to the trace', () => {
    expect(clampStep(-1, 5)).toBe(0);
    expect(clampStep(9, 5)).toBe(4);
    expect(clampStep(3, 5)).toBe(3);
  });

  it('lays the flat weights out unit by unit, bias last', () => {
    expect(weightCount(2, [3, 1])).toBe(3 * 3 + 1 * 4);
    expect(unitOffset(2, [3, 1], 0, 2)).toBe(6);
    expect(unitOffset(2, [3, 1], 1, 0)).toBe(9);
    const weights = Array.from({ length: 13 }, (_, i) => i);
    const model = stateModel({ ...read('x=1,1&h=3'), weights });
    expect(model.layers[0]?.weights[1]).toEqual([3, 4]);
    expect(model.layers[0]?.biases).toEqual([2, 5, 8]);
    expect(model.layers[1]?.weights).toEqual([[9, 10, 11]]);
    expect(model.layers[1]?.biases).toEqual([12]);
  });

  it('parses hidden layer sizes and refuses bad ones', () => {
    expect(parseHidden('')).toEqual({ sizes: [] });
    expect(parseHidden('3, 2')).toEqual({ sizes: [3, 2] });
    expect(parseHidden('3 2')).toEqual({ sizes: [3, 2] });
    expect(parseHidden('7')).toHaveProperty('error');
    expect(parseHidden('a')).toHaveProperty('error');
    expect(parseHidden('1,1,1,1')).toHaveProperty('error');
  });
});
