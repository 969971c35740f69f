import type { Metrics } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import type { TrainAction, TrainCommand, TrainState } from './train.js';
import type { EntryKey } from './text-entry.js';
import { MAX_HISTORY, appendHistory, initialTrain, trainReducer } from './train.js';
import {
  DEFAULT_SETTINGS,
  HIDDEN_ACTIVATIONS,
  LEARNING_RATES,
  TRAIN_DATASETS,
  TRAIN_FIELDS,
  parseActivations,
  parseLayers,
  requestOf,
} from './train-settings.js';

function run(state: TrainState, ...actions: TrainAction[]): TrainState {
  return actions.reduce(trainReducer, state);
}

function metrics(epoch: number, trainLoss: number, testLoss = trainLoss): Metrics {
  return { epoch, step: epoch * 10, trainLoss, testLoss, accuracy: 0.5, layers: [] };
}

/** The state with the cursor on `field`. */
function at(field: (typeof TRAIN_FIELDS)[number], state = initialTrain()): TrainState {
  return { ...state, field: TRAIN_FIELDS.indexOf(field) };
}

describe('train settings', () => {
  it('moves the cursor over the fields and wraps at both ends', () => {
    const s = initialTrain();
    expect(run(s, { type: 'select', delta: 1 }).field).toBe(1);
    expect(run(s, { type: 'select', delta: -1 }).field).toBe(TRAIN_FIELDS.length - 1);
  });

  it('cycles the dataset through the catalog, and a change starts a new, idle network', () => {
    const s = run(initialTrain(), { type: 'toggle-run' });
    const next = run(s, { type: 'cycle', delta: 1 });
    expect(next.settings.dataset).toBe(TRAIN_DATASETS[1]);
    expect(next.run).toEqual({
      status: 'idle',
      generation: 1,
      epoch: 0,
      history: [],
      speed: 0,
      stepsAsked: 0,
    });
    expect(run(initialTrain(), { type: 'cycle', delta: -1 }).settings.dataset).toBe(
      TRAIN_DATASETS[TRAIN_DATASETS.length - 1],
    );
    expect(TRAIN_DATASETS).not.toContain('digits');
  });

  it('cycles the activation through the scalar catalog', () => {
    const next = run(at('activation'), { type: 'cycle', delta: 1 });
    const i = HIDDEN_ACTIVATIONS.indexOf('tanh');
    expect(next.settings.activation).toBe(HIDDEN_ACTIVATIONS[i + 1]);
    expect(HIDDEN_ACTIVATIONS).toContain('sigmoid');
    expect(HIDDEN_ACTIVATIONS).not.toContain('softmax');
  });

  it('climbs the learning-rate ladder and stops at its ends', () => {
    const up = run(at('learningRate'), { type: 'cycle', delta: 1 });
    expect(up.settings.learningRate).toBe(0.1);
    const top = run(
      up,
      ...Array.from({ length: 20 }, () => ({ type: 'cycle', delta: 1 }) as const),
    );
    expect(top.settings.learningRate).toBe(LEARNING_RATES[LEARNING_RATES.length - 1]);
    const bottom = run(
      up,
      ...Array.from({ length: 20 }, () => ({ type: 'cycle', delta: -1 }) as const),
    );
    expect(bottom.settings.learningRate).toBe(0.0001);
  });

  it('cycles the optimizer and the batch size, and builds the request from the settings', () => {
    const s = run(
      at('optimizer'),
      { type: 'cycle', delta: 1 },
      { type: 'select', delta: 2 },
      { type: 'cycle', delta: 1 },
    );
    expect(s.settings.optimizer).toBe('momentum');
    expect(s.settings.batchSize).toBe(25);
    expect(requestOf(s.settings)).toMatchObject({
      dataset: 'circle',
      hidden: [8, 8],
      activation: 'tanh',
      optimizer: { type: 'momentum', learningRate: 0.03 },
      batchSize: 25,
      seed: 1,
    });
  });
});

describe('hidden layers typed in', () => {
  it('reads unit counts and names what is wrong', () => {
    expect(parseLayers(' 4, 2 ')).toEqual({ hidden: [4, 2] });
    expect(parseLayers('none')).toEqual({ hidden: [] });
    expect(parseLayers('8,x')).toEqual({ error: '"x" is not a whole number' });
    expect(parseLayers('8,0')).toEqual({ error: '0 units; use 1 to 64' });
    expect(parseLayers('65')).toEqual({ error: '65 units; use 1 to 64' });
    expect(parseLayers('1,1,1,1,1,1,1')).toEqual({ error: '7 layers; at most 6' });
    expect(parseLayers('2.5')).toEqual({ error: '"2.5" is not a whole number' });
  });

  it('starts from the current layers, edits, and commits a new network', () => {
    const s = run(at('hidden'), { type: 'edit-start' });
    expect(s.editing).toBe('8,8');
    const typed = run(
      s,
      { type: 'edit', key: { type: 'erase' } },
      { type: 'edit', key: { type: 'erase' } },
      { type: 'edit', key: { type: 'type', text: '4,4,2' } },
    );
    expect(typed.editing).toBe('84,4,2');
    const committed = run(
      typed,
      { type: 'edit', key: { type: 'erase' } },
      { type: 'edit', key: { type: 'commit' } },
    );
    expect(committed.editing).toBeUndefined();
    expect(committed.settings.hidden).toEqual([8, 8]);
    expect(committed.run.generation).toBe(0);
    expect(committed.fieldError).toBe('84 units; use 1 to 64');
    const good = run(
      s,
      { type: 'edit', key: { type: 'erase' } },
      { type: 'edit', key: { type: 'erase' } },
      { type: 'edit', key: { type: 'type', text: ',4,2' } },
      { type: 'edit', key: { type: 'commit' } },
    );
    expect(good.settings.hidden).toEqual([8, 4, 2]);
    expect(good.run.generation).toBe(1);
    expect(good.editing).toBeUndefined();
  });

  it('keeps the old layers and shows the problem when the text is bad', () => {
    const s = run(
      at('hidden'),
      { type: 'edit-start' },
      { type: 'edit', key: { type: 'type', text: 'abc' } },
      { type: 'edit', key: { type: 'commit' } },
    );
    expect(s.settings.hidden).toEqual([8, 8]);
    expect(s.fieldError).toBe('"8abc" is not a whole number');
    expect(s.editing).toBeUndefined();
    expect(s.run.generation).toBe(0);
    // The next change clears the error.
    expect(run(s, { type: 'edit-start' }).fieldError).toBeUndefined();
  });

  it('cancels without change, and only the layers field opens an edit', () => {
    const s = run(
      at('hidden'),
      { type: 'edit-start' },
      { type: 'edit', key: { type: 'type', text: '4' } },
      { type: 'edit', key: { type: 'cancel' } },
    );
    expect(s).toEqual(at('hidden'));
    expect(run(initialTrain(), { type: 'edit-start' }).editing).toBeUndefined();
  });

  it('ignores arrows while typing', () => {
    const s = run(at('hidden'), { type: 'edit-start' });
    expect(run(s, { type: 'select', delta: 1 }, { type: 'cycle', delta: 1 })).toBe(s);
  });
});

describe('activations typed in', () => {
  const enter = { type: 'edit', key: { type: 'commit' } } as const;
  const typeText = (text: string): TrainAction => ({
    type: 'edit',
    key: { type: 'type', text: text },
  });
  const clear = (n: number): TrainAction[] =>
    Array.from({ length: n }, () => ({ type: 'edit', key: { type: 'erase' } }) as TrainAction);

  it('reads one id for all layers or one per layer, aliases included, and names mistakes', () => {
    expect(parseActivations('relu', 2)).toEqual({ ids: ['relu'] });
    expect(parseActivations('swish, tanh', 2)).toEqual({ ids: ['silu', 'tanh'] });
    expect(parseActivations('relu,tanh,relu', 2)).toEqual({
      error: '3 activations for 2 hidden layers; give 1 or 2',
    });
    const typo = parseActivations('rleu', 2);
    expect('error' in typo && typo.error).toMatch(
      /^"rleu" is not an activation for hidden layers; try .*relu/,
    );
    expect(parseActivations('softmax', 2)).toMatchObject({
      error: expect.stringMatching(/"softmax" is not/),
    });
  });

  it('sets one activation per layer, sends them to training and shows them', () => {
    const s = run(at('activation'), { type: 'edit-start' });
    expect(s.editing).toBe('tanh');
    expect(s.editField).toBe('activation');
    const done = run(s, ...clear(4), typeText('sigmoid,relu'), enter);
    expect(done.settings.activations).toEqual(['sigmoid', 'relu']);
    expect(requestOf(done.settings).activation).toEqual(['sigmoid', 'relu']);
    expect(done.run.generation).toBe(s.run.generation + 1);
    // Cycling with the arrows goes back to one activation for every layer.
    const cycled = run(done, { type: 'cycle', delta: 1 });
    expect(cycled.settings.activations).toBeUndefined();
    expect(requestOf(cycled.settings).activation).toBe(cycled.settings.activation);
  });

  it('keeps the old activations when the text is refused, and drops per-layer ones when the layers change', () => {
    const perLayer = run(
      at('activation'),
      { type: 'edit-start' },
      ...clear(4),
      typeText('relu,elu'),
      enter,
    );
    const refused = run(perLayer, { type: 'edit-start' }, typeText(',nope'), enter);
    expect(refused.settings.activations).toEqual(['relu', 'elu']);
    expect(refused.fieldError).toMatch(/"nope" is not an activation/);
    const threeLayers = run(
      { ...refused, field: TRAIN_FIELDS.indexOf('hidden') },
      { type: 'edit-start' },
      typeText(',4'),
      enter,
    );
    expect(threeLayers.settings.hidden).toEqual([8, 8, 4]);
    expect(threeLayers.settings.activations).toBeUndefined();
  });
});

describe('the run', () => {
  it('starts, pauses and resumes', () => {
    const s = run(initialTrain(), { type: 'toggle-run' });
    expect(s.run.status).toBe('running');
    expect(run(s, { type: 'toggle-run' }).run.status).toBe('paused');
  });

  it('records progress of its own generation only', () => {
    const s = run(
      initialTrain(),
      { type: 'toggle-run' },
      { type: 'progress', generation: 0, metrics: metrics(0, 0.7) },
      { type: 'progress', generation: 0, metrics: metrics(5, 0.5, 0.6), speed: 100 },
      { type: 'progress', generation: 7, metrics: metrics(9, 0.1) },
    );
    expect(s.run.epoch).toBe(5);
    expect(s.run.speed).toBe(100);
    expect(s.run.history).toEqual([
      { epoch: 0, trainLoss: 0.7, testLoss: 0.7 },
      { epoch: 5, trainLoss: 0.5, testLoss: 0.6 },
    ]);
  });

  it('a step from idle leaves the run paused at that epoch', () => {
    const s = run(initialTrain(), { type: 'progress', generation: 0, metrics: metrics(1, 0.6) });
    expect(s.run.status).toBe('paused');
    expect(s.run.epoch).toBe(1);
  });

  it('reset goes back to epoch 0 with a new generation and the same seed; n changes the seed', () => {
    const trained = run(
      initialTrain(),
      { type: 'toggle-run' },
      { type: 'progress', generation: 0, metrics: metrics(40, 0.2) },
    );
    const reset = run(trained, { type: 'reset' });
    expect(reset.run).toEqual({
      status: 'idle',
      generation: 1,
      epoch: 0,
      history: [],
      speed: 0,
      stepsAsked: 0,
    });
    expect(reset.settings).toBe(trained.settings);
    const seeded = run(trained, { type: 'new-seed' });
    expect(seeded.settings.seed).toBe(DEFAULT_SETTINGS.seed + 1);
    expect(seeded.run.epoch).toBe(0);
  });

  it('stops on a loss that is not a number and says so', () => {
    const s = run(
      initialTrain(),
      { type: 'toggle-run' },
      { type: 'progress', generation: 0, metrics: metrics(12, Number.NaN) },
    );
    expect(s.run.status).toBe('diverged');
    expect(s.run.error).toMatch(
      /^training diverged at epoch 12: the loss is NaN; lower the learning rate/,
    );
    // Space does not restart a diverged run, and later progress is ignored.
    expect(run(s, { type: 'toggle-run' })).toBe(s);
    expect(run(s, { type: 'progress', generation: 0, metrics: metrics(13, 1) })).toBe(s);
    expect(
      run(initialTrain(), { type: 'progress', generation: 0, metrics: metrics(3, Infinity) }).run
        .error,
    ).toMatch(/the loss is ∞/);
  });

  it('keeps the trainer’s refusal as the run’s error', () => {
    const s = run(initialTrain(), { type: 'failed', generation: 0, message: 'bad config' });
    expect(s.run.status).toBe('failed');
    expect(s.run.error).toBe('bad config');
    expect(run(initialTrain(), { type: 'failed', generation: 3, message: 'old' }).run.status).toBe(
      'idle',
    );
  });

  it('thins a long history, keeping its first and newest points', () => {
    let history = appendHistory([], { epoch: 0, trainLoss: 1, testLoss: 1 });
    for (let e = 1; e <= 2000; e++)
      history = appendHistory(history, { epoch: e, trainLoss: 1, testLoss: 1 });
    expect(history.length).toBeLessThanOrEqual(MAX_HISTORY);
    expect(history[0]?.epoch).toBe(0);
    expect(history[history.length - 1]?.epoch).toBe(2000);
  });

  it('asks for single steps only while idle or paused', () => {
    const s = run(initialTrain(), { type: 'step' }, { type: 'step' });
    expect(s.run.stepsAsked).toBe(2);
    const running = run(s, { type: 'toggle-run' }, { type: 'step' });
    expect(running.run.stepsAsked).toBe(2);
    expect(run(s, { type: 'reset' }).run.stepsAsked).toBe(0);
  });

  it('toggles the points on the map', () => {
    expect(run(initialTrain(), { type: 'toggle-points' }).showPoints).toBe(false);
  });
});

describe('key presses', () => {
  const press = (command: TrainCommand | undefined, entry: EntryKey): TrainAction => ({
    type: 'press',
    entry,
    ...(command ? { command } : {}),
  });

  it('takes a key press as its command until a field is being typed, then as typing', () => {
    const enter = press({ type: 'edit-start' }, { type: 'commit' });
    const space = press({ type: 'toggle-run' }, { type: 'type', text: ' ' });
    expect(run(initialTrain(), space).run.status).toBe('running');
    const s = run(at('hidden'), enter);
    expect(s.editing).toBe('8,8');
    const typed = run(s, space, press(undefined, { type: 'type', text: 'x' }));
    expect(typed.editing).toBe('8,8 x');
    expect(typed.run).toEqual(s.run);
    expect(run(typed, enter).fieldError).toBe('"x" is not a whole number');
  });
});
