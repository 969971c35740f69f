import { describe, expect, it } from 'vitest';
import { SCALAR_IDS } from '../src/activation.js';
import { catalog } from '../src/catalog/catalog.js';
import { varianceGain } from '../src/meanfield/gain.js';
import { activation } from '../src/registry.js';
import { gainRow, gainRows, relativeError } from './gains-table.js';

/** torch.nn.init.calculate_gain at PyTorch's defaults (leaky_relu's negative slope 0.01). */
const PYTORCH: Record<string, number> = {
  linear: 1,
  sigmoid: 1,
  tanh: 5 / 3,
  relu: Math.SQRT2,
  leaky_relu: Math.sqrt(2 / (1 + 0.01 ** 2)),
  selu: 0.75,
};

describe('variance-preserving gains', () => {
  it('the table covers every scalar activation, in catalog order', () => {
    expect(gainRows.map((r) => r.id)).toEqual([...SCALAR_IDS]);
  });

  it.each(SCALAR_IDS)('%s: the catalog literal is the mpmath gain (1e-15)', (id) => {
    const info = catalog.find((entry) => entry.id === id);
    const row = gainRow(id);
    expect(info?.gain?.variancePreserving).toBe(row.variancePreservingDouble);
    expect(
      relativeError(info?.gain?.variancePreserving ?? Number.NaN, Number(row.variancePreserving)),
    ).toBeLessThan(1e-15);
  });

  // Piecewise quadrature split at the kinks reaches 1e-15 even for relu6, threshold and the step.
  it.each(SCALAR_IDS)('%s: varianceGain agrees with mpmath to 1e-14', (id) => {
    const expected = Number(gainRow(id).variancePreserving);
    expect(relativeError(varianceGain(activation(id)), expected)).toBeLessThan(1e-14);
  });

  it('gives PyTorch gains exactly for the six activations calculate_gain knows', () => {
    const withPytorch = catalog.filter((info) => info.gain?.pytorch !== undefined);
    expect(withPytorch.map((info) => info.id).sort()).toEqual(Object.keys(PYTORCH).sort());
    for (const info of withPytorch) expect(info.gain?.pytorch, info.id).toBe(PYTORCH[info.id]);
  });

  it('explains every PyTorch gain that differs from the variance-preserving one', () => {
    for (const info of catalog) {
      const gain = info.gain;
      if (gain?.pytorch === undefined) continue;
      if (relativeError(gain.pytorch, gain.variancePreserving) > 1e-12) {
        expect(gain.note?.trim(), info.id).toBeTruthy();
      }
    }
  });

  it('relu, leaky_relu and linear agree with PyTorch; selu is 1 and tanh about 1.593', () => {
    expect(varianceGain(activation('relu'))).toBeCloseTo(Math.SQRT2, 14);
    expect(varianceGain(activation('leaky_relu'))).toBeCloseTo(PYTORCH.leaky_relu ?? 0, 14);
    expect(varianceGain(activation('linear'))).toBeCloseTo(1, 14);
    expect(varianceGain(activation('selu'))).toBeCloseTo(1, 14);
    expect(varianceGain(activation('tanh'))).toBeCloseTo(1.5925374197228315, 14);
  });

  it('has no gain on vector activations', () => {
    for (const info of catalog.filter((entry) => entry.kind === 'vector')) {
      expect(info.gain, info.id).toBeUndefined();
    }
  });

  it('is NaN when E[f(z)^2] is 0 (a function that is zero almost everywhere)', () => {
    expect(varianceGain(activation('formula: 0 * x'))).toBeNaN();
  });
});
