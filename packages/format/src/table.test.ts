import { describe, expect, it } from 'vitest';
import { formatTable } from './table.js';

describe('formatTable', () => {
  it('pads every column but the last to its widest cell, two spaces apart', () => {
    const text = formatTable([
      ['x', 'f(x)', 'note'],
      ['-1', '0.2689414214', ''],
      ['10', '1', 'saturated'],
    ]);
    expect(text.split('\n')).toEqual([
      'x   f(x)          note',
      '-1  0.2689414214',
      '10  1             saturated',
    ]);
  });

  it('handles rows of different lengths and no rows', () => {
    expect(formatTable([['a'], ['bb', 'c']])).toBe('a\nbb  c');
    expect(formatTable([])).toBe('');
  });
});
