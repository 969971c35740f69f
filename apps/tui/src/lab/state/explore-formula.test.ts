import { activation, catalog } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { exploreView } from '../screens/explore-view.js';
import type { ExploreAction, ExploreState } from './explore.js';
import { exploreReducer, initialExplore, listIds, paramsOf, shownIds } from './explore.js';
import { MAX_FORMULAS, formulaDerivative, typedFormula } from './explore-formula.js';

const run = (
  actions: readonly ExploreAction[],
  from: ExploreState = initialExplore(),
): ExploreState => actions.reduce(exploreReducer, from);

const formulaKey: ExploreAction = { type: 'filter-type', text: 'f', opensFormula: true };
/** Opens the formula field, types `text` and presses Enter. */
const enter = (text: string): ExploreAction[] => [
  formulaKey,
  { type: 'entry-text', text },
  { type: 'entry-commit' },
];

const SILU = 'formula:x * sigmoid(x)';

describe('typing a formula on Explore', () => {
  it('opens the field with f while the filter is empty, and filters with it otherwise', () => {
    expect(run([formulaKey]).entry).toEqual({ field: 'formula', text: '' });
    const filtering = run([{ type: 'filter-type', text: 's' }, formulaKey]);
    expect(filtering.filter).toBe('sf');
    expect(filtering.entry).toBeUndefined();
  });

  it('plots a valid formula like a catalog function: listed first, selected, shown', () => {
    const filtering = run([{ type: 'filter-type', text: 'z' }]);
    const s = run(
      [
        { type: 'entry-start', field: 'formula' },
        { type: 'entry-text', text: 'x*sigmoid(x)' },
        { type: 'entry-commit' },
      ],
      filtering,
    );
    expect(s.entry).toBeUndefined();
    expect(s.selected).toBe(SILU);
    expect(s.formulas).toEqual([SILU]);
    expect(s.filter).toBe('');
    expect(listIds(s)[0]).toBe(SILU);
    expect(listIds(s)).toHaveLength(39);
    expect(shownIds(s)).toEqual([SILU]);
    const silu = activation('silu');
    if (silu.kind !== 'scalar') throw new Error('silu is scalar');
    const view = exploreView(s, 40, 10);
    expect(view.shown).toHaveLength(1);
    expect(view.shown[0]?.label).toBe('ƒ x * sigmo…');
    expect(view.shown[0]?.fx).toBeCloseTo(silu.f(1), 15);
    expect(view.shown[0]?.dfx).toBeCloseTo(silu.df(1), 15);
  });

  it('keeps the previous state on a formula that does not parse, the fault shown in the field', () => {
    const before = run([
      { type: 'entry-start', field: 'x' },
      { type: 'entry-text', text: '2' },
      { type: 'entry-commit' },
    ]);
    const opened = run([formulaKey, { type: 'entry-text', text: 'x * sigmod(x)' }], before);
    const s = run([{ type: 'entry-commit' }], opened);
    expect(s.entry?.field).toBe('formula');
    expect(s.entry?.text).toBe('x * sigmod(x)');
    expect(s.entry?.fault?.position).toBe(4);
    expect(s.entry?.fault?.end).toBe(10);
    expect(s.entry?.fault?.message).toMatch(/sigmoid/);
    expect({ ...s, entry: undefined }).toEqual({ ...opened, entry: undefined });
    expect(s.x).toBe(2);
    // Typing again drops the fault (it pointed into the old text); Esc leaves all as it was.
    const edited = run([{ type: 'entry-text', text: 'x * sigmo(x)' }], s);
    expect(edited.entry?.fault).toBeUndefined();
    const cancelled = run([{ type: 'entry-cancel' }], edited);
    expect(cancelled).toEqual({ ...before, message: undefined });
  });

  it('says what to type when Enter is pressed on an empty field', () => {
    const s = run([formulaKey, { type: 'entry-commit' }]);
    expect(s.entry?.fault?.message).toMatch(/type a formula in x/);
    expect(s.selected).toBe('sigmoid');
  });

  it('starts the field from the selected formula, to edit it', () => {
    const s = run([...enter('x * sigmoid(x)'), formulaKey]);
    expect(s.entry).toEqual({ field: 'formula', text: 'x * sigmoid(x)' });
  });

  it('keeps the newest formulas, dropping the oldest from the list, the pins and the parameters', () => {
    let s = run([...enter('x'), { type: 'toggle-pin' }]);
    expect(s.pinned).toEqual(['formula:x']);
    for (let i = 2; i <= MAX_FORMULAS + 1; i++) s = run(enter(`${i} * x`), s);
    expect(s.formulas).toHaveLength(MAX_FORMULAS);
    expect(s.formulas[0]).toBe(`formula:${MAX_FORMULAS + 1} * x`);
    expect(s.formulas).not.toContain('formula:x');
    expect(s.pinned).toEqual([]);
  });

  it('moves from the formulas into the catalog and back', () => {
    const s = run(enter('x * sigmoid(x)'));
    const down = run([{ type: 'move', by: 1 }], s);
    expect(down.selected).toBe(catalog[0]?.id);
    expect(run([{ type: 'move', by: -1 }], down).selected).toBe(SILU);
  });

  it('steps and types declared parameters within their declared range', () => {
    const s = run(enter('x * sigmoid(beta * x); beta = 1 in (0, 2]'));
    const id = s.selected;
    expect(paramsOf(s, id)).toEqual({ beta: 1 });
    const up = run([{ type: 'param-step', direction: 1 }], s);
    expect(paramsOf(up, id).beta).toBe(1.1);
    const far = run(
      [
        { type: 'entry-start', field: 'param' },
        { type: 'entry-text', text: '5' },
        { type: 'entry-commit' },
      ],
      up,
    );
    expect(paramsOf(far, id).beta).toBe(1.1);
    expect(far.message).toMatch(/beta must be in \(0, 2\]/);
  });
});

describe('formulas for the screen', () => {
  it('gives the normalized id of typed text, or its fault', () => {
    expect(typedFormula(' x*tanh( softplus(x))')).toEqual({
      ok: true,
      id: 'formula:x * tanh(softplus(x))',
    });
    const bad = typedFormula('x +');
    expect(bad.ok).toBe(false);
  });

  it('gives a derivative that is a formula evaluating to the derivative', () => {
    const derivative = formulaDerivative('formula:x * sigmoid(x)');
    const typed = typedFormula(derivative);
    if (!typed.ok) throw new Error(`the derivative ${derivative} does not parse`);
    const df = activation(typed.id);
    const silu = activation('silu');
    if (df.kind !== 'scalar' || silu.kind !== 'scalar') throw new Error('scalar');
    for (const x of [-3, -0.5, 0, 1, 2.5]) expect(df.f(x)).toBeCloseTo(silu.df(x), 14);
  });
});
