/**
 * One configured run inside the worker: @actlab/train's session over the planned data (clicked
 * points appended), and the messages that describe it: the data once, snapshots as training goes.
 * The run is planned by `planRun`, as the API and the CLI plan theirs, so the same settings train
 * the same network everywhere; the session does the training, the evaluation and the heatmap.
 */
import type { Dataset, FeatureId, ModelJson, Network, Session } from '@actlab/train';
import {
  MAX_EPOCHS,
  createSession,
  featureDataset,
  gridInputs,
  planRun,
  planeExtent,
  planeGrid,
} from '@actlab/train';
import { activationLabel } from './activation-choice.js';
import { withCustomPoints } from './custom-points.js';
import { findDivergence } from './divergence.js';
import type { DataMessage, Divergence, Setup, Snapshot } from './protocol.js';
import { nodeOutputs } from './thumbnails.js';

/** Heatmap cells per side. */
export const GRID_SIZE = 100;
/** Thumbnail cells per side. */
export const THUMB_SIZE = 16;

/** A session and what is needed to describe it. */
export interface Run {
  readonly setup: Setup;
  /** The pipeline's session: it trains, evaluates and predicts. */
  readonly session: Session;
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
}

/**
 * A run for `setup`, with fresh weights from the seed, or starting from `weights` (an imported
 * model, or the previous run's network when points were added; then `previous` carries its epochs).
 * Throws @actlab/train's errors for a configuration it refuses or weights of another shape.
 */
export function buildRun(setup: Setup, weights?: ModelJson | Network, previous?: Run): Run {
  // The playground trains until paused: plan the most epochs a run may have.
  const plan = planRun({ ...setup.request, epochs: MAX_EPOCHS });
  const { inputs } = plan;
  // Clicked points are (x1, x2) rows, so they join the plane's rows before the features are taken.
  const plane = plan.plane ?? plan.data;
  const planeTest = plane.test as Dataset;
  const planeTrain = withCustomPoints(plane.train, setup.custom);
  const train = inputs ? featureDataset(planeTrain, inputs) : planeTrain;
  const test = inputs ? featureDataset(planeTest, inputs) : planeTest;
  const session = createSession(plan, {
    data: { train, test },
    ...(weights ? { weights } : {}),
    epochOffset: previous?.session.epoch ?? 0,
  });
  const extent = planeExtent(planeTrain, planeTest);
  return {
    setup,
    session,
    train,
    test,
    planeTrain,
    planeTest,
    ...(inputs ? { inputs } : {}),
    standardized: plan.scaling !== undefined,
    extent,
    thumbInputs: gridInputs(planeGrid(extent, THUMB_SIZE, inputs), session.network.inputSize),
  };
}

/** The data message of a run. */
export function dataMessage(run: Run): DataMessage {
  const { planeTrain: train, planeTest: test } = run;
  const net = run.session.network;
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
    activations: net.layers.map((l) => activationLabel(l.act.id)),
  };
}

/**
 * The state of the run now. `divergence` is one found earlier (it stays); otherwise the weights,
 * gradients and loss are checked, and a divergence found stops the play.
 */
export function snapshotOf(run: Run, playing: boolean, divergence?: Divergence): Snapshot {
  const metrics = run.session.metrics();
  const net = run.session.network;
  const found =
    divergence ??
    findDivergence(
      net,
      metrics.trainLoss,
      metrics.layers,
      run.setup.request.optimizer?.learningRate ?? 0.03,
      run.session.epoch,
    );
  const heatmap = run.session.predictGrid(planeGrid(run.extent, GRID_SIZE, run.inputs));
  const last = net.layers[net.layers.length - 1] as Network['layers'][number];
  return {
    type: 'snapshot',
    generation: run.setup.generation,
    playing: playing && !found,
    epoch: run.session.epoch,
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
