/**
 * The exact values the issue names: tails where the textbook formulas give 0, NaN, Infinity or a
 * wrong last digit, limits at +-Infinity, NaN propagation, and the derivative at every kink.
 */
import { describe, expect, it } from 'vitest';
import { SCALAR_IDS, activation } from '../src/index.js';

/** Relative distance, for values quoted to 16 significant digits. */
function close(got: number, want: number): boolean {
  return got === want || Math.abs(got - want) <= 2e-16 * Math.abs(want);
}

describe('tails that naive formulas get wrong', () => {
  const cases: [string, 'f' | 'df', number, number][] = [
    ['sigmoid', 'f', -710, 4.47628622567513e-309],
    ['softplus', 'f', 20.5, 20.50000000125015],
    ['gelu', 'f', -10, -7.619853024160526e-23],
    ['tanh', 'df', 20, 1.6993417021166355e-17],
    ['squareplus', 'f', -1e200, 1e-200],
    ['tanh_shrink', 'f', 1e-8, 3.333333333333333e-25],
    ['elu', 'f', -1e-10, -9.9999999995e-11],
  ];
  it.each(cases)('%s %s(%d)', (id, which, x, want) => {
    const act = activation(id);
    if (act.kind !== 'scalar') throw new Error(`${id} is not scalar`);
    const got = which === 'f' ? act.f(x) : act.df(x);
    // sigmoid(-710) is subnormal: compare to within one subnormal step.
    const ok =
      Math.abs(want) < 2.2250738585072014e-308 ? Math.abs(got - want) <= 5e-324 : close(got, want);
    expect(ok, `${id}.${which}(${x}) = ${got}, want ${want}`).toBe(true);
  });
});

describe('limits at infinity are the mathematical limits', () => {
  it.each([
    ['silu', -Infinity, 0],
    ['softsign', Infinity, 1],
    ['softsign', -Infinity, -1],
    ['mish', -Infinity, 0],
    ['gelu', -Infinity, 0],
    ['gelu_tanh', -Infinity, 0],
    ['sigmoid', -Infinity, 0],
    ['tanh', Infinity, 1],
    ['log_sigmoid', Infinity, 0],
    ['squareplus', -Infinity, 0],
  ] as const)('%s(%d) = %d', (id, x, want) => {
    // === rather than toBe: a limit of 0 reached from below may come out as -0.
    const got = activation(id).f(x);
    expect(got === want, `${id}(${x}) = ${got}`).toBe(true);
  });

  it('every derivative is finite or a true infinity at +-Infinity, never NaN', () => {
    for (const id of SCALAR_IDS) {
      if (id === 'sin') continue; // sin and cos have no limit at infinity: NaN is the right answer.
      const act = activation(id);
      for (const x of [Infinity, -Infinity]) {
        expect(Number.isNaN(act.df(x)), `${id}'(${x})`).toBe(false);
        expect(Number.isNaN(act.f(x)), `${id}(${x})`).toBe(false);
      }
    }
  });
});

describe('NaN in gives NaN out', () => {
  it.each([...SCALAR_IDS])('%s', (id) => {
    const act = activation(id);
    expect(act.f(NaN)).toBeNaN();
    expect(act.df(NaN)).toBeNaN();
    const [y] = act.map([NaN]);
    expect(y).toBeNaN();
  });
});

describe('derivatives at the kinks follow PyTorch autograd', () => {
  it.each([
    ['relu', {}, 0, 0],
    ['leaky_relu', {}, 0, 0.01],
    ['leaky_relu', { alpha: 0.2 }, 0, 0.2],
    ['relu6', {}, 0, 0],
    ['relu6', {}, 6, 0],
    ['hard_tanh', {}, -1, 0],
    ['hard_tanh', {}, 1, 0],
    ['hard_sigmoid', {}, -3, 0],
    ['hard_sigmoid', {}, 3, 0],
    ['hard_silu', {}, -3, 0],
    ['hard_silu', {}, 3, 1],
    ['elu', { alpha: 0.5 }, 0, 0.5],
    ['selu', {}, 0, 1.0507009873554805 * 1.6732632423543772],
    ['soft_shrink', {}, 0.5, 0],
    ['soft_shrink', {}, -0.5, 0],
    ['hard_shrink', {}, 0.5, 0],
    ['threshold', {}, 1, 0],
    ['binary_step', {}, 0, 0],
  ] as const)('%s%j at %d', (id, params, x, want) => {
    expect(activation(id, params).df(x)).toBeCloseTo(want, 15);
  });

  it('binary_step has zero derivative everywhere and is flagged as having no useful gradient', () => {
    const step = activation('binary_step');
    for (const x of [-5, -1e-300, 0, 1e-300, 5]) expect(step.df(x)).toBe(0);
    expect(step.f(0)).toBe(1);
    expect(step.f(-1e-300)).toBe(0);
  });

  it('the kinks an activation reports are where its one-sided slopes differ or f jumps', () => {
    for (const id of SCALAR_IDS) {
      const act = activation(id);
      for (const k of act.kinks) {
        const h = 1e-7;
        const left = (act.f(k.x) - act.f(k.x - h)) / h;
        const right = (act.f(k.x + h) - act.f(k.x)) / h;
        const jump = Math.abs(act.f(k.x + h) - act.f(k.x - h)) > 1e-3;
        expect(jump || Math.abs(left - right) > 1e-3, `${id} kink at ${k.x}`).toBe(true);
        expect(act.df(k.x), `${id}'(${k.x})`).toBe(k.derivative);
      }
    }
  });
});
