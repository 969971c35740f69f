import { describe, expect, it } from 'vitest';
import { activationPatch, readNeuronState, replaced, vectorsPatch } from './neuron-state.js';

const read = (search: string) => readNeuronState(new URLSearchParams(search));

describe('the neuron URL', () => {
  it('defaults to a step neuron with three inputs that fires', () => {
    const s = read('');
    expect(s.fn).toBe('binary_step');
    expect(s.inputs).toEqual([1, 0.5, -1]);
    expect(s.weights).toEqual([0.6, 0.4, 0.2]);
    expect(s.bias).toBe(-0.1);
    expect(s.params).toEqual({ threshold: 0 });
    expect(s.problems).toEqual([]);
  });

  it('reads inputs, weights, bias, activation and its parameters', () => {
    const s = read('x=1,2&w=-1,0.5&b=0.3&fn=squareplus&p.b=2');
    expect(s.inputs).toEqual([1, 2]);
    expect(s.weights).toEqual([-1, 0.5]);
    expect(s.bias).toBe(0.3);
    expect(s.fn).toBe('squareplus');
    expect(s.params).toEqual({ b: 2 });
  });

  it('falls back and says so for unusable values', () => {
    expect(read('x=1,2&w=1').problems[0]).toMatch(/inputs and weights/);
    expect(read('x=1,2,3,4,5,6&w=1,1,1,1,1,1').inputs).toEqual([1, 0.5, -1]);
    expect(read('b=99').bias).toBe(99);
    expect(read('b=9999').bias).toBe(-0.1);
    expect(read('fn=nope').fn).toBe('binary_step');
    expect(read('fn=nope').problems[0]).toMatch(/no activation "nope"/);
    const bad = read('fn=leaky_relu&p.alpha=-1');
    expect(bad.params).toEqual({ alpha: 0.01 });
    expect(bad.problems[0]).toMatch(/alpha/);
  });

  it('writes inputs and weights together and drops old parameters on a switch', () => {
    expect(vectorsPatch([1, -0.5], [2, 0])).toEqual({ x: '1,-0.5', w: '2,0' });
    expect(activationPatch('binary_step', 'relu')).toEqual({ fn: 'relu', 'p.threshold': null });
    expect(replaced([1, 2, 3], 1, 9)).toEqual([1, 9, 3]);
  });
});
