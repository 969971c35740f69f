import { ActlabError, parseFormula } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { formulaCost, formulaWork, readingFormula, readingFormulaField } from './formula-input.js';
import { ApiError } from './problem.js';

/** The ApiError `fn` throws. */
function thrown(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('nothing thrown');
}

describe('readingFormulaField', () => {
  it('hands core the formula prefixed once, whether the client sent the prefix or not', () => {
    expect(readingFormulaField('x * sigmoid(x)', (name) => name)).toBe('formula:x * sigmoid(x)');
    expect(readingFormulaField(' Formula : x', (name) => name)).toBe(' Formula : x');
  });

  it('names the formula field and counts the position in the string sent, prefix or not', () => {
    for (const sent of ['x + foo(x)', 'formula: x + foo(x)', '  FORMULA  :x + foo(x)']) {
      const error = thrown(() => readingFormulaField(sent, (name) => parseFormula(name)));
      expect(error.statusCode).toBe(422);
      expect(error.code).toBe('INVALID_FORMULA');
      expect(error.field).toBe('formula');
      const { position, end } = error.extensions;
      expect(sent.slice(position, end)).toBe('foo');
    }
  });
});

describe('readingFormula', () => {
  it('names the field and keeps the position core counted in the name', () => {
    const name = 'formula: x + foo(x)';
    const error = thrown(() => readingFormula('activation[2]', () => parseFormula(name)));
    expect(error.field).toBe('activation[2]');
    expect(name.slice(error.extensions.position, error.extensions.end)).toBe('foo');
    expect(error.message).toMatch(/^activation\[2\]: /);
  });

  it('lets other errors and results through', () => {
    expect(readingFormula('f', () => 7)).toBe(7);
    const other = new ActlabError('INVALID_PARAMS', 'bad', { param: 'beta' });
    expect(() =>
      readingFormula('f', () => {
        throw other;
      }),
    ).toThrow(other);
  });
});

describe('formulaCost', () => {
  const cost = (text: string) => formulaCost(parseFormula(text).tree);

  it('grows linearly with the number of terms', () => {
    const terms = (n: number) => cost(Array.from({ length: n }, () => 'tanh(x)').join(' + '));
    const step = terms(2) - terms(1);
    expect(step).toBeGreaterThan(0);
    expect(terms(10) - terms(9)).toBe(step);
    expect(terms(10)).toBe(terms(1) + 9 * step);
  });

  it('weighs a function call above arithmetic, and a catalog activation above both', () => {
    expect(cost('exp(x)')).toBeGreaterThan(cost('-x'));
    expect(cost('sigmoid(x)')).toBeGreaterThan(cost('exp(x)'));
  });
});

describe('formulaWork', () => {
  it('counts units x cost of the formulas only', () => {
    const formula = 'formula: x * sigmoid(x)';
    const one = formulaWork([{ field: 'a', name: formula, units: 1 }]);
    expect(one).toBe(cost('x * sigmoid(x)'));
    expect(
      formulaWork([
        { field: 'a', name: formula, units: 3 },
        { field: 'b', name: 'relu', units: 100 },
      ]),
    ).toBe(3 * one);
  });

  function cost(text: string): number {
    return formulaCost(parseFormula(text).tree);
  }
});
