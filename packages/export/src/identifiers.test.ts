/**
 * Names and literals of the generated code. Python number literals are checked by Python itself:
 * each must read back as exactly the double it was written from.
 */
import { describe, expect, it } from 'vitest';
import { camelCase, identifierPicker, jsNumber, pascalCase, pythonNumber } from './identifiers.js';
import { nextDouble } from './test/cases.js';
import { pythonFloat, pythonWithNumpy, runPythonScript } from './test/python.js';

/** Doubles of every kind: integers, fractions, the extremes, subnormals, negative zero. */
const DOUBLES = [
  0,
  -0,
  1,
  -3,
  2 ** 53,
  2 ** 53 + 2,
  1e21,
  1e22,
  0.1,
  1 / 3,
  -2.5e-7,
  1.702,
  1e-300,
  5e-324,
  Number.MAX_VALUE,
  -Number.MIN_VALUE,
  nextDouble(1, true),
  nextDouble(0.1, false),
  Math.PI,
  ...Array.from({ length: 40 }, (_, i) => Math.sin(i + 1) * 10 ** ((i % 13) - 6)),
];

describe('number literals', () => {
  it('writes integers as Python floats and keeps the sign of zero', () => {
    expect(pythonNumber(2)).toBe('2.0');
    expect(pythonNumber(-0)).toBe('-0.0');
    expect(pythonNumber(0.5)).toBe('0.5');
    expect(pythonNumber(1e21)).toBe('1e+21');
    expect(pythonNumber(Infinity)).toBe('float("inf")');
    expect(jsNumber(-0)).toBe('-0');
  });

  it('reads back in Python as exactly the same doubles', () => {
    const code = [
      'def literals(x):',
      `    return np.array([${DOUBLES.map(pythonNumber).join(', ')}], dtype=np.float64)`,
    ].join('\n');
    const case_ = {
      name: 'literals',
      imports: ['import numpy as np'],
      code,
      function: 'literals',
      x: [0],
    };
    const [result] = runPythonScript(pythonWithNumpy(), 'evaluate.py', [case_]) as {
      values?: string[];
      error?: string;
    }[];
    expect(result?.error).toBeUndefined();
    const back = (result?.values ?? []).map(pythonFloat);
    expect(back.map((v, i) => Object.is(v, DOUBLES[i]))).toEqual(DOUBLES.map(() => true));
  });
});

describe('identifiers', () => {
  it('converts snake_case', () => {
    expect(camelCase('log_softmax')).toBe('logSoftmax');
    expect(camelCase('min_val')).toBe('minVal');
    expect(pascalCase('gelu_tanh')).toBe('GeluTanh');
    expect(pascalCase('relu6')).toBe('Relu6');
  });

  it('renames keywords, module names and reserved helpers, consistently', () => {
    const python = identifierPicker('python', ['sigmoid']);
    expect(python('lambda')).toBe('lambda_');
    expect(python('np')).toBe('np_');
    expect(python('sigmoid')).toBe('sigmoid_');
    expect(python('beta')).toBe('beta');
    expect(python('lambda')).toBe('lambda_');
    const js = identifierPicker('javascript', []);
    expect(js('new')).toBe('new_');
    expect(js('tf')).toBe('tf_');
    expect(js('lambda')).toBe('lambda');
  });

  it('never gives two names the same identifier', () => {
    const pick = identifierPicker('python', []);
    expect(pick('np_')).toBe('np_');
    expect(pick('np')).toBe('np__');
  });
});
