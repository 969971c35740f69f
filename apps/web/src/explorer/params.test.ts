import { activationInfo } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import {
  paramPatch,
  paramProblem,
  shownFunction,
  sliderRange,
  unusedParamNotices,
} from './params.js';

const q = (s: string) => new URLSearchParams(s);
const spec = (id: string, name: string) => {
  const found = activationInfo(id).params.find((p) => p.name === name);
  if (!found) throw new Error(`${id} has no ${name}`);
  return found;
};

describe('parameters from the link', () => {
  it('apply a plain name to every function that has it, and a qualified name to one', () => {
    const query = q('alpha=0.2&elu.alpha=0.5');
    expect(shownFunction(query, 'leaky_relu').act.params).toEqual({ alpha: 0.2 });
    expect(shownFunction(query, 'elu').act.params).toEqual({ alpha: 0.5 });
    // leaky_relu(-1) with slope 0.2, elu(-1) = 0.5 (e^-1 - 1) = -0.31606027941427883.
    expect(shownFunction(query, 'leaky_relu').act.f(-1)).toBe(-0.2);
    expect(shownFunction(query, 'elu').act.f(-1)).toBeCloseTo(-0.31606027941427883, 15);
  });

  it('fall back to the default, with a notice, when a value is not a number or out of range', () => {
    const nan = shownFunction(q('alpha=abc'), 'leaky_relu');
    expect(nan.act.params).toEqual({ alpha: 0.01 });
    expect(nan.notices[0]?.text).toMatch(/alpha=abc is not a number/);
    const negative = shownFunction(q('alpha=-1'), 'leaky_relu');
    expect(negative.act.params).toEqual({ alpha: 0.01 });
    expect(negative.notices[0]?.text).toMatch(/alpha.*\[0, Infinity\).*default alpha = 0.01/);
  });

  it('fall back one parameter at a time when core refuses a combination', () => {
    // lower is dropped first; its default 0.125 still exceeds upper = 0.1, so both go.
    const fn = shownFunction(q('lower=0.9&upper=0.1'), 'rrelu');
    expect(fn.notices.map((n) => n.text)).toEqual([
      'rrelu: lower must not exceed upper; RReLU (randomized leaky ReLU) uses the default lower = 0.125 instead.',
      'rrelu: lower must not exceed upper; RReLU (randomized leaky ReLU) uses its default parameters instead.',
    ]);
    expect(fn.act.params).toEqual({ lower: 0.125, upper: 1 / 3 });
    expect(shownFunction(q('lower=0.5&upper=0.4'), 'rrelu').act.params).toEqual({
      lower: 0.125,
      upper: 0.4,
    });
  });

  it('report keys that no shown function takes', () => {
    const notices = unusedParamNotices(q('fn=relu,gelu&alpha=0.2&x=2&elu.alpha=1'), [
      'relu',
      'gelu',
    ]);
    expect(notices.map((n) => n.text)).toEqual([
      'alpha is not a parameter of ReLU or GELU, so it is ignored.',
      'elu.alpha is not a parameter of ReLU or GELU, so it is ignored.',
    ]);
    expect(unusedParamNotices(q('alpha=0.2'), ['leaky_relu'])).toEqual([]);
  });

  it('are checked by core before a typed value is used', () => {
    const fn = shownFunction(q(''), 'leaky_relu');
    expect(paramProblem(fn, 'alpha', 0.3)).toBeNull();
    expect(paramProblem(fn, 'alpha', -0.3)).toMatch(
      /alpha must be a finite number in \[0, Infinity\)/,
    );
  });
});

describe('parameter changes', () => {
  it('use the plain name when no other shown function has the parameter', () => {
    const alpha = spec('leaky_relu', 'alpha');
    expect(paramPatch(q(''), ['leaky_relu', 'relu'], 'leaky_relu', alpha, 0.2)).toEqual({
      alpha: '0.2',
      'leaky_relu.alpha': null,
    });
    expect(paramPatch(q('alpha=0.2'), ['leaky_relu'], 'leaky_relu', alpha, 0.01)).toEqual({
      alpha: null,
      'leaky_relu.alpha': null,
    });
  });

  it('use the qualified name when another shown function shares the parameter', () => {
    const alpha = spec('elu', 'alpha');
    expect(paramPatch(q('alpha=0.2'), ['leaky_relu', 'elu'], 'elu', alpha, 0.5)).toEqual({
      'elu.alpha': '0.5',
    });
    // Back to what the plain key gives it: the qualified key goes.
    expect(
      paramPatch(q('alpha=0.2&elu.alpha=0.5'), ['leaky_relu', 'elu'], 'elu', alpha, 0.2),
    ).toEqual({
      'elu.alpha': null,
    });
  });

  it('give sliders the finite valid range, or a window around the default', () => {
    expect(sliderRange(spec('rrelu', 'lower'))).toEqual({ min: 0, max: 1, step: 0.01 });
    expect(sliderRange(spec('leaky_relu', 'alpha'))).toEqual({ min: 0, max: 1, step: 0.01 });
    // (0, ∞): the excluded 0 is nudged in by a step.
    expect(sliderRange(spec('softplus', 'beta'))).toEqual({ min: 0.05, max: 3, step: 0.05 });
    expect(sliderRange(spec('prelu', 'alpha'))).toEqual({ min: -5, max: 5, step: 0.1 });
    // A value beyond the window widens it.
    expect(sliderRange(spec('leaky_relu', 'alpha'), 7).max).toBe(7);
  });
});
