import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParamSpec } from './index.js';
import {
  ActlabError,
  SCALAR_IDS,
  VECTOR_IDS,
  activation,
  activationInfo,
  catalog,
  closestNames,
  paramProblems,
  suggestIds,
} from './index.js';

/** What `fn` throws (undefined when it returns). */
function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('paramProblems(id, params)', () => {
  it('is empty for every activation at its defaults and for valid values', () => {
    for (const id of [...SCALAR_IDS, ...VECTOR_IDS]) expect(paramProblems(id), id).toEqual([]);
    expect(paramProblems('leaky_relu', { alpha: 0.2 })).toEqual([]);
    expect(paramProblems('Leaky ReLU', { alpha: 0 })).toEqual([]);
    expect(paramProblems('hard_tanh', { min_val: -2, max_val: 3 })).toEqual([]);
  });

  it('names the parameter, the value, the valid range and the message of a value out of range', () => {
    expect(paramProblems('softplus', { beta: 0 })).toEqual([
      {
        kind: 'out-of-range',
        param: 'beta',
        value: 0,
        range: { min: 0, max: Infinity, minInclusive: false, maxInclusive: false },
        message: 'softplus: parameter beta must be a finite number in (0, Infinity), got 0',
      },
    ]);
    const [nan] = paramProblems('elu', { alpha: NaN });
    expect(nan?.kind).toBe('out-of-range');
    expect(nan?.value).toBeNaN();
    expect(paramProblems('elu', { alpha: '2' as unknown as number })[0]?.message).toContain(
      'got "2"',
    );
  });

  it('lists every problem at once: unknown names first, then parameters in catalog order', () => {
    const problems = paramProblems('hard_tanh', { max_val: NaN, gamma: 1, min_val: Infinity });
    expect(problems.map((p) => [p.kind, p.param])).toEqual([
      ['unknown-param', 'gamma'],
      ['out-of-range', 'min_val'],
      ['out-of-range', 'max_val'],
    ]);
    expect(problems[0]?.message).toBe(
      'hard_tanh has no parameter "gamma": its parameters are min_val, max_val',
    );
    expect(paramProblems('relu', { alpha: 1 })[0]?.message).toBe(
      'relu has no parameter "alpha": it takes no parameters',
    );
  });

  it('checks parameters that constrain each other once each is valid on its own', () => {
    expect(paramProblems('hard_tanh', { min_val: 1, max_val: 1 })).toEqual([
      {
        kind: 'conflict',
        param: 'min_val',
        value: 1,
        message: 'hard_tanh: min_val must be less than max_val',
      },
    ]);
    // The default max_val (1) clashes with a given min_val: the problem names min_val.
    expect(paramProblems('hard_tanh', { min_val: 2 })[0]?.kind).toBe('conflict');
    expect(paramProblems('rrelu', { lower: 0.3, upper: 0.2 })[0]?.message).toBe(
      'rrelu: lower must not exceed upper',
    );
    expect(paramProblems('rrelu', { lower: 0.2, upper: 0.2 })).toEqual([]);
  });

  it('reports an unknown id, with suggestions, as the only problem', () => {
    const [problem, ...rest] = paramProblems('sigmod', { beta: -1 });
    expect(rest).toEqual([]);
    expect(problem?.kind).toBe('unknown-activation');
    expect(problem?.value).toBe('sigmod');
    expect(problem?.suggestions?.[0]).toBe('sigmoid');
    expect(problem?.message).toContain('did you mean sigmoid');
    expect(paramProblems(42 as unknown as string)[0]?.message).toBe(
      'an activation id must be a string, got number',
    );
  });

  it('reports a params value that is not an object', () => {
    expect(paramProblems('relu', [] as unknown as Record<string, number>)).toEqual([
      { kind: 'not-an-object', value: [], message: 'params for relu must be an object of numbers' },
    ]);
  });
});

describe('suggestIds(name, limit)', () => {
  it('ranks canonical ids by closeness, each once, best first', () => {
    expect(suggestIds('sigmod')[0]).toBe('sigmoid');
    expect(suggestIds('lealy_relu')).toContain('leaky_relu');
    // "swish" is an alias of silu: suggestions are canonical ids.
    expect(suggestIds('swissh')).toContain('silu');
    expect(suggestIds('qqqqqqqqqq')).toEqual([]);
    expect(suggestIds('relu', 1)).toEqual(['relu']);
    const many = suggestIds('relu', 8);
    expect(many.length).toBeGreaterThan(3);
    expect(new Set(many).size).toBe(many.length);
  });

  it('gives the suggestions that activation() puts in its UNKNOWN_ACTIVATION error', () => {
    for (const name of ['sigmod', 'tanhh', 'gelu_tanhh', 'Relu-7', 'sof', 'x', 'hardswish2']) {
      const error = thrownBy(() => activation(name)) as ActlabError;
      expect(error.code, name).toBe('UNKNOWN_ACTIVATION');
      expect(error.details.suggestions, name).toEqual(suggestIds(name));
    }
  });

  it('keeps the ranking the error used before it existed: 6 closest names, 3 distinct ids', () => {
    // The ranking as the registry wrote it out, rebuilt here from the public catalog.
    const owner = new Map(
      catalog.flatMap((c) => [c.id, ...c.aliases].map((a) => [a.toLowerCase(), c.id] as const)),
    );
    const legacy = (name: string): string[] => {
      const key = name
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_');
      const near = closestNames(key, [...owner.keys()], 6);
      return [...new Set(near.map((a) => owner.get(a) as string))].slice(0, 3);
    };
    for (const name of ['sigmod', 'lealy relu', 'hard-swsh', 'softmx', 'elu2', 'tan', 'qq']) {
      expect(suggestIds(name), name).toEqual(legacy(name));
    }
  });
});

/** A value a person or a client might send for a parameter, valid or not. */
function arbitraryValue(spec: ParamSpec | undefined): fc.Arbitrary<unknown> {
  const near = spec
    ? [spec.min, spec.max, spec.default].filter(Number.isFinite).map((v) => fc.constant(v))
    : [];
  return fc.oneof(
    fc.double(),
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.constantFrom(0, 1, -1, Infinity, -Infinity, NaN, '1', null),
    ...near,
  );
}

describe('the throwing and the non-throwing paths', () => {
  const names = [...SCALAR_IDS, ...VECTOR_IDS, 'swish', 'Leaky ReLU', 'sigmod', 'nope'];
  const input = fc.constantFrom(...names).chain((name) => {
    const specs = catalog.find((c) => c.id === name)?.params ?? [];
    const keys = [...specs.map((s) => s.name), 'alpha', 'bogus'];
    const params = fc.dictionary(fc.constantFrom(...keys), arbitraryValue(specs[0]), {
      maxKeys: 3,
    });
    return fc.tuple(fc.constant(name), params);
  });

  it('agree for random ids and params: activation() throws exactly the first problem', () => {
    fc.assert(
      fc.property(input, ([name, params]) => {
        const problems = paramProblems(name, params as Record<string, number>);
        const error = thrownBy(() => activation(name, params as Record<string, number>));
        if (problems.length === 0) {
          expect(error).toBeUndefined();
          return;
        }
        expect(error).toBeInstanceOf(ActlabError);
        const first = problems[0];
        const e = error as ActlabError;
        expect(e.message).toBe(first?.message);
        expect(e.code).toBe(
          first?.kind === 'unknown-activation' ? 'UNKNOWN_ACTIVATION' : 'INVALID_PARAMS',
        );
        if (first?.param !== undefined) expect(e.details.param).toBe(first.param);
      }),
      { numRuns: 2000, seed: 20240611 },
    );
  });

  it('find a one-parameter value valid exactly when it lies in the catalog range', () => {
    // The range test is written out here from the spec, independently of core's inRange.
    const single = catalog.filter((c) => c.params.length === 1);
    fc.assert(
      fc.property(fc.constantFrom(...single), fc.double(), (info, value) => {
        const spec = info.params[0] as ParamSpec;
        const inside =
          Number.isFinite(value) &&
          (spec.minInclusive ? value >= spec.min : value > spec.min) &&
          (spec.maxInclusive ? value <= spec.max : value < spec.max);
        const problems = paramProblems(info.id, { [spec.name]: value });
        expect(problems.length === 0).toBe(inside);
        if (!inside) expect(problems[0]?.param).toBe(spec.name);
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(activationInfo('softplus').params[0]?.name).toBe('beta');
  });
});
