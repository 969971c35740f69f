import { describe, expect, it } from 'vitest';
import { fitDescription } from './FitFigure.js';

describe('the fit figure’s text', () => {
  it('counts the dots and gives each line’s ends and middle', () => {
    const xs = [-1, 0, 1];
    const text = fitDescription('What each network learned', [
      { label: 'data', kind: 'points', xs, ys: [1, 0, 1] },
      { label: 'line', kind: 'line', xs, ys: [0.5, 0.5, 0.5] },
      { label: 'parabola', kind: 'line', xs, ys: xs.map((x) => x * x) },
    ]);
    expect(text).toBe(
      'What each network learned: data: 3 dots; line passes through (−1, 0.5), (0, 0.5) and (1, 0.5); parabola passes through (−1, 1), (0, 0) and (1, 1).',
    );
  });
});
