import { describe, expect, it } from 'vitest';
import { colorWanted, stylesWanted } from './color.js';

describe('colour and styles', () => {
  it('wants colour only on a terminal, without a non-empty NO_COLOR, and not on a dumb one', () => {
    expect(colorWanted({ TERM: 'xterm-256color' }, true)).toBe(true);
    expect(colorWanted({ TERM: 'xterm-256color' }, false)).toBe(false);
    expect(colorWanted({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colorWanted({ NO_COLOR: '' }, true)).toBe(true);
    expect(colorWanted({ TERM: 'dumb' }, true)).toBe(false);
  });

  it('keeps bold, dim and inverse under NO_COLOR, but not on a dumb terminal', () => {
    expect(stylesWanted({ NO_COLOR: '1', TERM: 'xterm' })).toBe(true);
    expect(stylesWanted({ TERM: 'dumb' })).toBe(false);
  });
});
