import { describe, expect, it } from 'vitest';
import {
  decodeNumber,
  decodeNumbers,
  decodeRecord,
  encodeDeep,
  encodeNumber,
  encodeNumbers,
  encodeRecord,
  parseNumberList,
  parseWireNumber,
} from './wire.js';

describe('encodeNumber', () => {
  it('keeps finite numbers, including -0 and the extremes', () => {
    expect(encodeNumber(1.5)).toBe(1.5);
    expect(Object.is(encodeNumber(-0), -0)).toBe(true);
    expect(encodeNumber(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(encodeNumber(5e-324)).toBe(5e-324);
  });

  it('writes the non-finite values as strings', () => {
    expect(encodeNumber(Infinity)).toBe('Infinity');
    expect(encodeNumber(-Infinity)).toBe('-Infinity');
    expect(encodeNumber(NaN)).toBe('NaN');
  });

  it('round-trips through JSON and decodeNumber', () => {
    for (const x of [0, -1e300, 3.14, Infinity, -Infinity, 5e-324]) {
      const travelled = JSON.parse(JSON.stringify(encodeNumber(x))) as number | 'Infinity';
      expect(decodeNumber(travelled)).toBe(x);
    }
    expect(decodeNumber(encodeNumber(NaN))).toBeNaN();
  });
});

describe('arrays and records', () => {
  it('encodes typed arrays to plain arrays and decodes to Float64Array', () => {
    expect(encodeNumbers(new Float64Array([1, Infinity, NaN, -Infinity]))).toEqual([
      1,
      'Infinity',
      'NaN',
      '-Infinity',
    ]);
    expect(encodeNumbers([2, -0])).toEqual([2, -0]);
    const decoded = decodeNumbers([1, '-Infinity', 'NaN']);
    expect(decoded).toBeInstanceOf(Float64Array);
    expect(Array.from(decoded)).toEqual([1, -Infinity, NaN]);
  });

  it('encodes and decodes params records, leaving undefined alone', () => {
    expect(encodeRecord({ alpha: 0.2, max: Infinity })).toEqual({ alpha: 0.2, max: 'Infinity' });
    expect(decodeRecord({ alpha: 0.2, max: 'Infinity' })).toEqual({ alpha: 0.2, max: Infinity });
    expect(decodeRecord(undefined)).toBeUndefined();
  });

  it('encodes nested plain data deeply without touching strings, booleans or null', () => {
    const value = {
      range: { min: -Infinity, max: 1, open: true },
      rows: [new Float64Array([NaN]), [2], new Float32Array([0.5])],
      name: 'x',
      none: null,
    };
    const encoded = encodeDeep(value);
    expect(encoded).toEqual({
      range: { min: '-Infinity', max: 1, open: true },
      rows: [['NaN'], [2], [0.5]],
      name: 'x',
      none: null,
    });
    expect(JSON.parse(JSON.stringify(encoded))).toEqual(encoded);
  });
});

describe('query-string numbers', () => {
  it('parses decimal literals and the non-finite strings', () => {
    expect(parseNumberList('1, -2.5,1e3,.5,Infinity,-Infinity')).toEqual([
      1,
      -2.5,
      1000,
      0.5,
      Infinity,
      -Infinity,
    ]);
    expect(parseNumberList('NaN')?.[0]).toBeNaN();
    expect(parseWireNumber('-0.25')).toBe(-0.25);
  });

  it('rejects what JSON would not call a number', () => {
    for (const bad of ['', '0x10', '1,,2', 'abc', '1e', 'infinity', ' ', 'inf']) {
      expect(parseNumberList(bad), bad).toBeUndefined();
    }
    expect(parseWireNumber('+1')).toBeUndefined();
    expect(parseWireNumber(' 1')).toBeUndefined();
  });
});
