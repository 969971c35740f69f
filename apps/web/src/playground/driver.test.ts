import type { ModelJson } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import type { Command, DataMessage, Setup, Snapshot, WorkerMessage } from './protocol.js';
import { GRID_SIZE, THUMB_SIZE } from './run.js';
import { createPlaygroundDriver } from './driver.js';
import type { PlaygroundSettings } from './settings.js';
import { DEFAULT_SETTINGS, runRequestOf } from './settings.js';

/** A host whose clock advances 1 ms per reading and whose scheduled work runs on `drain`. */
function fakeHost() {
  const messages: WorkerMessage[] = [];
  let queue: (() => void)[] = [];
  let clock = 0;
  return {
    messages,
    host: {
      post: (m: WorkerMessage) => messages.push(m),
      now: () => (clock += 1),
      schedule: (fn: () => void) => queue.push(fn),
    },
    /** Runs up to `n` scheduled slices. */
    drain(n: number) {
      for (let i = 0; i < n && queue.length > 0; i++) {
        const next = queue;
        queue = [];
        next.forEach((fn) => fn());
      }
    },
    snapshots: () => messages.filter((m): m is Snapshot => m.type === 'snapshot'),
    last<T extends WorkerMessage['type']>(type: T) {
      return messages.filter((m) => m.type === type).at(-1) as Extract<WorkerMessage, { type: T }>;
    },
  };
}

function setup(patch: Partial<PlaygroundSettings> = {}, generation = 1): Setup {
  const s = { ...DEFAULT_SETTINGS, ...patch };
  return { generation, request: runRequestOf(s), custom: s.custom, speed: s.speed };
}

function configure(patch: Partial<PlaygroundSettings> = {}, generation = 1): Command {
  return { type: 'configure', ...setup(patch, generation) };
}

describe('the training driver', () => {
  it('answers a configuration with its data and a first snapshot', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    driver.send(configure());
    const data = t.last('data') as DataMessage;
    expect(data.generation).toBe(1);
    expect(data.classes).toBe(2);
    expect(data.shape).toEqual([2, 4, 2, 1]);
    expect(data.activations).toEqual(['tanh', 'tanh', 'sigmoid']);
    expect(data.train.labels.length + data.test.labels.length).toBe(500);
    expect(data.extent).toBe(6);
    const s = t.last('snapshot');
    expect(s.epoch).toBe(0);
    expect(s.playing).toBe(false);
    expect(s.heatmap).toHaveLength(GRID_SIZE * GRID_SIZE);
    expect(s.thumbnails).toHaveLength((2 + 4 + 2 + 1) * THUMB_SIZE * THUMB_SIZE);
    expect(s.layers.map((l) => l.units)).toEqual([4, 2, 1]);
    expect(s.weights.map((w) => w.length)).toEqual([8, 8, 2]);
  });

  it('sends a new snapshot only after the page has drawn the last one', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    driver.send(configure({ speed: 0 }));
    driver.send({ type: 'play' });
    t.drain(5);
    expect(t.snapshots()).toHaveLength(1);
    driver.send({ type: 'frame' });
    expect(t.snapshots()).toHaveLength(2);
    expect(t.snapshots()[1]!.epoch).toBeGreaterThan(0);
  });

  it('trains while playing: the epoch rises and the loss falls', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    driver.send(configure({ speed: 0 }));
    const start = t.last('snapshot').trainLoss;
    driver.send({ type: 'play' });
    for (let i = 0; i < 30; i++) {
      t.drain(1);
      driver.send({ type: 'frame' });
    }
    driver.send({ type: 'pause' });
    driver.send({ type: 'frame' });
    const end = t.last('snapshot');
    expect(end.playing).toBe(false);
    expect(end.epoch).toBeGreaterThan(50);
    expect(end.trainLoss).toBeLessThan(start / 2);
  });

  it('keeps to the chosen speed in epochs per second', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    driver.send(configure({ speed: 10 }));
    driver.send({ type: 'play' });
    // The fake clock advances 1 ms per reading, so a handful of slices spans well under a second.
    for (let i = 0; i < 20; i++) {
      t.drain(1);
      driver.send({ type: 'frame' });
    }
    expect(t.last('snapshot').epoch).toBeLessThanOrEqual(2);
  });

  it('steps one epoch at a time', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    driver.send(configure());
    driver.send({ type: 'step' });
    driver.send({ type: 'step' });
    expect(t.last('snapshot').epoch).toBe(2);
  });

  it('keeps the weights and the epoch count when points are added', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    driver.send(configure());
    driver.send({ type: 'step' });
    const before = t.last('snapshot').weights;
    driver.send({ type: 'points', custom: [{ x: 1, y: 1, label: 0 }] });
    const data = t.last('data');
    expect(data.train.labels.length).toBe(251);
    const after = t.last('snapshot');
    expect(after.epoch).toBe(1);
    expect(after.weights).toEqual(before);
  });

  it('stops and names the layer when training diverges', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    // A linear output with squared error and a huge rate overflows within a few epochs.
    driver.send(
      configure({
        hidden: [4],
        activations: [{ id: 'relu', params: {} }],
        output: { id: 'linear', params: {} },
        loss: 'mse',
        learningRate: 10,
        speed: 0,
      }),
    );
    driver.send({ type: 'play' });
    for (let i = 0; i < 50 && !t.last('snapshot').divergence; i++) {
      t.drain(1);
      driver.send({ type: 'frame' });
    }
    const s = t.last('snapshot');
    expect(s.playing).toBe(false);
    expect(s.divergence?.message).toMatch(/hidden layer 1|output layer|loss/);
    expect(s.divergence?.message).toContain('smaller learning rate');
    expect(s.divergence?.message).toContain('try 1');
  });

  it('reports a configuration the trainer refuses', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    driver.send(configure({ dataset: 'spiral3', loss: 'mse' }, 4));
    const error = t.last('error');
    expect(error.generation).toBe(4);
    expect(error.message).toMatch(/cross_entropy/);
  });

  it('exports a model that imports back to the same weights', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    driver.send(configure({ seed: 5 }));
    driver.send({ type: 'step' });
    driver.send({ type: 'export' });
    const model = t.last('model').json;
    const u = fakeHost();
    const other = createPlaygroundDriver(u.host);
    other.send({ type: 'import', model, ...setup({ seed: 99 }, 2) });
    other.send({ type: 'export' });
    expect(u.last('model').json).toEqual(model);
    expect(JSON.stringify(u.last('model').json)).toBe(JSON.stringify(model));
  });

  it('refuses a model whose shape differs from the settings sent with it', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    driver.send(configure());
    driver.send({ type: 'export' });
    const model = t.last('model').json;
    driver.send({
      type: 'import',
      model,
      ...setup({ hidden: [3], activations: [{ id: 'tanh', params: {} }] }, 2),
    });
    expect(t.last('error')).toMatchObject({
      generation: 2,
      message: expect.stringMatching(/3 layers/),
    });
  });

  it('refuses an invalid model with the field at fault', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    const broken = { format: 'actlab.mlp/1', inputSize: 0, layers: [] } as unknown as ModelJson;
    driver.send({ type: 'import', model: broken, ...setup() });
    expect(t.last('error').message).toMatch(/inputSize/);
  });

  it('trains three classes with a softmax output and cross-entropy', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    driver.send(
      configure({ dataset: 'iris', hidden: [4], activations: [{ id: 'relu', params: {} }] }),
    );
    const data = t.last('data');
    expect(data.classes).toBe(3);
    expect(data.activations).toEqual(['relu', 'softmax']);
    expect(data.featureNames[0]).toContain('standardized');
    const s = t.last('snapshot');
    expect(s.units).toBe(3);
    // Softmax outputs: each cell's three probabilities sum to 1.
    const cell = Array.from(s.heatmap.slice(0, 3));
    expect(cell.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe('input features and regression in the driver', () => {
  it('feeds the chosen features: the diagram has one input node per feature, the map stays 2-D', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    driver.send(configure({ inputs: ['x1sq', 'x2sq', 'sinx1'], hidden: [], activations: [] }));
    const data = t.last('data');
    expect(data.shape).toEqual([3, 1]);
    expect(data.inputNames).toEqual(['x1²', 'x2²', 'sin(x1)']);
    expect(data.featureNames).toEqual(['x1', 'x2']);
    // Points are drawn in the plane, two coordinates each.
    expect(data.train.inputs.length).toBe(data.train.labels.length * 2);
    const s = t.last('snapshot');
    expect(s.heatmap).toHaveLength(GRID_SIZE * GRID_SIZE);
    // The first input thumbnail is x1² over the thumbnail grid: largest in the corners, 0 inside.
    const cells = THUMB_SIZE * THUMB_SIZE;
    const x1sq = s.thumbnails.subarray(0, cells);
    expect(x1sq[0]).toBeCloseTo(data.extent ** 2, 4);
    expect(Math.min(...x1sq)).toBeGreaterThanOrEqual(0);
    expect(s.thumbnails).toHaveLength((3 + 1) * cells);
  });

  it('separates circle with no hidden layer on x1² and x2²', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    driver.send(configure({ inputs: ['x1sq', 'x2sq'], hidden: [], activations: [] }));
    for (let i = 0; i < 30; i++) driver.send({ type: 'step' });
    expect(t.last('snapshot').testAccuracy).toBeGreaterThan(0.9);
  });

  it('trains a regression surface with mse and reports R² instead of accuracy', () => {
    const t = fakeHost();
    const driver = createPlaygroundDriver(t.host);
    driver.send(configure({ dataset: 'plane', custom: [{ x: 1, y: 1, label: 1 }] }));
    const data = t.last('data');
    expect(data.task).toBe('regression');
    expect(data.activations.at(-1)).toBe('linear');
    // Clicked points carry a class, which a regression set has no use for.
    expect(data.train.labels.length + data.test.labels.length).toBe(500);
    const first = t.last('snapshot');
    for (let i = 0; i < 20; i++) driver.send({ type: 'step' });
    const s = t.last('snapshot');
    expect(s.trainLoss).toBeLessThan(first.trainLoss);
    expect(s.trainR2).toBeGreaterThan(0.8);
    expect(Number.isNaN(s.trainAccuracy)).toBe(true);
  });
});
