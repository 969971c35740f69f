/**
 * The Backprop screen's state: stepping stays within the trace, switching to relu keeps the step,
 * and the numbers shown are the engine's for the course neuron, which are checked against a hand
 * computation here (z = 0.3, a = sigmoid(0.3), mse against 1).
 */
import { describe, expect, it } from 'vitest';
import type { BackpropAction, BackpropState } from './backprop.js';
import {
  backpropReducer,
  comparison,
  courseTrace,
  currentStep,
  currentUnit,
  initialBackprop,
  revealed,
  shownTrace,
  unitRows,
} from './backprop.js';

function after(...actions: BackpropAction[]): BackpropState {
  return actions.reduce(backpropReducer, initialBackprop());
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('the Backprop state', () => {
  it('starts on the sigmoid neuron at its first step, the forward pass of its unit', () => {
    const s = initialBackprop();
    expect(s.activation).toBe('sigmoid');
    expect(s.step).toBe(0);
    expect(currentStep(s).phase).toBe('forward');
    expect(currentUnit(s).z).toBeCloseTo(0.3, 15);
    expect(currentUnit(s).a).toBeCloseTo(sigmoid(0.3), 15);
    expect(revealed(s, 'forward')).toBe(true);
    expect(revealed(s, 'loss')).toBe(false);
  });

  it('steps forward and back within the first and the last step', () => {
    const count = shownTrace(initialBackprop()).steps.length;
    expect(after({ type: 'step', by: -1 }).step).toBe(0);
    expect(after({ type: 'step', by: 1 }).step).toBe(1);
    expect(after({ type: 'step', by: 100 }).step).toBe(count - 1);
    expect(after({ type: 'last' }, { type: 'step', by: 1 }).step).toBe(count - 1);
    expect(after({ type: 'last' }, { type: 'first' }).step).toBe(0);
    const end = after({ type: 'last' });
    expect(currentStep(end).phase).toBe('new-loss');
    expect(
      ['forward', 'loss', 'backward', 'update', 'new-loss'].every((p) => revealed(end, p as never)),
    ).toBe(true);
    // A step that changes nothing keeps the same state object (no re-render).
    const start = initialBackprop();
    expect(backpropReducer(start, { type: 'step', by: -1 })).toBe(start);
  });

  it("switches to relu and back at the same step, for comparing f'(z)", () => {
    const s = after({ type: 'step', by: 2 }, { type: 'switch-activation' });
    expect(s.activation).toBe('relu');
    expect(s.step).toBe(2);
    expect(shownTrace(s)).toEqual(courseTrace('relu'));
    expect(after({ type: 'switch-activation' }, { type: 'switch-activation' }).activation).toBe(
      'sigmoid',
    );
    const [sig, relu] = comparison(s);
    const a = sigmoid(0.3);
    expect(sig?.fPrime).toBeCloseTo(a * (1 - a), 15);
    expect(relu?.fPrime).toBe(1);
    expect(sig?.dLdz).toBeCloseTo(2 * (a - 1) * a * (1 - a), 15);
    expect(relu?.dLdz).toBeCloseTo(2 * (0.3 - 1), 15);
  });

  it("lists the unit's numbers in the order the step computes them", () => {
    const rows = unitRows(initialBackprop());
    expect(rows.map((r) => r.phase)).toEqual([
      'forward',
      'forward',
      'loss',
      'backward',
      'backward',
      'backward',
      'backward',
      'backward',
      'update',
      'update',
      'new-loss',
    ]);
    const a = sigmoid(0.3);
    const dLdz = 2 * (a - 1) * a * (1 - a);
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, r.values]));
    expect(byLabel['loss L']?.[0]).toBeCloseTo((a - 1) ** 2, 15);
    expect(byLabel['dL/dw = dL/dz · x']?.[1]).toBeCloseTo(dLdz * 0.5, 15);
    expect(byLabel['new w = w - lr · dL/dw']?.[0]).toBeCloseTo(0.3 - 0.5 * dLdz, 15);
    expect(byLabel['new b = b - lr · dL/db']?.[0]).toBeCloseTo(0.1 - 0.5 * dLdz, 15);
  });
});
