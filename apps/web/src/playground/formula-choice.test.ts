import { activation, customActivation } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { activationLabel, activationProblem, parseActivation } from './activation-choice.js';
import {
  STARTER_FORMULA,
  formulaProblem,
  parseFormulaToken,
  shortFormula,
  splitActivationList,
  starterFormula,
} from './formula-choice.js';

describe('the act list', () => {
  it('splits at commas outside brackets only', () => {
    expect(splitActivationList('relu, tanh')).toEqual(['relu', 'tanh']);
    expect(splitActivationList('formula:min(x, 0),relu')).toEqual(['formula:min(x, 0)', 'relu']);
    expect(
      splitActivationList(
        'formula:x * sigmoid(b * x); b = 1 in (0, 10],formula:where(x > 0, x, 0)',
      ),
    ).toEqual(['formula:x * sigmoid(b * x); b = 1 in (0, 10]', 'formula:where(x > 0, x, 0)']);
    expect(splitActivationList(',,relu,')).toEqual(['relu']);
    expect(splitActivationList(null)).toEqual([]);
  });
});

describe('formula tokens', () => {
  const declared = 'formula:x * sigmoid(beta * x); beta = 1.702 in (0, 10]';

  it('read the parameter suffix only where the formula declares the names', () => {
    expect(parseFormulaToken(`${declared}*beta*2`)).toEqual({ id: declared, params: { beta: 2 } });
    expect(parseFormulaToken(declared)).toEqual({ id: declared, params: {} });
    // Multiplication is not a parameter: x*a*2 declares nothing, so the stars stay in the formula.
    expect(parseFormulaToken('formula:x*2*3')).toEqual({ id: 'formula:x*2*3', params: {} });
    expect(parseFormulaToken('formula: x * tanh(softplus(x))')).toEqual({
      id: 'formula:x * tanh(softplus(x))',
      params: {},
    });
  });

  it('refuse a formula that does not parse, or a parameter it does not declare', () => {
    expect(parseFormulaToken('formula:x * sigmod(x)')).toBeUndefined();
    expect(parseFormulaToken('formula:x*beta*2')).toBeUndefined();
    expect(parseActivation('formula:x * (')).toBeUndefined();
  });
});

describe('validation of typed text', () => {
  it('names the unknown name, its place and the closest known one', () => {
    const problem = formulaProblem('x * sigmod(x)');
    expect(problem?.position).toBe(4);
    expect(problem?.end).toBe(10);
    expect(problem?.message).toMatch(/sigmod/);
    expect([problem?.message, ...(problem?.suggestions ?? [])].join(' ')).toMatch(/sigmoid/);
  });

  it('counts positions in the text as typed, leading spaces included', () => {
    expect(formulaProblem('   x * sigmod(x)')?.position).toBe(7);
  });

  it('points at a missing operand at the end', () => {
    const problem = formulaProblem('x * (');
    expect(problem?.position).toBe(5);
    expect(problem?.message.length).toBeGreaterThan(0);
  });

  it('asks for a formula when the field is empty, and accepts a valid one', () => {
    expect(formulaProblem('  ')?.message).toContain(STARTER_FORMULA);
    expect(formulaProblem('x * tanh(softplus(x))')).toBeNull();
    expect(formulaProblem(STARTER_FORMULA)).toBeNull();
  });

  it('refuses a parameter value outside the declared range, naming it', () => {
    const text = 'x * sigmoid(beta * x); beta = 1 in (0, 10]';
    expect(formulaProblem(text, { beta: 2 })).toBeNull();
    expect(formulaProblem(text, { beta: 0 })?.message).toMatch(/beta/);
    expect(activationProblem({ id: `formula:${text}`, params: { beta: 11 } })).toMatch(/beta/);
    expect(activationProblem({ id: `formula:${text}`, params: { beta: 5 } })).toBeNull();
  });
});

describe('the starting formula', () => {
  it('writes the layer’s catalog activation out, with its parameters, as the same function', () => {
    const text = starterFormula('leaky_relu', { alpha: 0.3 });
    expect(text).toBe('leaky_relu(x, alpha = 0.3)');
    // Leaky ReLU with slope 0.3 at x = -2 is -0.6, at 1.5 is 1.5.
    expect(customActivation(text).f(-2)).toBeCloseTo(-0.6, 15);
    expect(customActivation(text).f(1.5)).toBe(1.5);
    expect(starterFormula('tanh', {})).toBe('tanh(x)');
    expect(customActivation(starterFormula('tanh', {})).f(0.5)).toBe(Math.tanh(0.5));
  });

  it('keeps a formula and falls back to mish for a whole-vector activation', () => {
    expect(starterFormula('formula:min(x, 0)', {})).toBe('min(x, 0)');
    expect(starterFormula('softmax', {})).toBe(STARTER_FORMULA);
    // x tanh(softplus(x)) is mish: the catalog's value at 1.3 is the reference.
    expect(customActivation(STARTER_FORMULA).f(1.3)).toBeCloseTo(activation('mish').f(1.3), 14);
  });
});

describe('labels where space is short', () => {
  it('cut a formula to its expression, with an ellipsis past 14 characters', () => {
    expect(shortFormula('formula:min(x, 0)')).toBe('min(x, 0)');
    expect(shortFormula('formula:x * sigmoid(beta * x); beta = 1')).toBe('x * sigmoid(b…');
    expect(activationLabel('relu')).toBe('relu');
    expect(activationLabel('formula:abs(x)')).toBe('abs(x)');
  });
});
