import { describe, expect, it } from 'vitest';
import type { ExploreAction, ExploreCommand, ExploreState } from './explore.js';
import type { EntryKey } from './text-entry.js';
import { exploreReducer, filtered, initialExplore, paramsOf, shownIds } from './explore.js';

const run = (
  actions: readonly ExploreAction[],
  from: ExploreState = initialExplore(),
): ExploreState => actions.reduce(exploreReducer, from);
const typeText = (text: string): ExploreAction[] =>
  [...text].map((c) => ({ type: 'filter-type', text: c }));

describe('the filter', () => {
  it('narrows the list by id, name or alias and moves the cursor to the first match', () => {
    const s = run(typeText('tanh'));
    expect(filtered(s.filter).map((i) => i.id)).toEqual([
      'gelu_tanh',
      'tanh',
      'hard_tanh',
      'tanh_shrink',
    ]);
    expect(s.selected).toBe('gelu_tanh');
    expect(filtered('swish').map((i) => i.id)).toContain('silu');
  });
  it("finds the binary step by the notes' name, with a space or an underscore", () => {
    expect(filtered('threshold function').map((i) => i.id)).toEqual(['binary_step']);
    expect(filtered('threshold_function').map((i) => i.id)).toEqual(['binary_step']);
    expect(filtered('leaky relu').map((i) => i.id)).toContain('leaky_relu');
  });
  it('keeps the cursor on a function that still matches', () => {
    expect(run(typeText('sig')).selected).toBe('sigmoid');
  });
  it('says when nothing matches and keeps the selection', () => {
    const before = run(typeText('z'));
    const s = run(typeText('zz'), before);
    expect(s.message).toBe('nothing matches "zzz"');
    expect(s.selected).toBe(before.selected);
    expect(run([{ type: 'filter-clear' }], s).filter).toBe('');
  });
});

describe('moving and comparing', () => {
  it('moves within the filtered list and stops at its ends', () => {
    const s = run([...typeText('tanh'), { type: 'move', by: 2 }]);
    expect(s.selected).toBe('hard_tanh');
    expect(run([{ type: 'move', by: 99 }], s).selected).toBe('tanh_shrink');
    expect(run([{ type: 'move', by: -99 }], s).selected).toBe('gelu_tanh');
  });
  it('pins up to four scalar functions and refuses a fifth and vector ones', () => {
    let s = initialExplore();
    for (const id of ['relu', 'tanh', 'elu', 'gelu'])
      s = run([{ type: 'toggle-pin' }], { ...s, selected: id });
    expect(s.pinned).toEqual(['relu', 'tanh', 'elu', 'gelu']);
    const fifth = run([{ type: 'toggle-pin' }], { ...s, selected: 'mish' });
    expect(fifth.pinned).toHaveLength(4);
    expect(fifth.message).toMatch(/compare holds 4/);
    expect(shownIds(fifth)).toEqual(['relu', 'tanh', 'elu', 'gelu']);
    const vector = run([{ type: 'toggle-pin' }], { ...initialExplore(), selected: 'softmax' });
    expect(vector.pinned).toEqual([]);
    expect(vector.message).toMatch(/Softmax screen/);
    expect(run([{ type: 'toggle-pin' }], { ...s, selected: 'tanh' }).pinned).toEqual([
      'relu',
      'elu',
      'gelu',
    ]);
  });
});

describe('parameters', () => {
  const leaky = { ...initialExplore(), selected: 'leaky_relu' };
  it('steps a parameter and stops at the edge of its valid range with a message', () => {
    const up = run([{ type: 'param-step', direction: 1 }], leaky);
    expect(paramsOf(up, 'leaky_relu').alpha).toBe(0.1);
    const zero = run([{ type: 'param-step', direction: -1 }], up);
    expect(paramsOf(zero, 'leaky_relu').alpha).toBe(0);
    const below = run([{ type: 'param-step', direction: -1 }], zero);
    expect(paramsOf(below, 'leaky_relu').alpha).toBe(0);
    expect(below.message).toBe('alpha must be in [0, ∞); -0.1 is not');
  });
  it('refuses a typed value that breaks a rule between parameters, keeping the old one', () => {
    const s = run(
      [
        { type: 'param-select', by: 0 },
        { type: 'entry-start', field: 'param' },
        { type: 'entry-text', text: '5' },
        { type: 'entry-commit' },
      ],
      { ...initialExplore(), selected: 'hard_tanh' },
    );
    expect(paramsOf(s, 'hard_tanh').min_val).toBe(-1);
    expect(s.message).toMatch(/min_val/);
    expect(s.entry).toBeDefined();
  });
  it('takes a valid typed value and resets to the defaults', () => {
    const s = run(
      [
        { type: 'entry-start', field: 'param' },
        { type: 'entry-text', text: '0.25' },
        { type: 'entry-commit' },
      ],
      leaky,
    );
    expect(paramsOf(s, 'leaky_relu').alpha).toBe(0.25);
    expect(s.entry).toBeUndefined();
    expect(paramsOf(run([{ type: 'reset' }], s), 'leaky_relu').alpha).toBe(0.01);
  });
  it('says so when the function has no parameters', () => {
    expect(run([{ type: 'param-step', direction: 1 }]).message).toBe('sigmoid has no parameters');
  });
});

describe('x, the window and f', () => {
  it('takes a typed x and names a bad one, keeping the old x', () => {
    const bad = run([
      { type: 'entry-start', field: 'x' },
      { type: 'entry-text', text: 'abc' },
      { type: 'entry-commit' },
    ]);
    expect(bad.x).toBe(1);
    expect(bad.message).toBe('"abc" is not a number');
    const good = run([{ type: 'entry-text', text: '-1e-3' }, { type: 'entry-commit' }], bad);
    expect(good.x).toBe(-0.001);
    expect(good.entry).toBeUndefined();
    const far = run(
      [
        { type: 'entry-start', field: 'x' },
        { type: 'entry-text', text: '-Infinity' },
        { type: 'entry-commit' },
      ],
      good,
    );
    expect(far.x).toBe(-Infinity);
  });
  it('zooms about the middle, pans by a quarter and resets', () => {
    const z = run([{ type: 'zoom', factor: 0.5 }]);
    expect([z.from, z.to]).toEqual([-3, 3]);
    const p = run([{ type: 'pan', direction: 1 }], z);
    expect([p.from, p.to]).toEqual([-1.5, 4.5]);
    const r = run([{ type: 'reset' }], p);
    expect([r.from, r.to]).toEqual([-6, 6]);
    expect(run([{ type: 'toggle-derivative' }]).derivative).toBe(false);
  });
});

describe('key presses', () => {
  const press = (command: ExploreCommand | undefined, entry: EntryKey): ExploreAction => ({
    type: 'press',
    entry,
    ...(command ? { command } : {}),
  });
  const equals = press({ type: 'entry-start', field: 'x' }, { type: 'type', text: '=' });
  const two = press(
    { type: 'filter-type', text: '2', shellKey: true },
    { type: 'type', text: '2' },
  );
  const enter = press({ type: 'toggle-pin' }, { type: 'commit' });

  it('takes a key as its command until a field is open, then as typing', () => {
    const opened = run([equals]);
    expect(opened.entry).toEqual({ field: 'x', text: '' });
    const typed = run([two, enter], opened);
    expect(typed.x).toBe(2);
    expect(typed.pinned).toEqual([]);
  });

  it('leaves the shell its keys while the filter is empty, and takes them once it is not', () => {
    expect(run([two]).filter).toBe('');
    const s = run([{ type: 'filter-type', text: 's' }, two]);
    expect(s.filter).toBe('s2');
  });
});
