/**
 * One configured run inside the worker: the trainer with its data (clicked points appended), and
 * the messages that describe it: the data once, snapshots as training goes. Building goes through
 * @actlab/train's `prepareRun`, as the API and the CLI do, so the same settings train the same
 * network everywhere.
 */
import type { Dataset, FeatureId, Network, Trainer } from '@actlab/train';
import { createTrainer, featureDataset, featureRows, prepareRun } from '@actlab/train';
import { withCustomPoints } from './custom-points.js';
import { findDivergence } from './divergence.js';
import type { DataMessage, Divergence, Setup, Snapshot } from './protocol.js';
import { gridInputs, nodeOutputs } from './thumbnails.js';

/** Heatmap cells per side. */
export const GRID_SIZE = 100;
/** Thumbnail cells per side. */
export const THUMB_SIZE = 16;

/** A trainer and what is needed to describe it. */
export interface Run {
  readonly setup: Setup;
  readonly trainer: Trainer;
  /** Training rows with the clicked points, as the network sees them (through `inputs`). */
  readonly train: Dataset;
  /** Test rows (unchanged by clicked points), as the network sees them. */
  readonly test: Dataset;
  /** The training rows in the (x1, x2) plane, for drawing (the same as `train` without features). */
  readonly planeTrain: Dataset;
  /** The test rows in the plane. */
  readonly planeTest: Dataset;
  /** The input features the network sees, when the settings chose some. */
  readonly inputs?: readonly FeatureId[];
  /** True when the inputs were standardized (iris). */
  readonly standardized: boolean;
  /** The heatmap covers [-extent, extent]^2. */
  readonly extent: number;
  /** The thumbnails' grid rows. */
  readonly thumbInputs: Float64Array;
  /** Epochs run by earlier trainers of this configuration (clicked points rebuild the trainer). */
  readonly epochOffset: number;
}

/** Half-width of the square the heatmap shows: every point inside, rounded up to a whole unit. */
export function extentOf(...sets: Dataset[]): number {
  let max = 0;
  for (const d of sets) for (const v of d.inputs) max = Math.max(max, Math.abs(v));
  return Math.max(1, Math.ceil(max * 1.05));
}

/** Copies `source`'s weights into `target`, which must have the same shape. */
export function copyWeights(source: Network, target: Network): void {
  if (source.layers.length !== target.layers.length || source.inputSize !== target.inputSize) {
    throw new Error(
      `the model has ${source.layers.length} layers on ${source.inputSize} inputs; the page's network has ${target.layers.length} on ${target.inputSize}`,
    );
  }
  target.layers.forEach((layer, i) => {
    const from = source.layers[i] as Network['layers'][number];
    if (
      from.weights.length !== layer.weights.length ||
      from.biases.length !== layer.biases.length
    ) {
      throw new Error(`layer ${i + 1} of the model does not have the page's shape`);
    }
    layer.weights.set(from.weights);
    layer.biases.set(from.biases);
  });
}

/**
 * A run for `setup`, with fresh weights from the seed, or with `weights` copied in (an imported
 * model, or the previous run's network when points were added; then `previous` carries its epochs).
 * Throws @actlab/train's errors for a configuration it refuses.
 */
export function buildRun(setup: Setup, weights?: Network, previous?: Run): Run {
  const prepared = prepareRun(setup.request);
  const { inputs } = prepared;
  // Clicked points are (x1, x2) rows, so they join the plane's rows before the features are taken.
  const plane = prepared.plane ?? prepared.data;
  const planeTest = plane.test as Dataset;
  const planeTrain = withCustomPoints(plane.train, setup.custom);
  const train = inputs ? featureDataset(planeTrain, inputs) : planeTrain;
  const test = inputs ? featureDataset(planeTest, inputs) : planeTest;
  const trainer = createTrainer(prepared.config, { train, test });
  if (weights) copyWeights(weights, trainer.network);
  const extent = extentOf(planeTrain, planeTest);
  const thumbRows = THUMB_SIZE * THUMB_SIZE;
  return {
    setup,
    trainer,
    train,
    test,
    planeTrain,
    planeTest,
    ...(inputs ? { inputs } : {}),
    standardized: prepared.scaling !== undefined,
    extent,
    thumbInputs: inputs
      ? featureRows(gridInputs(extent, THUMB_SIZE, 2), thumbRows, inputs)
      : gridInputs(extent, THUMB_SIZE, trainer.network.inputSize),
    epochOffset: previous ? previous.epochOffset + previous.trainer.epoch : 0,
  };
}

/** Epochs completed in this configuration. */
export function runEpoch(run: Run): number {
  return run.epochOffset + run.trainer.epoch;
}

/** The data message of a run. */
export function dataMessage(run: Run): DataMessage {
  const { planeTrain: train, planeTest: test } = run;
  const net = run.trainer.network;
  const last = net.layers[net.layers.length - 1] as Network['layers'][number];
  return {
    type: 'data',
    generation: run.setup.generation,
    task: train.task,
    classes: train.task === 'binary' ? 2 : last.units,
    train: { inputs: train.inputs, labels: train.targets },
    test: { inputs: test.inputs, labels: test.targets },
    extent: run.extent,
    featureNames: train.featureNames.map((n) => (run.standardized ? `${n}, standardized` : n)),
    inputNames: run.train.featureNames,
    shape: [net.inputSize, ...net.layers.map((l) => l.units)],
    activations: net.layers.map((l) => l.act.id),
  };
}

/**
 * The state of the run now. `divergence` is one found earlier (it stays); otherwise the weights,
 * gradients and loss are checked, and a divergence found stops the play.
 */
export function snapshotOf(run: Run, playing: boolean, divergence?: Divergence): Snapshot {
  const metrics = run.trainer.evaluate();
  const net = run.trainer.network;
  const found =
    divergence ??
    findDivergence(
      net,
      metrics.trainLoss,
      metrics.layers,
      run.setup.request.optimizer?.learningRate ?? 0.03,
      runEpoch(run),
    );
  const e = run.extent;
  const heatmap = run.trainer.predictGrid({
    xMin: -e,
    xMax: e,
    yMin: -e,
    yMax: e,
    size: GRID_SIZE,
    ...(run.inputs ? { features: run.inputs } : {}),
  });
  const last = net.layers[net.layers.length - 1] as Network['layers'][number];
  return {
    type: 'snapshot',
    generation: run.setup.generation,
    playing: playing && !found,
    epoch: runEpoch(run),
    trainLoss: metrics.trainLoss,
    testLoss: metrics.testLoss ?? NaN,
    trainAccuracy: metrics.accuracy ?? NaN,
    testAccuracy: metrics.testAccuracy ?? NaN,
    trainR2: metrics.r2 ?? NaN,
    testR2: metrics.testR2 ?? NaN,
    layers: metrics.layers.map((l, i) => ({
      gradientNorm: l.gradientNorm,
      stuck: Math.round(l.saturated * (net.layers[i]?.rows ?? 0)),
      units: net.layers[i]?.rows ?? 0,
    })),
    heatmap,
    gridSize: GRID_SIZE,
    units: last.units,
    thumbnails: nodeOutputs(net, run.thumbInputs, THUMB_SIZE * THUMB_SIZE),
    thumbSize: THUMB_SIZE,
    weights: net.layers.map((l) => Float64Array.from(l.weights)),
    ...(found ? { divergence: found } : {}),
  };
}
