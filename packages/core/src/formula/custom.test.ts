/**
 * Typed formulas through the public registry: `formula:` ids wherever an id goes, parameter
 * problems as data, catalog-style entries, and properties estimated by sampling, checked against
 * the catalog's hand-written metadata for every scalar catalog function typed as a formula.
 */
import { describe, expect, it } from 'vitest';
import { SCALAR_IDS } from '../activation.js';
import { isActlabError } from '../errors.js';
import { activation, activationInfo, isScalarId, paramProblems } from '../registry.js';
import { customActivation, describeFormula, isFormulaId } from './custom.js';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('formula ids', () => {
  it('are recognised by their prefix, in any case and after spaces', () => {
    expect(isFormulaId('formula: x')).toBe(true);
    expect(isFormulaId('  Formula:x')).toBe(true);
    expect(isFormulaId('relu')).toBe(false);
    expect(isFormulaId(3)).toBe(false);
  });

  it('build the same activation through activation() and customActivation()', () => {
    const a = activation('formula:  x*tanh( softplus(x) )');
    const b = customActivation('x * tanh(softplus(x))');
    expect(a.id).toBe('formula:x * tanh(softplus(x))');
    expect(b.id).toBe(a.id);
    const mish = activation('mish');
    for (const x of [-3, -0.5, 0, 0.7, 4]) {
      expect(a.f(x)).toBe(b.f(x));
      expect(a.f(x)).toBeCloseTo(mish.f(x), 14);
      expect(a.df(x)).toBeCloseTo(mish.df(x), 14);
    }
  });

  it('fill in declared defaults and validate given values against the declared range', () => {
    const text = 'formula: x * sigmoid(beta * x); beta = 1.702 in (0, 10]';
    expect(activation(text).params).toEqual({ beta: 1.702 });
    expect(activation(text, { beta: 2 }).f(1)).toBeCloseTo(
      activation('silu', { beta: 2 }).f(1),
      15,
    );
    const error = thrown(() => activation(text, { beta: 0 }));
    expect(isActlabError(error, 'INVALID_PARAMS')).toBe(true);
    expect((error as Error).message).toMatch(/beta.*\(0, 10\]/);
    const [unknown] = paramProblems(text, { gamma: 1 });
    expect(unknown?.kind).toBe('unknown-param');
    expect(paramProblems(text, { beta: 3 })).toEqual([]);
  });

  it('report a formula that does not parse as one problem with its position', () => {
    const [problem] = paramProblems('formula: x * sigmod(x)');
    expect(problem?.kind).toBe('invalid-formula');
    expect(problem?.suggestions).toContain('sigmoid');
    expect(problem?.formula?.position).toBe('formula: x * '.length);
    const error = thrown(() => activation('formula: x * sigmod(x)'));
    expect(isActlabError(error, 'INVALID_FORMULA')).toBe(true);
    expect((error as { details: { position: number } }).details.position).toBe(13);
    expect(isScalarId('formula: x * sigmod(x)')).toBe(false);
    expect(isScalarId('formula: x * sigmoid(x)')).toBe(true);
  });

  it('compute the symbolic derivative only when it is read', () => {
    const act = customActivation('x * sigmoid(x)');
    expect(act.derivativeText).toBe('sigmoid(x) + x * sigmoid(x) * (1 - sigmoid(x))');
    expect(act.derivativeLatex).toContain('\\sigma(x)');
    expect(Object.isFrozen(act)).toBe(true);
  });
});

describe('activationInfo of a formula', () => {
  it('is a catalog-style entry with the LaTeX, params and an estimate note', () => {
    const info = activationInfo('formula: where(x > T, x, 0); T = 1 in [-5, 5]');
    expect(info.id).toBe('formula:where(x > T, x, 0); T = 1 in [-5, 5]');
    expect(info.kind).toBe('scalar');
    expect(info.params.map((p) => [p.name, p.default, p.min, p.max])).toEqual([['T', 1, -5, 5]]);
    expect(info.formula.startsWith('f(x) = ')).toBe(true);
    expect(info.derivative.startsWith("f'(x) = ")).toBe(true);
    expect(info.kinks).toEqual([{ x: 1, derivative: 0 }]);
    expect(info.note).toMatch(/estimated/);
    expect(info.usefulGradient).toBe(true);
    expect(activationInfo('formula: where(x >= 0, 1, 0)').usefulGradient).toBe(false);
  });
});

describe('estimated properties', () => {
  // Every scalar catalog function typed as a formula: the estimates must match the catalog's
  // hand-written properties, an independent source.
  it.each(SCALAR_IDS)('%s(x) as the catalog says', (id) => {
    const estimated = describeFormula(`${id}(x)`).properties;
    const { properties } = activationInfo(id);
    expect({
      monotonic: estimated.monotonic,
      bounded: estimated.bounded,
      zeroCentred: estimated.zeroCentred,
      smooth: estimated.smooth,
      saturating: estimated.saturating,
      sparse: estimated.sparse,
    }).toEqual(properties);
  });

  it('estimate the range with attained and approached ends', () => {
    const sigmoid = describeFormula('1 / (1 + exp(-x))').properties;
    expect(sigmoid.estimated).toBe(true);
    expect(sigmoid.range).toEqual({ min: 0, max: 1, minInclusive: false, maxInclusive: false });
    const square = describeFormula('x^2').properties.range;
    expect(square).toEqual({ min: 0, max: Infinity, minInclusive: true, maxInclusive: false });
  });

  it('find where the gradient vanishes', () => {
    const { intervals, below } = describeFormula('tanh(x)').properties.smallGradient;
    expect(below).toBe(0.05);
    // |tanh'(x)| = 1 - tanh(x)^2 < 0.05 beyond atanh(sqrt(0.95)) = 2.178...
    const edge = Math.atanh(Math.sqrt(0.95));
    expect(intervals).toHaveLength(2);
    expect(intervals[0]?.to).toBeCloseTo(-edge, 8);
    expect(intervals[1]?.from).toBeCloseTo(edge, 8);
  });
});
