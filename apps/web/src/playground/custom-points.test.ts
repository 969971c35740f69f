import { dataset } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import {
  MAX_CUSTOM_POINTS,
  formatPoints,
  parsePoints,
  roundPoint,
  withCustomPoints,
} from './custom-points.js';

describe('clicked points', () => {
  it('round-trip through the URL, rounded to two decimals', () => {
    const points = [
      { x: 1.234567, y: -2, label: 1 },
      { x: 0, y: 5.5, label: 0 },
    ];
    expect(formatPoints(points)).toBe('1.23_-2_1,0_5.5_0');
    expect(parsePoints(formatPoints(points))).toEqual(points.map(roundPoint));
  });

  it('skip malformed items and keep at most the cap', () => {
    expect(parsePoints('1_2_1,x_2_0,1_2,3_4_-1,5_6_0')).toEqual([
      { x: 1, y: 2, label: 1 },
      { x: 5, y: 6, label: 0 },
    ]);
    const many = Array.from({ length: MAX_CUSTOM_POINTS + 20 }, (_, i) => `${i}_0_1`).join(',');
    expect(parsePoints(many)).toHaveLength(MAX_CUSTOM_POINTS);
  });

  it('join the training rows as ordinary rows, leaving out classes the set lacks', () => {
    const train = dataset('circle', { points: 20, seed: 3 });
    const more = withCustomPoints(train, [
      { x: 1, y: 2, label: 1 },
      { x: 3, y: 4, label: 2 },
    ]);
    expect(more.size).toBe(21);
    expect(Array.from(more.inputs.slice(40))).toEqual([1, 2]);
    expect(more.targets[20]).toBe(1);
    expect(Array.from(more.inputs.slice(0, 40))).toEqual(Array.from(train.inputs));
    expect(withCustomPoints(train, [])).toBe(train);
  });
});
