import { gradients } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { readBackpropState } from './backprop-state.js';
import { stepTex, texNumber } from './step-tex.js';
import { compareWithRelu, patchRefusal, runTrace, traceRequest } from './trace-run.js';

const read = (search: string) => readBackpropState(new URLSearchParams(search));

function traced(search: string) {
  const outcome = runTrace(read(search));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.trace;
}

/** The course's neuron worked by hand: x = (1, 0.5), w = (0.5, −0.3), b = 0.1, t = 1, η = 0.5. */
const hand = (() => {
  const z = 0.5 * 1 + -0.3 * 0.5 + 0.1;
  const a = 1 / (1 + Math.exp(-z));
  const loss = (a - 1) ** 2;
  const dLda = 2 * (a - 1);
  const fPrime = a * (1 - a);
  const dLdz = dLda * fPrime;
  const dLdw = [dLdz * 1, dLdz * 0.5];
  const newWeights = [0.5 - 0.5 * (dLdw[0] ?? 0), -0.3 - 0.5 * (dLdw[1] ?? 0)];
  const newBias = 0.1 - 0.5 * dLdz;
  const z2 = (newWeights[0] ?? 0) * 1 + (newWeights[1] ?? 0) * 0.5 + newBias;
  const newLoss = (1 / (1 + Math.exp(-z2)) - 1) ** 2;
  return { z, a, loss, dLda, fPrime, dLdz, dLdw, newWeights, newBias, newLoss };
})();

describe('the trace the page shows', () => {
  it('matches a hand computation for the course sigmoid neuron', () => {
    const trace = traced('');
    const u = trace.layers[0]?.units[0];
    expect(u?.z).toBeCloseTo(0.45, 14);
    expect(u?.a).toBeCloseTo(hand.a, 14);
    expect(trace.loss).toBeCloseTo(hand.loss, 14);
    expect(u?.dLda).toBeCloseTo(hand.dLda, 14);
    expect(u?.fPrime).toBeCloseTo(hand.fPrime, 14);
    expect(u?.dLdz).toBeCloseTo(hand.dLdz, 14);
    expect(u?.dLdw[0]).toBeCloseTo(hand.dLdw[0] ?? NaN, 14);
    expect(u?.dLdw[1]).toBeCloseTo(hand.dLdw[1] ?? NaN, 14);
    expect(u?.newWeights[0]).toBeCloseTo(hand.newWeights[0] ?? NaN, 14);
    expect(u?.newBias).toBeCloseTo(hand.newBias, 14);
    expect(trace.newLoss).toBeCloseTo(hand.newLoss, 14);
    expect(trace.newLoss).toBeLessThan(trace.loss);
  });

  it('writes the hand-checkable numbers into each step formula', () => {
    const trace = traced('');
    const phases = trace.steps.map((s) => s.phase);
    expect(phases).toEqual(['forward', 'loss', 'backward', 'update', 'new-loss']);
    const tex = (i: number) => stepTex(trace, trace.steps[i]!, [1], 'mse', [1]).join('\n');
    expect(tex(0)).toContain(
      'z = w_{1} x_{1} + w_{2} x_{2} + b = 0.5 \\cdot 1 + (-0.3) \\cdot 0.5 + 0.1 = 0.45',
    );
    expect(tex(0)).toContain(`\\sigma(0.45) = ${texNumber(hand.a)}`);
    expect(texNumber(hand.a)).toBe('0.6106');
    expect(tex(1)).toContain(`= ${texNumber(hand.loss)}`);
    expect(tex(2)).toContain(`= ${texNumber(hand.dLda)}`);
    expect(tex(2)).toContain(
      `f'(z) = \\sigma(z)\\,(1 - \\sigma(z)) = 0.6106 \\cdot (1 - 0.6106) = ${texNumber(hand.fPrime)}`,
    );
    expect(tex(2)).toContain(
      `= (${texNumber(hand.dLda)}) \\cdot ${texNumber(hand.fPrime)} = ${texNumber(hand.dLdz)}`,
    );
    expect(tex(3)).toContain(`w_{1} \\leftarrow w_{1}`);
    expect(tex(3)).toContain(`= ${texNumber(hand.newWeights[0] ?? NaN)}`);
    expect(tex(4)).toContain(texNumber(hand.newLoss));
  });

  it('writes scientific numbers as powers of ten', () => {
    expect(texNumber(1.234e-7)).toBe('1.234\\times 10^{-7}');
    expect(texNumber(-2)).toBe('-2');
  });

  it("equals train's gradients for a deeper network", () => {
    const search = 'x=1,-2&t=0.3,0.8&h=3,2&act=tanh,relu,sigmoid';
    const state = read(search);
    expect(state.problems).toEqual([]);
    const trace = traced(search);
    const request = traceRequest(state);
    const reference = gradients(request.model, [request.input], [request.target], 'mse');
    expect(trace.loss).toBe(reference.loss);
    trace.layers.forEach((layer, l) =>
      layer.units.forEach((u, j) => {
        expect(u.dLdw).toEqual(reference.layers[l]?.weights[j]);
        expect(u.dLdb).toBe(reference.layers[l]?.biases[j]);
      }),
    );
    // Forward, backward and update visit each of the 7 units once; the loss comes before and after.
    expect(trace.steps).toHaveLength(3 * 7 + 2);
    for (const step of trace.steps)
      expect(stepTex(trace, step, [3, 2, 2], 'mse', [0.3, 0.8]).length).toBeGreaterThan(0);
  });

  it("equals train's gradients with binary cross-entropy, from the sigmoid output's logit", () => {
    const search = 'x=0.2,-1,3&t=0&h=2&act=tanh,sigmoid&loss=binary_cross_entropy';
    const state = read(search);
    const trace = traced(search);
    const request = traceRequest(state);
    const reference = gradients(request.model, [request.input], [request.target], state.loss);
    expect(trace.loss).toBe(reference.loss);
    expect(trace.layers[0]?.units[1]?.dLdw).toEqual(reference.layers[0]?.weights[1]);
    const a = trace.layers[1]?.units[0]?.a ?? NaN;
    expect(trace.loss).toBeCloseTo(-Math.log(1 - a), 12);
    const lossTex = stepTex(
      trace,
      trace.steps.find((s) => s.phase === 'loss')!,
      [2, 1],
      state.loss,
      [0],
    );
    expect(lossTex.join()).toContain(`= ${texNumber(trace.loss)}`);
  });

  it("shows ReLU's slope beside sigmoid's: about 4.2 times larger at z = 0.45", () => {
    const state = read('');
    const trace = traced('');
    const backward = trace.steps.find((s) => s.phase === 'backward')!;
    const c = compareWithRelu(state, trace, backward);
    expect(c?.current.fPrime).toBeCloseTo(hand.fPrime, 14);
    expect(c?.relu.fPrime).toBe(1);
    // With ReLU, a = z = 0.45 and dL/dz = 2 (0.45 − 1) · 1.
    expect(c?.relu.dLdz).toBeCloseTo(2 * (0.45 - 1), 14);
    expect(c?.slopeRatio).toBeCloseTo(1 / hand.fPrime, 12);
  });

  it('traces a typed formula layer as a hand computation does, its own derivative in the slope line', () => {
    // The course's neuron with f(x) = x·σ(x): f'(x) = σ(x) + x·σ(x)(1 − σ(x)), worked by hand.
    const trace = traced('act=formula:x * sigmoid(x)');
    const u = trace.layers[0]?.units[0];
    const s = 1 / (1 + Math.exp(-0.45));
    const fPrime = s + 0.45 * s * (1 - s);
    expect(u?.a).toBeCloseTo(0.45 * s, 14);
    expect(trace.loss).toBeCloseTo((0.45 * s - 1) ** 2, 14);
    expect(u?.fPrime).toBeCloseTo(fPrime, 14);
    expect(u?.dLdz).toBeCloseTo(2 * (0.45 * s - 1) * fPrime, 14);
    const backward = stepTex(trace, trace.steps[2]!, [1], 'mse', [1]);
    expect(backward).toContain("f'(x) = \\sigma(x) + x \\sigma(x) (1 - \\sigma(x))");
    expect(backward).toContain(
      `f'(z) = \\sigma(0.45) + 0.45 \\sigma(0.45) (1 - \\sigma(0.45)) = ${texNumber(fPrime)}`,
    );
    expect(stepTex(trace, trace.steps[0]!, [1], 'mse', [1]).join()).toContain('f(0.45)');
  });

  it("equals train's gradients with a formula holding commas beside a catalog layer", () => {
    const search = 'x=1,-2&t=0.3&h=2&act=formula:max(x, 0.1 * x),tanh';
    const state = read(search);
    expect(state.problems).toEqual([]);
    expect(state.activations).toEqual(['formula:max(x, 0.1 * x)', 'tanh']);
    const trace = traced(search);
    const request = traceRequest(state);
    const reference = gradients(request.model, [request.input], [request.target], 'mse');
    expect(trace.loss).toBe(reference.loss);
    trace.layers.forEach((layer, l) =>
      layer.units.forEach((u, j) => expect(u.dLdw).toEqual(reference.layers[l]?.weights[j])),
    );
  });

  it('refuses a patch the state or the engine cannot use', () => {
    const query = new URLSearchParams('');
    expect(patchRefusal(query, { w: '0.5,abc,0.1' })).toMatch(/weights/);
    expect(patchRefusal(query, { lr: '-1' })).toMatch(/learning rate/);
    expect(patchRefusal(query, { w: '1,2,3' })).toBeUndefined();
  });
});
