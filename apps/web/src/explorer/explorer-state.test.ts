import { describe, expect, it } from 'vitest';
import { DEFAULT_X, readExplorerState } from './explorer-state.js';

const read = (s: string) => readExplorerState(new URLSearchParams(s));

describe('the explorer state from the link', () => {
  it('reads functions, x, curves and shading', () => {
    const state = read('fn=relu,gelu&x=2&df=0&shade=gelu');
    expect(state.ids).toEqual(['relu', 'gelu']);
    expect(state.x).toBe(2);
    expect([state.showF, state.showDf]).toEqual([true, false]);
    expect(state.shadeId).toBe('gelu');
    expect(state.notices).toEqual([]);
  });

  it('defaults to sigmoid at x = 1, shading the first function', () => {
    const state = read('');
    expect(state.ids).toEqual(['sigmoid']);
    expect(state.x).toBe(DEFAULT_X);
    expect(state.shadeId).toBe('sigmoid');
    expect(read('shade=none').shadeId).toBeUndefined();
  });

  it('never fails on a bad link: every problem becomes a notice and a fallback', () => {
    const state = read('fn=relu,nope&x=abc&alpha=1&shade=tanh&xmin=3&xmax=-3');
    expect(state.ids).toEqual(['relu']);
    expect(state.x).toBe(DEFAULT_X);
    expect(state.shadeId).toBe('relu');
    expect(state.view.x).toEqual([-6, 6]);
    expect(state.notices).toHaveLength(5);
  });
});
