/**
 * Speed figures for the playground, in Node (run `npx vitest bench --run --project unit
 * src/playground/measure.bench.ts`): epochs per second of the default problem (the training loop
 * alone), the 100 x 100 heatmap (prediction and colouring) and a whole snapshot as the worker
 * builds it. Figures, not assertions: speed claims live in benchmarks, never in timed tests.
 */
import { createSession, gridInputs, planRun, planeGrid } from '@actlab/train';
import { bench, describe } from 'vitest';
import { classColors, fillHeatmap, parseColor } from './colors.js';
import type { Snapshot, WorkerMessage } from './protocol.js';
import { createPlaygroundDriver } from './driver.js';
import { GRID_SIZE, THUMB_SIZE } from './run.js';
import { DEFAULT_SETTINGS, runRequestOf } from './settings.js';
import { nodeOutputs } from './thumbnails.js';

const session = createSession(planRun(runRequestOf(DEFAULT_SETTINGS)));
const grid = planeGrid(6, GRID_SIZE);
const heatmap = session.predictGrid(grid);
const pixels = new Uint8ClampedArray(GRID_SIZE * GRID_SIZE * 4);
const palette = {
  background: '#ffffff',
  text: '#111827',
  muted: '#6b7280',
  grid: '#e5e7eb',
  axis: '#9ca3af',
  series: ['#2563eb', '#d97706', '#059669'],
  positive: '#2563eb',
  negative: '#ea580c',
  shade: '',
};
const colors = classColors(palette, 2);
const white = parseColor(palette.background);
const thumbs = gridInputs(planeGrid(6, THUMB_SIZE), 2);

let posted: WorkerMessage | undefined;
const driver = createPlaygroundDriver({
  post: (m) => (posted = m),
  now: () => performance.now(),
  schedule: () => undefined,
});
driver.send({
  type: 'configure',
  generation: 1,
  request: runRequestOf(DEFAULT_SETTINGS),
  custom: [],
  speed: 0,
});

describe('playground, default problem (circle, 2-4-2-1 tanh, batch 10, 250 training rows)', () => {
  bench('one training epoch (session.runEpoch)', () => {
    session.runEpoch();
  });
  bench('heatmap prediction, 100 x 100 (session.predictGrid)', () => {
    session.predictGrid(grid, heatmap);
  });
  bench('heatmap colouring, 100 x 100 (fillHeatmap)', () => {
    fillHeatmap(pixels, heatmap, GRID_SIZE, 1, colors, white);
  });
  bench('node thumbnails, 9 nodes of 16 x 16 (nodeOutputs)', () => {
    nodeOutputs(session.network, thumbs, THUMB_SIZE * THUMB_SIZE);
  });
  bench('whole snapshot: evaluate, heatmap, thumbnails, weights (driver step)', () => {
    driver.send({ type: 'step' });
    if ((posted as Snapshot | undefined)?.type !== 'snapshot') throw new Error('no snapshot');
  });
});
