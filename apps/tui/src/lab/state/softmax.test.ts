import { describe, expect, it } from 'vitest';
import type { SoftmaxAction, SoftmaxCommand, SoftmaxState } from './softmax.js';
import type { EntryKey } from './text-entry.js';
import {
  COURSE_LOGITS,
  MAX_LOGITS,
  TEMPERATURE_KEYS,
  initialSoftmax,
  softmaxReducer,
  softmaxView,
} from './softmax.js';

/** The state after `actions`, from the course example. */
function after(...actions: SoftmaxAction[]): SoftmaxState {
  return actions.reduce(softmaxReducer, initialSoftmax());
}

/** Types `text` into an entry already started, then presses Enter. */
function typed(text: string): SoftmaxAction[] {
  return [
    { type: 'entry-key', key: { type: 'type', text: text } },
    { type: 'entry-key', key: { type: 'commit' } },
  ];
}

describe('softmax state', () => {
  it("starts on the course's example at T = 1", () => {
    const s = initialSoftmax();
    expect(s.logits).toEqual([2.33, -1.46, 0.56]);
    expect(s.temperature).toBe(1);
    expect(s.selected).toBe(0);
    expect(s.entry).toBeUndefined();
  });

  it('selects within the list', () => {
    expect(after({ type: 'select', delta: 1 }).selected).toBe(1);
    expect(after({ type: 'select', delta: -1 }).selected).toBe(0);
    expect(after({ type: 'select', delta: 99 }).selected).toBe(2);
  });

  it('nudges the selected logit by clean decimal steps', () => {
    const s = after({ type: 'nudge', delta: 0.1 }, { type: 'nudge', delta: 0.1 });
    expect(s.logits).toEqual([2.53, -1.46, 0.56]);
    expect(after({ type: 'select', delta: 1 }, { type: 'nudge', delta: -1 }).logits[1]).toBe(-2.46);
  });

  it('commits a typed logit and keeps the old one, with a reason, when it is not a number', () => {
    const ok = after(
      { type: 'select', delta: 2 },
      { type: 'start-entry', field: 'logit' },
      ...typed('1.5'),
    );
    expect(ok.logits).toEqual([2.33, -1.46, 1.5]);
    expect(ok.entry).toBeUndefined();
    expect(ok.error).toBeUndefined();

    const bad = after({ type: 'start-entry', field: 'logit' }, ...typed('abc'));
    expect(bad.logits).toEqual(COURSE_LOGITS);
    expect(bad.entry).toBeUndefined();
    expect(bad.error).toBe('"abc" is not a number; logit 1 is unchanged');

    const inf = after({ type: 'start-entry', field: 'logit' }, ...typed('inf'));
    expect(inf.logits).toEqual(COURSE_LOGITS);
    expect(inf.error).toMatch(/must be finite/);

    // Typed as the other fields of actlab read numbers: the true minus sign and a leading +.
    const minus = after({ type: 'start-entry', field: 'logit' }, ...typed('−2.5'));
    expect(minus.logits).toEqual([-2.5, -1.46, 0.56]);
    const plus = after({ type: 'start-entry', field: 'logit' }, ...typed('+.5'));
    expect(plus.logits).toEqual([0.5, -1.46, 0.56]);
  });

  it('edits the entry with backspace and drops it on Esc or an empty commit', () => {
    const editing = after(
      { type: 'start-entry', field: 'logit' },
      { type: 'entry-key', key: { type: 'type', text: '12' } },
      { type: 'entry-key', key: { type: 'erase' } },
    );
    expect(editing.entry).toEqual({ field: 'logit', text: '1' });
    expect(softmaxReducer(editing, { type: 'entry-key', key: { type: 'cancel' } })).toEqual({
      ...editing,
      entry: undefined,
    });
    const empty = after({ type: 'start-entry', field: 'logit' }, ...typed(''));
    expect(empty.logits).toEqual(COURSE_LOGITS);
    expect(empty.error).toBeUndefined();
  });

  it('accepts only a finite positive temperature', () => {
    const t = (text: string): SoftmaxState =>
      after({ type: 'start-entry', field: 'temperature' }, ...typed(text));
    expect(t('0.5').temperature).toBe(0.5);
    expect(t('0').temperature).toBe(1);
    expect(t('0').error).toBe('the temperature must be greater than 0, not 0');
    expect(t('-2').error).toMatch(/greater than 0, not -2/);
    expect(t('inf').error).toMatch(/must be finite/);
    expect(t('x1').error).toBe('"x1" is not a number; the temperature is unchanged');
    expect(t('x1').temperature).toBe(1);
  });

  it('halves and doubles the temperature within its key range', () => {
    expect(after({ type: 'scale-temperature', factor: 2 }).temperature).toBe(2);
    expect(after({ type: 'scale-temperature', factor: 0.5 }).temperature).toBe(0.5);
    const many = Array.from(
      { length: 20 },
      () => ({ type: 'scale-temperature', factor: 0.5 }) as const,
    );
    expect(after(...many).temperature).toBe(TEMPERATURE_KEYS.min);
  });

  it('adds up to the maximum and removes down to two', () => {
    const added = after({ type: 'add', max: 4 });
    expect(added.logits).toEqual([2.33, -1.46, 0.56, 0]);
    expect(added.selected).toBe(3);
    const full = softmaxReducer(added, { type: 'add', max: 4 });
    expect(full.logits).toHaveLength(4);
    expect(full.error).toBe('at most 4 logits fit here');
    const capped = after(...Array.from({ length: 20 }, () => ({ type: 'add', max: 99 }) as const));
    expect(capped.logits).toHaveLength(MAX_LOGITS);

    const removed = after({ type: 'select', delta: 2 }, { type: 'remove' });
    expect(removed.logits).toEqual([2.33, -1.46]);
    expect(removed.selected).toBe(1);
    const floor = softmaxReducer(removed, { type: 'remove' });
    expect(floor.logits).toEqual([2.33, -1.46]);
    expect(floor.error).toMatch(/at least 2/);
    // The next good action clears the refusal.
    expect(softmaxReducer(floor, { type: 'select', delta: -1 }).error).toBeUndefined();
  });

  it('takes a key press as its command until a value is being typed, then as typing', () => {
    const press = (command: SoftmaxCommand | undefined, entry: EntryKey): SoftmaxAction => ({
      type: 'press',
      entry,
      ...(command ? { command } : {}),
    });
    const enter = press({ type: 'start-entry', field: 'logit' }, { type: 'commit' });
    const a = press({ type: 'add', max: 10 }, { type: 'type', text: 'a' });
    const five = press(undefined, { type: 'type', text: '5' });
    expect(after(a).logits).toEqual([...COURSE_LOGITS, 0]);
    expect(after(five)).toEqual(initialSoftmax());
    const typing = after(enter, a, five);
    expect(typing.logits).toEqual(COURSE_LOGITS);
    expect(typing.entry).toEqual({ field: 'logit', text: 'a5' });
    expect(after(enter, five, enter).logits).toEqual([5, -1.46, 0.56]);
  });

  it("restores the course's example", () => {
    const s = after(
      { type: 'nudge', delta: 1 },
      { type: 'scale-temperature', factor: 2 },
      { type: 'reset' },
    );
    expect(s).toEqual(initialSoftmax());
  });
});

describe('softmax view', () => {
  it('matches high-precision references for the course example', () => {
    const v = softmaxView(COURSE_LOGITS, 1);
    // 30-digit references, kept as text: as literals they would round before the comparison says so.
    const reference = ['0.838273143770392813', '0.0189412861991240326', '0.142785570030483154'].map(
      Number,
    );
    reference.forEach((p, i) => expect(v.softmax[i]).toBeCloseTo(p, 15));
    expect(v.sum).toBeCloseTo(1, 15);
    expect(v.top).toEqual([0]);
  });

  it('divides by the temperature', () => {
    const v = softmaxView([1, 0], 0.5);
    // softmax([2, 0]) = [e^2, 1] / (e^2 + 1), from the scalar formula.
    expect(v.softmax[0]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 1), 14);
  });

  it('gives sparsemax, which zeroes low scores, and marks ties', () => {
    const v = softmaxView([0.5, 0.4, -3], 1);
    expect(Array.from(v.sparsemax)).toEqual([0.55, 0.45, 0]);
    expect(softmaxView([1, 1, 0], 1).top).toEqual([0, 1]);
  });
});
