import { describe, expect, it } from 'vitest';
import type { TrainAction, TrainState } from '../state/train.js';
import { initialTrain, trainReducer } from '../state/train.js';
import { TRAIN_DATASETS, TRAIN_FIELDS } from '../state/train-settings.js';
import { trainPress } from './train-keys.js';

const run = (state: TrainState, ...actions: TrainAction[]): TrainState =>
  actions.reduce(trainReducer, state);
const at = (field: (typeof TRAIN_FIELDS)[number]): TrainState => ({
  ...initialTrain(),
  field: TRAIN_FIELDS.indexOf(field),
});

describe("Train's keys", () => {
  const key = (input: string, k: Record<string, boolean> = {}): TrainAction => trainPress(input, k);

  it('maps arrows, Enter and letters to the screen’s actions', () => {
    const s = initialTrain();
    expect(run(s, key('', { downArrow: true })).field).toBe(1);
    expect(run(s, key('', { rightArrow: true })).settings.dataset).toBe(TRAIN_DATASETS[1]);
    expect(run(s, key(' ')).run.status).toBe('running');
    expect(run(s, key('s')).run.stepsAsked).toBe(1);
    expect(run(s, key('r')).run.generation).toBe(1);
    expect(run(s, key('n')).settings.seed).toBe(2);
    expect(run(s, key('p')).showPoints).toBe(false);
    expect(run(s, key('q'))).toBe(s);
    expect(run(s, key('s', { ctrl: true }))).toBe(s);
  });

  it('sends every key to the text while typing, letters and Space included', () => {
    const s = run(at('hidden'), key('', { return: true }));
    expect(s.editing).toBe('8,8');
    const typed = run(s, key('', { backspace: true }), key('s'), key(' '), key('r'));
    expect(typed.editing).toBe('8,s r');
    expect(typed.run).toEqual(s.run);
    const done = run(typed, key('', { return: true }));
    expect(done.fieldError).toBe('"s" is not a whole number');
  });
});
