import { describe, expect, it } from 'vitest';
import { backpropPress } from './backprop-keys.js';

describe("Backprop's keys", () => {
  it('steps with the arrows and Space, jumps with Home and End, switches with r', () => {
    expect(backpropPress('', { rightArrow: true })).toEqual({ type: 'step', by: 1 });
    expect(backpropPress('', { downArrow: true })).toEqual({ type: 'step', by: 1 });
    expect(backpropPress(' ', {})).toEqual({ type: 'step', by: 1 });
    expect(backpropPress('', { leftArrow: true })).toEqual({ type: 'step', by: -1 });
    expect(backpropPress('', { upArrow: true })).toEqual({ type: 'step', by: -1 });
    expect(backpropPress('', { home: true })).toEqual({ type: 'first' });
    expect(backpropPress('', { end: true })).toEqual({ type: 'last' });
    expect(backpropPress('r', {})).toEqual({ type: 'switch-activation' });
  });

  it("leaves the shell's keys and everything else alone", () => {
    for (const input of ['q', '?', '1', '5', 'x', '\t'])
      expect(backpropPress(input, {})).toBeUndefined();
    expect(backpropPress('r', { ctrl: true })).toBeUndefined();
  });
});
