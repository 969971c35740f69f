import { formatNumber, formatPercent } from '@actlab/format';
import { describe, expect, it } from 'vitest';
import { PROSE_STYLE, READOUT_STYLE } from './number-style.js';
import { choiceParam, clampedParam, numberListParam, numberParam } from './query.js';
import { finiteNumber, textMeans } from './typed-number.js';
import { flushUrl, setUrl, setUrlWriteGap, withQuery } from './url-state.js';

describe('the web’s number styles', () => {
  it('readouts give significant digits, exponents for extreme magnitudes, words for non-finite', () => {
    expect(formatNumber(0.8807970779778823, 10, READOUT_STYLE)).toBe('0.880797078');
    expect(formatNumber(0.8807970779778823, 8, READOUT_STYLE)).toBe('0.88079708');
    expect(formatNumber(2, 10, READOUT_STYLE)).toBe('2');
    expect(formatNumber(4.47628622567513e-309, 10, READOUT_STYLE)).toBe('4.476286226e-309');
    expect(formatNumber(-1.5e12, 3, READOUT_STYLE)).toBe('-1.5e+12');
    expect(formatNumber(-0, 10, READOUT_STYLE)).toBe('0');
    expect(formatNumber(NaN, 10, READOUT_STYLE)).toBe('NaN');
    expect(formatNumber(-Infinity, 10, READOUT_STYLE)).toBe('−∞');
    expect(formatPercent(0.838268)).toBe('83.83%');
  });

  it('prose writes every minus sign as the true minus, the exponent’s too', () => {
    expect(formatNumber(-0.1699712, 6, PROSE_STYLE)).toBe('−0.169971');
    expect(formatNumber(1.5e-7, 6, PROSE_STYLE)).toBe('1.5e−7');
    expect(formatNumber(-Infinity, 6, PROSE_STYLE)).toBe('−∞');
  });
});

describe('typed numbers', () => {
  it('accept what a person types, finite values only', () => {
    expect(finiteNumber('2')).toBe(2);
    expect(finiteNumber(' -0.5 ')).toBe(-0.5);
    expect(finiteNumber('−0.5')).toBe(-0.5);
    expect(finiteNumber('1e-3')).toBe(0.001);
    expect(finiteNumber('.5')).toBe(0.5);
    expect(finiteNumber('')).toBeUndefined();
    expect(finiteNumber('   ')).toBeUndefined();
    expect(finiteNumber('two')).toBeUndefined();
    expect(finiteNumber('1e')).toBeUndefined();
    expect(finiteNumber('inf')).toBeUndefined();
    expect(finiteNumber('1e999')).toBeUndefined();
    expect(finiteNumber('NaN')).toBeUndefined();
  });

  it('tell whether text being typed already means a value', () => {
    expect(textMeans('0.', 0)).toBe(true);
    expect(textMeans('−2', -2)).toBe(true);
    expect(textMeans('2.50', 2.5)).toBe(true);
    expect(textMeans('', 0)).toBe(false);
    expect(textMeans('0.', 1)).toBe(false);
  });
});

describe('query parameters', () => {
  it('fall back on missing or malformed values', () => {
    expect(numberParam('2.5', 1)).toBe(2.5);
    expect(numberParam('abc', 1)).toBe(1);
    expect(numberParam(null, 1)).toBe(1);
    expect(numberParam('Infinity', 1)).toBe(1);
    expect(clampedParam('99', 1, 0, 10)).toBe(10);
    expect(numberListParam('2.33,-1.46,0.56', [1])).toEqual([2.33, -1.46, 0.56]);
    expect(numberListParam('1,x', [1])).toEqual([1]);
    expect(choiceParam('adam', ['sgd', 'adam'] as const, 'sgd')).toBe('adam');
    expect(choiceParam('rmsprop', ['sgd', 'adam'] as const, 'sgd')).toBe('sgd');
  });

  it('patch a URL keeping other keys and readable commas', () => {
    expect(withQuery('/?fn=relu&x=2', { x: '3', alpha: '0.2' })).toBe('/?fn=relu&x=3&alpha=0.2');
    expect(withQuery('/?fn=relu,gelu&x=2', { x: null })).toBe('/?fn=relu,gelu');
    expect(withQuery('/softmax?t=1', { t: undefined })).toBe('/softmax');
  });

  it('setUrl replaces the history entry and notifies', () => {
    let heard = 0;
    const listener = () => heard++;
    window.addEventListener('actlab:urlchange', listener);
    const before = window.history.length;
    setUrl('/softmax?t=2');
    expect(window.location.pathname + window.location.search).toBe('/softmax?t=2');
    expect(window.history.length).toBe(before);
    setUrl('/softmax?t=2');
    expect(heard).toBe(1);
    window.removeEventListener('actlab:urlchange', listener);
  });

  it('holds back replacements closer than the write gap, then writes the last one', async () => {
    setUrlWriteGap(100);
    try {
      // Let the gap since the previous test's write pass.
      await new Promise((resolve) => setTimeout(resolve, 120));
      setUrl('/softmax?t=3');
      setUrl('/softmax?t=4');
      setUrl('/softmax?t=5');
      // The first is written, the later ones wait; the app already sees the newest.
      expect(window.location.search).toBe('?t=3');
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(window.location.search).toBe('?t=5');
      setUrl('/softmax?t=6');
      setUrl('/softmax?t=7');
      flushUrl();
      expect(window.location.search).toBe('?t=7');
    } finally {
      setUrlWriteGap(0);
    }
  });
});
