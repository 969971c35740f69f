import { describe, expect, it } from 'vitest';
import { SCALAR_IDS, VECTOR_IDS, catalog } from './index.js';
import { ActlabError, activation, activationInfo, resolveActivationId } from './index.js';

/** Runs `fn` and returns the ActlabError it throws (fails the test if it throws anything else or nothing). */
function thrown(fn: () => unknown): ActlabError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ActlabError);
    return error as ActlabError;
  }
  throw new Error('expected an ActlabError');
}

describe('activation(id, params)', () => {
  it('builds every activation in the catalog with its default parameters', () => {
    for (const id of [...SCALAR_IDS, ...VECTOR_IDS]) {
      const act = activation(id);
      expect(act.id).toBe(id);
      expect(act.kind).toBe(activationInfo(id).kind);
      for (const spec of activationInfo(id).params)
        expect(act.params[spec.name]).toBe(spec.default);
      expect(Object.isFrozen(act)).toBe(true);
    }
  });

  it('resolves the aliases users type to canonical ids', () => {
    const aliases: Record<string, string> = {
      swish: 'silu',
      hard_swish: 'hard_silu',
      identity: 'linear',
      step: 'binary_step',
      heaviside: 'binary_step',
      logistic: 'sigmoid',
      leakyrelu: 'leaky_relu',
      'Leaky ReLU': 'leaky_relu',
      'hard-swish': 'hard_silu',
      LogSoftmax: 'log_softmax',
    };
    for (const [alias, id] of Object.entries(aliases)) expect(resolveActivationId(alias)).toBe(id);
    const swish = activation('swish');
    expect(swish.kind === 'scalar' && swish.f(1)).toBe(activation('silu').f(1));
  });

  it('runs the course example y = 2x + 3 as linear with slope 2 and intercept 3', () => {
    const line = activation('linear', { slope: 2, intercept: 3 });
    expect(line.f(1)).toBe(5);
    expect(line.df(1)).toBe(2);
  });

  it('rejects an unknown id with the closest ids as suggestions', () => {
    const error = thrown(() => activation('sigmod'));
    expect(error.code).toBe('UNKNOWN_ACTIVATION');
    expect(error.details.suggestions?.[0]).toBe('sigmoid');
    expect(error.message).toContain('did you mean sigmoid');
    expect(thrown(() => activation('lealy_relu')).details.suggestions).toContain('leaky_relu');
    expect(thrown(() => activation('qqqqqqqqqq')).details.suggestions).toEqual([]);
  });

  it('rejects unknown, non-numeric, non-finite and out-of-range parameters, naming the parameter and range', () => {
    const unknown = thrown(() => activation('relu', { alpha: 1 }));
    expect(unknown.code).toBe('INVALID_PARAMS');
    expect(unknown.message).toContain('relu has no parameter "alpha"');
    const range = thrown(() => activation('softplus', { beta: 0 }));
    expect(range.code).toBe('INVALID_PARAMS');
    expect(range.details).toEqual({ param: 'beta', range: '(0, Infinity)' });
    expect(range.message).toContain('beta must be a finite number in (0, Infinity), got 0');
    expect(thrown(() => activation('elu', { alpha: NaN })).details.param).toBe('alpha');
    expect(thrown(() => activation('elu', { alpha: '2' as unknown as number })).message).toContain(
      'got "2"',
    );
    expect(thrown(() => activation('leaky_relu', { alpha: Infinity })).code).toBe('INVALID_PARAMS');
    expect(thrown(() => activation('relu', [] as unknown as Record<string, number>)).code).toBe(
      'INVALID_PARAMS',
    );
  });

  it('checks parameters that constrain each other', () => {
    expect(thrown(() => activation('hard_tanh', { min_val: 1, max_val: 1 })).details.param).toBe(
      'min_val',
    );
    expect(thrown(() => activation('rrelu', { lower: 0.3, upper: 0.2 })).message).toContain(
      'lower must not exceed upper',
    );
    expect(activation('rrelu', { lower: 0.2, upper: 0.2 }).df(-1)).toBe(0.2);
  });

  it('uses the mean slope (lower + upper)/2 for rrelu, as PyTorch in evaluation mode', () => {
    expect(activation('rrelu').f(-1)).toBe(-(1 / 8 + 1 / 3) / 2);
  });
});

describe('bulk kernels', () => {
  it('write into out when given and return it', () => {
    const act = activation('tanh');
    const xs = new Float64Array([-1, 0, 1]);
    const out = new Float64Array(5).fill(7);
    expect(act.map(xs, out)).toBe(out);
    expect([...out]).toEqual([Math.tanh(-1), 0, Math.tanh(1), 7, 7]);
    expect(act.grad(xs, out)).toBe(out);
    expect(out[1]).toBe(1);
  });

  it('accept plain arrays and allocate a result when no out is given', () => {
    const y = activation('relu').map([-2, 3]);
    expect(y).toBeInstanceOf(Float64Array);
    expect([...y]).toEqual([0, 3]);
  });

  it('agree with f and df bit for bit, on finite inputs and with infinities and NaN mixed in', () => {
    const finite = Float64Array.from({ length: 4001 }, (_, i) => -20 + i / 100);
    const mixed = Float64Array.from([...finite.slice(0, 50), Infinity, -Infinity, NaN, 1e300]);
    for (const id of SCALAR_IDS) {
      const act = activation(id);
      for (const xs of [finite, mixed]) {
        const ys = act.map(xs);
        const ds = act.grad(xs);
        // Collected rather than asserted one by one: 260,000 expect calls would dominate the run.
        const mismatches = [...xs].filter(
          (x, i) => !Object.is(ys[i], act.f(x)) || !Object.is(ds[i], act.df(x)),
        );
        expect(mismatches, `${id}: map or grad differs from f or df`).toEqual([]);
      }
    }
  });

  it('reject an out buffer that is too short', () => {
    const error = thrown(() => activation('relu').map([1, 2, 3], new Float64Array(2)));
    expect(error.code).toBe('SHAPE_MISMATCH');
    expect(error.message).toContain('out has 2 elements but the input has 3');
  });
});

describe('vector shapes', () => {
  it('glu rejects odd lengths and vjp rejects a v of the wrong length', () => {
    expect(thrown(() => activation('glu').f([1, 2, 3])).code).toBe('SHAPE_MISMATCH');
    expect(thrown(() => activation('softmax').vjp([1, 2], [1])).code).toBe('SHAPE_MISMATCH');
    expect(thrown(() => activation('glu').vjp([1, 2, 3, 4], [1, 2, 3])).code).toBe(
      'SHAPE_MISMATCH',
    );
  });

  it('glu has a Jacobian with n/2 rows and n columns', () => {
    const jac = activation('glu').jacobian([1, 2, 3, -4]);
    expect(jac.length).toBe(2);
    expect(jac[0]?.length).toBe(4);
  });
});

describe('catalog', () => {
  it('is plain serializable data: JSON keeps everything but the infinite range ends', () => {
    const json = JSON.parse(JSON.stringify(catalog)) as unknown[];
    expect(json.length).toBe(38);
    const kinds = new Set<string>();
    const walk = (value: unknown): void => {
      kinds.add(typeof value);
      if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(catalog);
    expect([...kinds].sort()).toEqual(['boolean', 'number', 'object', 'string']);
  });

  it('lists the kinks each activation reports at its defaults', () => {
    for (const id of SCALAR_IDS) expect(activation(id).kinks, id).toEqual(activationInfo(id).kinks);
  });
});

describe('the course notes’ names', () => {
  it('"threshold function" and threshold_function find the binary step, not the thresholded ReLU', () => {
    expect(resolveActivationId('threshold function')).toBe('binary_step');
    expect(resolveActivationId('threshold_function')).toBe('binary_step');
    expect(resolveActivationId('threshold')).toBe('threshold');
    expect(activationInfo('threshold').note).toContain('binary_step');
  });
});
