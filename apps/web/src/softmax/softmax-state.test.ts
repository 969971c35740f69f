import { describe, expect, it } from 'vitest';
import { logitProblem, logitsPatch, readSoftmaxState, shiftedBy1000 } from './softmax-state.js';

const read = (search: string) => readSoftmaxState(new URLSearchParams(search));

describe('the softmax URL', () => {
  it("defaults to the course's example", () => {
    expect(read('')).toEqual({
      logits: [2.33, -1.46, 0.56],
      temperature: 1,
      trueClass: 0,
      problems: [],
    });
  });

  it('reads logits, temperature and the true class', () => {
    const s = read('logits=5,3,2,5&t=0.5&true=3');
    expect(s.logits).toEqual([5, 3, 2, 5]);
    expect(s.temperature).toBe(0.5);
    expect(s.trueClass).toBe(3);
    expect(s.problems).toEqual([]);
  });

  it('falls back and says so for unusable values', () => {
    const s = read('logits=1,,x&t=0&true=7');
    expect(s.logits).toEqual([2.33, -1.46, 0.56]);
    expect(s.temperature).toBe(1);
    expect(s.trueClass).toBe(0);
    expect(s.problems).toHaveLength(3);
    expect(read('logits=1').problems[0]).toMatch(/2 to 8 numbers/);
  });

  it('moves the true class back into range when classes are removed', () => {
    expect(logitsPatch([1, 2], 2)).toEqual({ logits: '1,2', true: '1' });
    expect(logitsPatch([1, 2, 3], 1)).toEqual({ logits: '1,2,3' });
  });

  it('shifts by 1000 without binary noise', () => {
    expect(shiftedBy1000([2.33, -1.46, 0.56])).toEqual([1002.33, 998.54, 1000.56]);
  });

  it('names the problem with a typed logit', () => {
    expect(logitProblem('abc', 'Class 1 logit')).toBe('Class 1 logit must be a number');
    expect(logitProblem('', 'Class 1 logit')).toBe('Class 1 logit must be a number');
    expect(logitProblem('1e9', 'Class 1 logit')).toMatch(/between/);
    expect(logitProblem('-3.5', 'Class 1 logit')).toBeNull();
  });
});
