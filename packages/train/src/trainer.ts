/**
 * The trainer: a network, its optimizer and its data, advanced step by step (for a UI that animates
 * training) or run to completion (`train`, with progress callbacks and cancellation). Every random
 * choice (initial weights, batch order) comes from one seeded generator, so the same seed and
 * configuration give bit-identical results on every run and machine. It is a facade over the
 * pieces: the stepper (`stepper.ts`) and free functions for evaluation, diagnostics and prediction.
 */
import type { Dataset } from './datasets/dataset.js';
import { layerDiagnostics, probeGradients } from './diagnostics.js';
import { TrainError } from './errors.js';
import type { ScoreBuffers } from './evaluate.js';
import { createScoreBuffers, scoreDataset } from './evaluate.js';
import type { BatchWorkspace } from './forward-batch.js';
import { createBatchWorkspace } from './forward-batch.js';
import type { InitId } from './init.js';
import { checkInitGain, checkInitId, initialize, initializeWithGain } from './init.js';
import type { LossId } from './loss.js';
import { checkLossFitsTask, checkLossId, outputMode } from './loss.js';
import type { Metrics } from './metrics.js';
import type { ModelJson } from './model-json.js';
import { modelToJson } from './model-json.js';
import type { LayerSpec, Network } from './network.js';
import { createNetwork } from './network.js';
import type { OptimizerConfig, RegularizationConfig } from './optimizer.js';
import { createOptimizer } from './optimizer.js';
import type { Grid, GridCache } from './predict.js';
import { createGridCache, outputUnits, predict } from './predict.js';
import { createRng } from './rng.js';
import type { Stepper } from './stepper.js';
import { checkBatchSize, createStepper } from './stepper.js';

/** What to train. */
export interface TrainConfig {
  /** Hidden and output layers, input side first. */
  readonly layers: readonly LayerSpec[];
  /** The loss. */
  readonly loss: LossId;
  /** Update rule and learning rate (default SGD with learning rate 0.03). */
  readonly optimizer?: OptimizerConfig;
  /** L1 or L2 on the weights (default none). */
  readonly regularization?: RegularizationConfig;
  /** Examples per step (default 10). */
  readonly batchSize?: number;
  /** Initialization of the weights (default xavier). */
  readonly init?: InitId;
  /**
   * Weights N(0, initGain^2 / fan_in) and biases 0 instead of `init`: a gain of one's choosing,
   * such as core's variance-preserving `varianceGain` of the hidden activation.
   */
  readonly initGain?: number;
  /** Seed of every random choice (default 1). */
  readonly seed?: number;
}

/** Training and (optional) test data. */
export interface TrainData {
  /** The examples the network learns from. */
  readonly train: Dataset;
  /** Held-out examples, for test loss and accuracy. */
  readonly test?: Dataset;
}

/** A network being trained. */
export interface Trainer {
  /** The network (its weights change as training goes). */
  readonly network: Network;
  /** The configuration with defaults filled in. */
  readonly config: Required<Omit<TrainConfig, 'regularization' | 'initGain'>> & {
    readonly initGain?: number;
    readonly regularization: RegularizationConfig;
  };
  /** The data it trains on (`train`) and evaluates (`train` and `test`). */
  readonly data: TrainData;
  /** Completed epochs. */
  readonly epoch: number;
  /** Completed steps. */
  readonly step: number;
  /** Runs `k` mini-batch steps and returns the mean loss over them. */
  steps(k: number): number;
  /** Runs to the end of the current epoch (a whole epoch from its start) and returns the epoch's mean loss. */
  runEpoch(): number;
  /** Losses, accuracy or R^2, and per-layer measures, now. */
  evaluate(): Metrics;
  /** Outputs for input rows (row-major, inputSize each), as probabilities for classification. */
  predict(inputs: Float64Array, out?: Float64Array): Float64Array;
  /**
   * Outputs over a grid of the plane, size*size*units values: the grid's (x1, x2) through
   * `grid.features` when given, else as the first two inputs (other inputs 0).
   */
  predictGrid(grid: Grid, out?: Float64Array): Float64Array;
  /** The model in the actlab.mlp/1 JSON format. */
  toJSON(): ModelJson;
}

/** Throws unless `data` fits the network's input and output widths and the loss suits its task. */
function checkData(network: Network, loss: LossId, data: Dataset, path: string): void {
  if (data.inputSize !== network.inputSize) {
    throw new TrainError(
      'SHAPE_MISMATCH',
      `${path} has ${data.inputSize} inputs per row but the network takes ${network.inputSize}`,
      path,
    );
  }
  const units = (network.layers[network.layers.length - 1] as { units: number }).units;
  if (units !== data.outputSize) {
    throw new TrainError(
      'SHAPE_MISMATCH',
      `${path} needs ${data.outputSize} output units, the network has ${units}`,
      'layers',
    );
  }
  checkLossFitsTask(loss, data.task, data.name);
}

/** A trainer for `config` on `data`, with freshly initialized weights. */
export function createTrainer(config: TrainConfig, data: TrainData): Trainer {
  const loss = checkLossId(config.loss);
  const init = checkInitId(config.init ?? 'xavier');
  const initGain = config.initGain === undefined ? undefined : checkInitGain(config.initGain);
  const batchSize = config.batchSize ?? 10;
  checkBatchSize(batchSize);
  const seed = config.seed ?? 1;
  if (!Number.isInteger(seed))
    throw new TrainError('INVALID_CONFIG', `seed must be an integer, got ${seed}`, 'seed');
  const network = createNetwork(data.train.inputSize, config.layers);
  const output = network.layers[network.layers.length - 1] as Network['layers'][number];
  checkData(network, loss, data.train, 'train');
  if (data.test) checkData(network, loss, data.test, 'test');
  const mode = outputMode(loss, output);
  const rng = createRng(seed);
  if (initGain === undefined) initialize(network, init, rng);
  else initializeWithGain(network, initGain, rng);
  const regularization = config.regularization ?? { type: 'none', rate: 0 };
  const optimizer = createOptimizer(network, config.optimizer ?? { type: 'sgd' }, regularization);
  const stepper = createStepper(network, mode, loss, optimizer, rng, data.train, batchSize);
  return new TrainerImpl(network, stepper, data, {
    layers: config.layers,
    loss,
    optimizer: optimizer.config,
    regularization,
    batchSize,
    init,
    ...(initGain === undefined ? {} : { initGain }),
    seed,
  });
}

/** The facade: training through the stepper, everything else through free functions. */
class TrainerImpl implements Trainer {
  private readonly scores: ScoreBuffers;
  private readonly bws: BatchWorkspace;
  private readonly grids: GridCache = createGridCache();

  constructor(
    readonly network: Network,
    private readonly stepper: Stepper,
    readonly data: TrainData,
    readonly config: Trainer['config'],
  ) {
    this.scores = createScoreBuffers(network);
    this.bws = createBatchWorkspace(network);
  }

  get epoch(): number {
    return this.stepper.epoch;
  }

  get step(): number {
    return this.stepper.step;
  }

  steps(k: number): number {
    return this.stepper.steps(k);
  }

  runEpoch(): number {
    return this.stepper.runEpoch();
  }

  evaluate(): Metrics {
    const loss = this.config.loss;
    const train = scoreDataset(this.network, loss, this.data.train, this.scores);
    const test = this.data.test
      ? scoreDataset(this.network, loss, this.data.test, this.scores)
      : undefined;
    return {
      epoch: this.epoch,
      step: this.step,
      trainLoss: train.loss,
      ...(test ? { testLoss: test.loss } : {}),
      ...(train.accuracy !== undefined ? { accuracy: train.accuracy } : {}),
      ...(test?.accuracy !== undefined ? { testAccuracy: test.accuracy } : {}),
      ...(train.r2 !== undefined ? { r2: train.r2 } : {}),
      ...(test?.r2 !== undefined ? { testR2: test.r2 } : {}),
      layers: this.layerMetrics(),
    };
  }

  /** Gradient norms from the last step (or the probe batch's gradient before any), plus batch statistics. */
  private layerMetrics(): Metrics['layers'] {
    const { ctx } = this.stepper;
    const batch = this.stepper.lastBatch();
    if (!this.stepper.haveGradients) {
      probeGradients(ctx, batch);
      this.stepper.markGradients();
    }
    return layerDiagnostics(this.network, ctx.inputs, batch, ctx.gradW, ctx.gradB, ctx.ws);
  }

  predict(inputs: Float64Array, out?: Float64Array): Float64Array {
    return predict(this.network, this.config.loss, inputs, out, this.bws);
  }

  predictGrid(grid: Grid, out?: Float64Array): Float64Array {
    const rows = this.grids.rows(grid, this.network.inputSize);
    const result = out ?? new Float64Array(grid.size * grid.size * outputUnits(this.network));
    return predict(this.network, this.config.loss, rows, result, this.bws);
  }

  toJSON(): ModelJson {
    return modelToJson(this.network, this.config.loss);
  }
}
