import { describe, expect, it } from 'vitest';
import {
  DEFAULT_X_RANGE,
  MIN_SPAN,
  dragView,
  fitX,
  fitY,
  panView,
  readView,
  roundToSpan,
  viewPatch,
  zoomView,
} from './view.js';

const view = { xmin: -6, xmax: 6, ymin: -1, ymax: 1 };

describe('the window from the link', () => {
  it('uses the given ends, fits y when absent, and falls back with a notice on nonsense', () => {
    expect(readView(new URLSearchParams('xmin=-2&xmax=3&ymin=0&ymax=1'))).toEqual({
      x: [-2, 3],
      xFromLink: true,
      y: [0, 1],
      notices: [],
    });
    expect(readView(new URLSearchParams(''))).toEqual({
      x: DEFAULT_X_RANGE,
      xFromLink: false,
      y: undefined,
      notices: [],
    });
    const bad = readView(new URLSearchParams('xmin=5&xmax=1&ymin=a'));
    expect(bad.x).toEqual(DEFAULT_X_RANGE);
    expect(bad.y).toBeUndefined();
    expect(bad.notices).toHaveLength(2);
  });

  it('fits x to the kinks when the link gives no window: both sides of T = 10 in view', () => {
    expect(fitX([])).toEqual([-6, 6]);
    expect(fitX([0, 1])).toEqual([-6, 6]);
    expect(fitX([10])).toEqual([-6, 12.5]);
    expect(fitX([-1, 8])).toEqual([-6, 10]);
    expect(fitX([-40])).toEqual([-50, 6]);
  });
});

describe('gestures on the window', () => {
  it('pan by a share of the span, and drag so the content follows the pointer', () => {
    expect(panView(view, 0.1, 0)).toEqual({ xmin: -4.8, xmax: 7.2, ymin: -1, ymax: 1 });
    // 100 px right on a 600 px wide area moves the window 2 units left; 50 px down of 200 moves it up.
    expect(dragView(view, 100, 50, 600, 200)).toEqual({ xmin: -8, xmax: 4, ymin: -0.5, ymax: 1.5 });
  });

  it('zoom about a point that stays put, within the span limits', () => {
    const z = zoomView(view, 0.5, 2, 0);
    expect(z).toEqual({ xmin: -2, xmax: 4, ymin: -0.5, ymax: 0.5 });
    // The point's relative position is unchanged: (2 - xmin) / span before and after.
    expect((2 - z.xmin) / (z.xmax - z.xmin)).toBeCloseTo((2 - view.xmin) / 12, 15);
    const tiny = zoomView(view, 1e-12, 0, 0);
    expect(tiny.xmax - tiny.xmin).toBeCloseTo(MIN_SPAN, 18);
  });

  it('write rounded ends to a thousandth of the span', () => {
    expect(
      viewPatch({ xmin: -6.000000000000001, xmax: 4.8123456, ymin: -0.00012345, ymax: 1 }),
    ).toEqual({
      xmin: '-6',
      xmax: '4.81',
      ymin: '0',
      ymax: '1',
    });
    expect(roundToSpan(1.23456, 12)).toBe(1.23);
  });
});

describe('fitY', () => {
  it('shows every value and the x axis with some room, ignoring non-finite and huge values', () => {
    const [lo, hi] = fitY([Float64Array.of(0.2, 0.5, 1, NaN, Infinity, 1e9)]);
    expect(lo).toBeCloseTo(-0.08, 12);
    expect(hi).toBeCloseTo(1.08, 12);
    expect(fitY([Float64Array.of(0, 0)])).toEqual([-1, 1]);
  });
});
