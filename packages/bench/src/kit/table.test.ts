import { describe, expect, it } from 'vitest';
import { markdownTable } from './table.js';

describe('markdownTable', () => {
  it('writes a header, a rule and one line per row', () => {
    expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
    expect(markdownTable(['x'], [])).toBe('| x |\n| --- |');
  });
});
