import { describe, expect, it } from 'vitest';
import type { SoftmaxAction, SoftmaxState } from '../state/softmax.js';
import { COURSE_LOGITS, initialSoftmax, softmaxReducer } from '../state/softmax.js';
import { softmaxPress } from './softmax-keys.js';

function after(...actions: SoftmaxAction[]): SoftmaxState {
  return actions.reduce(softmaxReducer, initialSoftmax());
}

describe("Softmax's keys", () => {
  const key = (input: string, k = {}): SoftmaxAction => softmaxPress(input, k, 10);

  it('reads keys against the current state: after Enter, letters are text, not commands', () => {
    const typing = after(key('', { return: true }), key('a'), key('x'));
    expect(typing.logits).toEqual(COURSE_LOGITS);
    expect(typing.entry).toEqual({ field: 'logit', text: 'ax' });
    const commands = after(
      key('a'),
      key('', { downArrow: true }),
      key('', { rightArrow: true, shift: true }),
    );
    expect(commands.logits).toEqual([2.33, -1.46, 0.56, 1]);
    expect(after(key('q'), key('1'), key('?'))).toEqual(initialSoftmax());
  });

  it('edits with Backspace and Esc while typing, and Del removes a logit otherwise', () => {
    const typed = after(
      key('t'),
      key('0.55'),
      key('', { backspace: true }),
      key('', { return: true }),
    );
    expect(typed.temperature).toBe(0.5);
    expect(typed.entry).toBeUndefined();
    expect(after(key('='), key('9'), key('', { escape: true })).logits).toEqual(COURSE_LOGITS);
    expect(after(key('', { delete: true })).logits).toEqual([-1.46, 0.56]);
  });
});
