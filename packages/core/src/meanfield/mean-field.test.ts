import { describe, expect, it } from 'vitest';
import { SCALAR_IDS } from '../activation.js';
import { activation } from '../registry.js';
import { gainRow, relativeError } from '../../test/gains-table.js';
import { meanField, predictDepth } from './mean-field.js';

const relu = activation('relu');
const linear = activation('linear');
const tanh = activation('tanh');

describe('meanField', () => {
  it('relu: next(q) = sigma_w^2 q / 2 + sigma_b^2 and chi = sigma_w^2 / 2 at every q', () => {
    const field = meanField(relu, { weightVariance: 1.7, biasVariance: 0.3 });
    for (const q of [0, 1e-6, 0.5, 1, 3, 250]) {
      expect(relativeError(field.next(q), (1.7 * q) / 2 + 0.3)).toBeLessThan(1e-14);
      expect(relativeError(field.chi(q), 1.7 / 2)).toBeLessThan(1e-14);
    }
  });

  it('linear: next(q) = sigma_w^2 q + sigma_b^2 and chi = sigma_w^2', () => {
    const field = meanField(linear, { weightVariance: 0.8, biasVariance: 0.1 });
    for (const q of [0.2, 1, 9]) {
      expect(relativeError(field.next(q), 0.8 * q + 0.1)).toBeLessThan(1e-14);
      expect(relativeError(field.chi(q), 0.8)).toBeLessThan(1e-14);
    }
  });

  // Every catalog activation at q = 1/4, 1, 4 against mpmath; kinked and jumping ones included.
  it.each(SCALAR_IDS)('%s: next and chi match the mpmath moments', (id) => {
    const field = meanField(activation(id), { weightVariance: 1, biasVariance: 0 });
    for (const m of gainRow(id).moments) {
      expect(relativeError(field.next(m.q), Number(m.m2)), `m2 at q=${m.q}`).toBeLessThan(1e-13);
      const d2 = Number(m.d2);
      const chi = field.chi(m.q);
      expect(d2 === 0 ? chi : relativeError(chi, d2), `d2 at q=${m.q}`).toBeLessThan(1e-13);
    }
  });

  it('relu at sigma_w^2 = 2 without bias sits on the edge of chaos at q* = 1', () => {
    const fixed = meanField(relu, { weightVariance: 2, biasVariance: 0 }).fixedPoint();
    expect(fixed?.phase).toBe('edge');
    expect(fixed?.q).toBeCloseTo(1, 12);
  });

  it('relu with sigma_w^2 < 2 and no bias decays to q* = 0, ordered', () => {
    const fixed = meanField(relu, { weightVariance: 1, biasVariance: 0 }).fixedPoint();
    expect(fixed).toEqual({ q: 0, chi: expect.closeTo(0.5, 14) as number, phase: 'ordered' });
  });

  it('relu with a bias settles where q = sigma_w^2 q / 2 + sigma_b^2', () => {
    const fixed = meanField(relu, { weightVariance: 1, biasVariance: 0.05 }).fixedPoint();
    expect(relativeError(fixed?.q ?? Number.NaN, 0.1)).toBeLessThan(1e-11);
  });

  it('tanh: q* = 0 on the edge at sigma_w^2 = 1, chaotic at sigma_w^2 = 4', () => {
    expect(meanField(tanh, { weightVariance: 1, biasVariance: 0 }).fixedPoint()?.phase).toBe(
      'edge',
    );
    const field = meanField(tanh, { weightVariance: 4, biasVariance: 0 });
    const fixed = field.fixedPoint();
    expect(fixed?.phase).toBe('chaotic');
    const q = fixed?.q ?? Number.NaN;
    expect(q).toBeGreaterThan(0.5);
    expect(relativeError(field.next(q), q)).toBeLessThan(1e-12);
  });

  it('returns undefined when the variance grows without bound', () => {
    expect(
      meanField(linear, { weightVariance: 1.5, biasVariance: 0 }).fixedPoint(),
    ).toBeUndefined();
    expect(
      meanField(linear, { weightVariance: 1, biasVariance: 0.1 }).fixedPoint(),
    ).toBeUndefined();
  });

  it.each([
    { weightVariance: -1, biasVariance: 0 },
    { weightVariance: 1, biasVariance: Number.NaN },
    { weightVariance: Infinity, biasVariance: 0 },
  ])('rejects %o with INVALID_ARGUMENT', (init) => {
    expect(() => meanField(relu, init)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }) as Error,
    );
  });
});

describe('predictDepth', () => {
  it('linear: q_l = a^l q0 + b (a^l - 1) / (a - 1) and gradient[l] = a^(L - 1 - l)', () => {
    const a = 1.5;
    const b = 0.2;
    const { forward, gradient } = predictDepth(linear, {
      weightVariance: a,
      biasVariance: b,
      depth: 6,
      q0: 0.7,
    });
    expect(forward).toHaveLength(6);
    expect(gradient).toHaveLength(6);
    forward.forEach((q, l) => {
      expect(relativeError(q, a ** l * 0.7 + (b * (a ** l - 1)) / (a - 1))).toBeLessThan(1e-14);
    });
    gradient.forEach((g, l) => {
      expect(relativeError(g, a ** (5 - l))).toBeLessThan(1e-14);
    });
  });

  it('relu: the first layer gradient is (sigma_w^2 / 2)^(L - 1) times the last', () => {
    const { gradient } = predictDepth(relu, {
      weightVariance: 1.2,
      biasVariance: 0.1,
      depth: 10,
      q0: 2,
    });
    expect(gradient[9]).toBe(1);
    expect(relativeError(gradient[0] ?? Number.NaN, 0.6 ** 9)).toBeLessThan(1e-13);
  });

  it('uses each layer its own q: gradient[l] / gradient[l + 1] = chi(q_l)', () => {
    const options = { weightVariance: 2.5, biasVariance: 0.05, depth: 5, q0: 3 };
    const { forward, gradient } = predictDepth(tanh, options);
    const field = meanField(tanh, options);
    for (let l = 0; l < 4; l++) {
      expect((gradient[l] ?? 0) / (gradient[l + 1] ?? 1)).toBeCloseTo(
        field.chi(forward[l] ?? 0),
        14,
      );
    }
  });

  it.each([0, 2.5, 10001])('rejects depth %s', (depth) => {
    expect(() => predictDepth(relu, { weightVariance: 2, biasVariance: 0, depth, q0: 1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }) as Error,
    );
  });

  it('rejects a negative q0', () => {
    expect(() =>
      predictDepth(relu, { weightVariance: 2, biasVariance: 0, depth: 3, q0: -1 }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }) as Error);
  });
});

describe('predictDepth past overflow, and slow decay to 0', () => {
  it('carries an overflowing variance as Infinity and its gradient factor as NaN, without throwing', () => {
    const { forward, gradient } = predictDepth(activation('linear'), {
      weightVariance: 1e4,
      biasVariance: 0,
      depth: 100,
      q0: 1,
    });
    // q_l = 1e4^l: finite up to l = 76 (1e304), Infinity from 1e308 on.
    expect(Math.abs((forward[76] as number) / 1e304 - 1)).toBeLessThan(1e-10);
    expect(forward[78]).toBe(Infinity);
    expect(forward[99]).toBe(Infinity);
    expect(gradient[99]).toBe(1);
    expect(gradient[98]).toBeNaN();
    expect(gradient[10]).toBeNaN();
  });

  it('finds the stable fixed point 0 of tanh at sigma_w^2 = 1, where q falls only like 1/l', () => {
    const point = meanField(activation('tanh'), {
      weightVariance: 1,
      biasVariance: 0,
    }).fixedPoint();
    expect(point?.q).toBe(0);
    expect(point?.chi).toBeCloseTo(1, 12);
    expect(point?.phase).toBe('edge');
  });
});
