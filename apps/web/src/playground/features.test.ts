import { describe, expect, it } from 'vitest';
import { toggleFeature } from './features.js';

describe('toggling an input feature', () => {
  it('adds a feature in the canonical order', () => {
    expect(toggleFeature(['x1', 'x2'], 'x1x2')).toEqual(['x1', 'x2', 'x1x2']);
    expect(toggleFeature(['x2sq'], 'x1')).toEqual(['x1', 'x2sq']);
  });

  it('removes a chosen feature but never the last one', () => {
    expect(toggleFeature(['x1', 'x2'], 'x1')).toEqual(['x2']);
    expect(toggleFeature(['x2'], 'x2')).toEqual(['x2']);
  });
});
