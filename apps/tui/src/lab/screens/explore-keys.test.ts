import { describe, expect, it } from 'vitest';
import { isShellKey } from '../shell-keys.js';
import type { ExploreAction, ExploreState } from '../state/explore.js';
import { exploreReducer, initialExplore } from '../state/explore.js';
import { explorePress } from './explore-keys.js';

const run = (actions: readonly ExploreAction[]): ExploreState =>
  actions.reduce(exploreReducer, initialExplore());

describe("Explore's keys", () => {
  const key = (input: string, k: object = {}): ExploreAction =>
    explorePress(input, k, 10, (i) => isShellKey(i, 4));

  it('sends letters to the filter, pasted text whole, and leaves q and 1-4 alone to the shell', () => {
    expect(run([key('ta'), key('n'), key('h')]).filter).toBe('tanh');
    expect(run([key('q')]).filter).toBe('');
    expect(run([key('2')]).filter).toBe('');
    expect(run([key('s'), key('q')]).filter).toBe('sq');
  });

  it('leaves the digits of the screens there are, and only those, to the shell', () => {
    expect(run([key('5')]).filter).toBe('5');
    const sixScreens = (input: string): ExploreAction =>
      explorePress(input, {}, 10, (i) => isShellKey(i, 6));
    expect(run([sixScreens('5')]).filter).toBe('');
  });

  it('maps command keys whatever the filter holds', () => {
    expect(run([key('s'), key('=')]).entry).toEqual({ field: 'x', text: '' });
    expect(run([key('', { downArrow: true })]).selected).toBe('hard_sigmoid');
    expect(run([key("'")]).derivative).toBe(false);
    expect(run([key('x'), key('', { escape: true })]).filter).toBe('');
  });

  it('opens the formula field with f on an empty filter, and filters with it otherwise', () => {
    expect(run([key('f')]).entry).toEqual({ field: 'formula', text: '' });
    expect(run([key('s'), key('f')]).filter).toBe('sf');
    const typed = run([key('f'), key('x*q2?'), key('', { return: true })]);
    expect(typed.entry?.text).toBe('x*q2?');
    expect(typed.entry?.fault).toBeDefined();
  });

  it('types into an open field: digits, then Enter commits the x', () => {
    const s = run([key('='), key('2'), key('.'), key('5'), key('', { return: true })]);
    expect(s.x).toBe(2.5);
    expect(s.entry).toBeUndefined();
  });
});
