/**
 * The playground's variance-preserving initialization: its place in the URL and the `initGain` it
 * sends, checked against 1 / sqrt(E[f(z)^2]) computed here by a dense trapezoid rule.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  PRESERVING_INIT,
  preservingGain,
  runRequestOf,
  settingsFromQuery,
  settingsToQuery,
} from './settings.js';

/** 1 / sqrt(E[f(z)^2]), z ~ N(0, 1), by the trapezoid rule on [-12, 12]. */
function gainOf(f: (z: number) => number): number {
  const h = 1e-3;
  let sum = 0;
  for (let i = -12_000; i <= 12_000; i++) sum += f(i * h) ** 2 * Math.exp(-((i * h) ** 2) / 2);
  return 1 / Math.sqrt((sum * h) / Math.sqrt(2 * Math.PI));
}

describe('the variance-preserving initialization', () => {
  it('lives in the URL under init like the other initializations', () => {
    const s = settingsFromQuery(new URLSearchParams(`init=${PRESERVING_INIT}`));
    expect(s.init).toBe(PRESERVING_INIT);
    expect(settingsToQuery(s).init).toBe(PRESERVING_INIT);
    expect(settingsFromQuery(new URLSearchParams('init=lecun')).init).toBe('lecun');
    expect(settingsFromQuery(new URLSearchParams('init=bogus')).init).toBe(DEFAULT_SETTINGS.init);
  });

  it('sends the first hidden layer’s gain as initGain, and no init id', () => {
    const s = settingsFromQuery(new URLSearchParams(`init=${PRESERVING_INIT}`));
    const request = runRequestOf(s);
    expect(request.initGain).toBeCloseTo(gainOf(Math.tanh), 8);
    expect(request.init).toBeUndefined();
    const relu = settingsFromQuery(new URLSearchParams(`init=${PRESERVING_INIT}&act=relu`));
    // E[relu(z)^2] = 1/2, so the gain is sqrt(2), He's.
    expect(runRequestOf(relu).initGain).toBeCloseTo(Math.SQRT2, 8);
  });

  it('uses the output activation when there is no hidden layer', () => {
    const s = settingsFromQuery(new URLSearchParams(`init=${PRESERVING_INIT}&hidden=0`));
    // The circle data's output is the binary task's sigmoid.
    expect(preservingGain(s)).toBeCloseTo(
      gainOf((z) => 1 / (1 + Math.exp(-z))),
      8,
    );
  });

  it('falls back to Xavier for an activation without such a gain', () => {
    const s = settingsFromQuery(
      new URLSearchParams(`init=${PRESERVING_INIT}&act=softmax&hidden=4`),
    );
    expect(preservingGain(s)).toBeUndefined();
    expect(runRequestOf(s)).toMatchObject({ init: 'xavier' });
    expect(runRequestOf(s).initGain).toBeUndefined();
  });

  it('leaves the other initializations’ requests as they were', () => {
    const request = runRequestOf({ ...DEFAULT_SETTINGS, init: 'he' });
    expect(request.init).toBe('he');
    expect('initGain' in request).toBe(false);
  });
});
