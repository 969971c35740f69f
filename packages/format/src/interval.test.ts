import { activationInfo, catalog, formatRange } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { formatInterval } from './interval.js';

const open = { minInclusive: false, maxInclusive: false };
const closed = { minInclusive: true, maxInclusive: true };

describe('formatInterval', () => {
  it('brackets included ends and parenthesizes excluded ones', () => {
    expect(formatInterval({ min: 0, max: 1, ...open })).toBe('(0, 1)');
    expect(formatInterval({ min: -1, max: 1, ...closed })).toBe('[-1, 1]');
    expect(formatInterval({ min: 0, max: 1, minInclusive: false, maxInclusive: true })).toBe(
      '(0, 1]',
    );
  });

  it('writes infinite ends as ∞ and always open', () => {
    expect(formatInterval({ min: 0, max: Infinity, minInclusive: true, maxInclusive: false })).toBe(
      '[0, ∞)',
    );
    expect(formatInterval({ min: -Infinity, max: Infinity, ...closed })).toBe('(-∞, ∞)');
  });

  it('rounds finite ends to 6 significant digits unless told otherwise', () => {
    const gelu = {
      min: -0.1699712074717,
      max: Infinity,
      minInclusive: true,
      maxInclusive: false,
    };
    expect(formatInterval(gelu)).toBe('[-0.169971, ∞)');
    expect(formatInterval(gelu, { digits: 3 })).toBe('[-0.17, ∞)');
    expect(formatInterval(gelu, { minus: '−' })).toBe('[−0.169971, ∞)');
  });

  it('writes the exact ends with Infinity as core error messages do', () => {
    const exact = { digits: 'exact', infinity: 'Infinity' } as const;
    expect(formatInterval({ min: 0, max: Infinity, ...open }, exact)).toBe('(0, Infinity)');
    expect(formatInterval({ min: -Infinity, max: 0.1, ...open }, exact)).toBe('(-Infinity, 0.1)');
    expect(formatInterval({ min: -0, max: 1 / 3, ...closed }, exact)).toBe(
      '[0, 0.3333333333333333]',
    );
    expect(formatInterval({ min: -Infinity, max: -1, ...open }, { digits: 'exact' })).toBe(
      '(-∞, -1)',
    );
  });

  it('words the catalog ranges as the pages show them', () => {
    expect(formatInterval(activationInfo('sigmoid').range)).toBe('(0, 1)');
    expect(formatInterval(activationInfo('relu').range)).toBe('[0, ∞)');
    expect(formatInterval(activationInfo('tanh_shrink').range, { minus: '−' })).toBe('(−∞, ∞)');
    expect(formatInterval(activationInfo('gelu').range, { minus: '−' })).toBe('[−0.169971, ∞)');
  });

  it("matches core's formatRange, with exact ends and Infinity, on every catalog parameter", () => {
    const specs = catalog.flatMap((c) => c.params);
    expect(specs.length).toBeGreaterThan(20);
    for (const spec of specs) {
      expect(formatInterval(spec, { digits: 'exact', infinity: 'Infinity' })).toBe(
        formatRange(spec),
      );
    }
  });
});
