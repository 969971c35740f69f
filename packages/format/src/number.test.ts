import { describe, expect, it } from 'vitest';
import { formatExact, formatNumber, formatPercent, formatTick, withMinus } from './number.js';

describe('formatNumber', () => {
  it('keeps 10 significant digits by default and drops trailing zeros', () => {
    expect(formatNumber(0.8807970779778823)).toBe('0.880797078');
    expect(formatNumber(0.8807970779778823, 8)).toBe('0.88079708');
    expect(formatNumber(2)).toBe('2');
    expect(formatNumber(1 / 3, 4)).toBe('0.3333');
    expect(formatNumber(-123456.789, 6)).toBe('-123457');
    expect(formatNumber(0.5, 3)).toBe('0.5');
    expect(formatNumber(100, 3)).toBe('100');
  });

  it('switches to exponent notation below 1e-4 and from 1e9 on', () => {
    expect(formatNumber(1.2e-7)).toBe('1.2e-7');
    expect(formatNumber(4.47628622567513e-309)).toBe('4.476286226e-309');
    expect(formatNumber(-1.5e12, 3)).toBe('-1.5e+12');
    expect(formatNumber(1e-4)).toBe('0.0001');
    expect(formatNumber(9.99e-5, 3)).toBe('9.99e-5');
    expect(formatNumber(999_999_999)).toBe('999999999');
    expect(formatNumber(1e9)).toBe('1e+9');
    expect(formatNumber(5e-324)).toBe('4.940656458e-324');
  });

  it('writes zero, NaN and the infinities in words', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('-∞');
  });

  it('uses the true minus sign where the style asks for it', () => {
    // The web: a true minus for -∞ only, ASCII elsewhere (its readouts before this package).
    expect(formatNumber(-Infinity, 10, { infinityMinus: '−' })).toBe('−∞');
    expect(formatNumber(-2.5, 10, { infinityMinus: '−' })).toBe('-2.5');
    // Prose: every minus sign true, the exponent's too.
    expect(formatNumber(-0.1699712, 6, { minus: '−' })).toBe('−0.169971');
    expect(formatNumber(-1.2e-7, 10, { minus: '−' })).toBe('−1.2e−7');
    expect(formatNumber(-Infinity, 10, { minus: '−' })).toBe('−∞');
    expect(formatNumber(-Infinity, 10, { minus: '−', infinityMinus: '-' })).toBe('-∞');
  });
});

describe('formatTick, formatPercent, formatExact, withMinus', () => {
  it('labels ticks with 3 significant digits', () => {
    expect(formatTick(3.14159)).toBe('3.14');
    expect(formatTick(-0.000012345)).toBe('-1.23e-5');
    expect(formatTick(-2, { minus: '−' })).toBe('−2');
  });

  it('writes shares as percentages with the given decimals', () => {
    expect(formatPercent(0.838268)).toBe('83.83%');
    expect(formatPercent(0.838268, 1)).toBe('83.8%');
    expect(formatPercent(0.9, 0)).toBe('90%');
    expect(formatPercent(1)).toBe('100.00%');
  });

  it('writes numbers exactly, keeping -0 visible', () => {
    expect(formatExact(0.1)).toBe('0.1');
    expect(formatExact(-0)).toBe('-0');
    expect(formatExact(1e-7)).toBe('1e-7');
    expect(formatExact(0.30000000000000004)).toBe('0.30000000000000004');
    expect(formatExact(-Infinity)).toBe('-Infinity');
    expect(Number(formatExact(2 / 3))).toBe(2 / 3);
  });

  it('rewrites ASCII minus signs', () => {
    expect(withMinus('-1e-3', '−')).toBe('−1e−3');
    expect(withMinus('-1', '-')).toBe('-1');
  });
});
