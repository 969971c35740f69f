/**
 * The trainer: a network, its optimizer and its data, advanced step by step (for a UI that animates
 * training) or run to completion (`train`, with progress callbacks and cancellation). Every random
 * choice (initial weights, batch order) comes from one seeded generator, so the same seed and
 * configuration give bit-identical results on every run and machine.
 */
import type { BatchBuffers } from './batch.js';
import { batchStep, createBatchBuffers } from './batch.js';
import type { Dataset } from './datasets/dataset.js';
import { TrainError } from './errors.js';
import type { FeatureId } from './features.js';
import { featureRows } from './features.js';
import type { InitId } from './init.js';
import { checkInitId, initialize } from './init.js';
import type { LossId, OutputMode } from './loss.js';
import { checkLossId, lossAndDelta, outputMode, readableOutput, softmaxInto } from './loss.js';
import type { LayerMetrics, Metrics } from './metrics.js';
import { histogram, norm, rSquared } from './metrics.js';
import type { ModelJson } from './model-json.js';
import { modelToJson } from './model-json.js';
import type { BatchWorkspace, LayerSpec, Network, Workspace } from './network.js';
import {
  BATCH_ROWS,
  backward,
  createBatchWorkspace,
  createNetwork,
  createWorkspace,
  forward,
  forwardBatch,
} from './network.js';
import type { Optimizer, OptimizerConfig, RegularizationConfig } from './optimizer.js';
import { createOptimizer } from './optimizer.js';
import type { Rng } from './rng.js';
import { createRng, shuffle } from './rng.js';

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

/** A square grid over the first two input dimensions, for decision-boundary heatmaps. */
export interface Grid {
  /** Range of the first input. */
  readonly xMin: number;
  readonly xMax: number;
  /** Range of the second input. */
  readonly yMin: number;
  readonly yMax: number;
  /** Points per side (the grid has size x size points, rows from yMin up). */
  readonly size: number;
  /**
   * Input features the network was trained on (see `featureRows`): each grid point (x1, x2) is
   * mapped through them, so the heatmap stays in the original plane. Left out, the grid feeds x1
   * and x2 as the first two inputs.
   */
  readonly features?: readonly FeatureId[];
}

/** A network being trained. */
export interface Trainer {
  /** The network (its weights change as training goes). */
  readonly network: Network;
  /** The configuration with defaults filled in. */
  readonly config: Required<Omit<TrainConfig, 'regularization'>> & {
    readonly regularization: RegularizationConfig;
  };
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
  if ((loss === 'cross_entropy') !== (data.task === 'multiclass')) {
    throw new TrainError(
      'INVALID_CONFIG',
      loss === 'cross_entropy'
        ? `cross_entropy needs class targets, but ${data.name} is a ${data.task} dataset`
        : `${data.name} has class targets: use cross_entropy`,
      'loss',
    );
  }
}

/** Where one row's targets start in a dataset's targets array. */
function targetOffset(data: Dataset, row: number): number {
  return data.task === 'multiclass' ? row : row * data.outputSize;
}

/** A trainer for `config` on `data`, with freshly initialized weights. */
export function createTrainer(config: TrainConfig, data: TrainData): Trainer {
  const loss = checkLossId(config.loss);
  const init = checkInitId(config.init ?? 'xavier');
  const batchSize = config.batchSize ?? 10;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new TrainError(
      'INVALID_CONFIG',
      `batchSize must be a positive integer, got ${batchSize}`,
      'batchSize',
    );
  }
  const seed = config.seed ?? 1;
  if (!Number.isInteger(seed))
    throw new TrainError('INVALID_CONFIG', `seed must be an integer, got ${seed}`, 'seed');
  const network = createNetwork(data.train.inputSize, config.layers);
  const output = network.layers[network.layers.length - 1] as Network['layers'][number];
  checkData(network, loss, data.train, 'train');
  if (data.test) checkData(network, loss, data.test, 'test');
  const mode = outputMode(loss, output);
  const rng = createRng(seed);
  initialize(network, init, rng);
  const regularization = config.regularization ?? { type: 'none', rate: 0 };
  const optimizer = createOptimizer(network, config.optimizer ?? { type: 'sgd' }, regularization);
  return new TrainerImpl(network, loss, mode, optimizer, rng, data, {
    layers: config.layers,
    loss,
    optimizer: optimizer.config,
    regularization,
    batchSize,
    init,
    seed,
  });
}

class TrainerImpl implements Trainer {
  epoch = 0;
  step = 0;
  private readonly ws: Workspace;
  private readonly gradW: Float64Array[];
  private readonly gradB: Float64Array[];
  private readonly scratch: Float64Array;
  private readonly bws: BatchWorkspace;
  private readonly batch: BatchBuffers;
  /** The last grid's input rows and its bounds, reused while they do not change. */
  private gridInputs: Float64Array | undefined;
  private gridKey = '';
  /**
   * [0]: the last example's loss, [1]: the running sum of step losses. Numbers pass through this
   * array rather than as return values: a double returned from a call V8 does not inline is boxed,
   * and the training loop must not allocate.
   */
  private readonly sums = new Float64Array(2);
  private readonly order: Uint32Array;
  /** Position in `order` of the next example of the current epoch. */
  private cursor = 0;
  /**
   * Positions in `order` of the last batch, for metrics (before any step: the first batch). The
   * order is reshuffled at each epoch's end, so these are copied out when read, not kept as a view.
   */
  private lastStart = 0;
  private lastEnd: number;
  /** Rows of the last batch of an epoch, copied before the reshuffle (then lastStart is -1). */
  private readonly lastRows: Uint32Array;
  private lastCount = 0;
  private haveGradients = false;

  constructor(
    readonly network: Network,
    private readonly loss: LossId,
    private readonly mode: OutputMode,
    private readonly optimizer: Optimizer,
    private readonly rng: Rng,
    private readonly data: TrainData,
    readonly config: Trainer['config'],
  ) {
    this.ws = createWorkspace(network);
    this.bws = createBatchWorkspace(network);
    this.batch = createBatchBuffers(network, Math.min(config.batchSize, data.train.size));
    this.gradW = network.layers.map((l) => new Float64Array(l.weights.length));
    this.gradB = network.layers.map((l) => new Float64Array(l.biases.length));
    this.scratch = new Float64Array(Math.max(...network.layers.map((l) => l.rows)));
    this.order = Uint32Array.from({ length: data.train.size }, (_, i) => i);
    shuffle(this.order, rng);
    this.lastEnd = Math.min(config.batchSize, data.train.size);
    this.lastRows = new Uint32Array(this.lastEnd);
  }

  steps(k: number): number {
    this.sums[1] = 0;
    for (let i = 0; i < k; i++) this.oneStep();
    return (this.sums[1] as number) / Math.max(k, 1);
  }

  runEpoch(): number {
    const start = this.epoch;
    let count = 0;
    this.sums[1] = 0;
    while (this.epoch === start) {
      this.oneStep();
      count++;
    }
    return (this.sums[1] as number) / count;
  }

  /** One mini-batch: forward, loss, backward, update. Allocates nothing (no subarray views either). */
  private oneStep(): void {
    const start = this.cursor;
    const end = Math.min(start + this.config.batchSize, this.data.train.size);
    const b = end - start;
    for (let l = 0; l < this.gradW.length; l++) {
      (this.gradW[l] as Float64Array).fill(0);
      (this.gradB[l] as Float64Array).fill(0);
    }
    const train = this.data.train;
    batchStep(
      this.network,
      this.mode,
      this.loss,
      train.inputs,
      train.targets,
      train.task === 'multiclass' ? 1 : train.outputSize,
      this.order,
      start,
      b,
      this.batch,
      this.ws,
      this.gradW,
      this.gradB,
      this.scratch,
      this.sums,
    );
    const total = this.sums[0] as number;
    this.optimizer.update(this.gradW, this.gradB);
    this.lastStart = start;
    this.lastEnd = end;
    this.haveGradients = true;
    this.step++;
    this.cursor = end;
    if (this.cursor >= this.data.train.size) {
      // Keep the last batch's rows before the reshuffle moves them (for metrics read later).
      for (let i = start; i < end; i++) this.lastRows[i - start] = this.order[i] as number;
      this.lastCount = b;
      this.lastStart = -1;
      this.cursor = 0;
      this.epoch++;
      shuffle(this.order, this.rng);
    }
    // Each step's mean loss is added to sums[1] rather than returned: see `sums`.
    this.sums[1] = (this.sums[1] as number) + total / b;
  }

  /** Forward and backward for one row, adding its gradient divided by `batch`; its loss goes to sums[0]. */
  private accumulate(row: number, batch: number): void {
    const train = this.data.train;
    const last = this.network.layers.length - 1;
    forward(this.network, train.inputs, row, this.ws);
    lossAndDelta(
      this.mode,
      this.loss,
      this.network.layers[last] as Network['layers'][number],
      this.ws.z[last] as Float64Array,
      this.ws.a[last] as Float64Array,
      train.targets,
      targetOffset(train, row),
      batch,
      this.ws.delta[last] as Float64Array,
      this.scratch,
      this.sums,
    );
    backward(this.network, train.inputs, row, this.ws, this.gradW, this.gradB);
  }

  /** Mean loss and accuracy or R^2 over a whole dataset at the current weights (batched forward). */
  private score(data: Dataset): { loss: number; accuracy?: number; r2?: number } {
    const last = this.network.layers.length - 1;
    const output = this.network.layers[last] as Network['layers'][number];
    const units = data.outputSize;
    const z1 = this.ws.z[last] as Float64Array;
    const a1 = this.ws.a[last] as Float64Array;
    const zs = this.bws.z[last] as Float64Array;
    const as = this.bws.a[last] as Float64Array;
    const predictions =
      data.task === 'regression' ? new Float64Array(data.size * units) : undefined;
    let total = 0;
    let correct = 0;
    for (let first = 0; first < data.size; first += BATCH_ROWS) {
      const count = Math.min(BATCH_ROWS, data.size - first);
      forwardBatch(this.network, data.inputs, first, count, this.bws);
      for (let i = 0; i < count; i++) {
        const row = first + i;
        z1.set(zs.subarray(i * output.rows, (i + 1) * output.rows));
        a1.set(as.subarray(i * units, (i + 1) * units));
        lossAndDelta(
          this.mode,
          this.loss,
          output,
          z1,
          a1,
          data.targets,
          targetOffset(data, row),
          0,
          this.ws.delta[last] as Float64Array,
          this.scratch,
          this.sums,
        );
        total += this.sums[0] as number;
        if (data.task === 'multiclass') {
          let best = 0;
          for (let j = 1; j < units; j++) if ((a1[j] as number) > (a1[best] as number)) best = j;
          if (best === data.targets[row]) correct++;
        } else if (data.task === 'binary') {
          const p = readableOutput(this.mode, a1[0] as number);
          if ((p >= 0.5 ? 1 : 0) === data.targets[row]) correct++;
        } else {
          (predictions as Float64Array).set(a1.subarray(0, units), row * units);
        }
      }
    }
    const loss = total / data.size;
    if (predictions) return { loss, r2: rSquared(predictions, data.targets) };
    return { loss, accuracy: correct / data.size };
  }

  evaluate(): Metrics {
    const train = this.score(this.data.train);
    const test = this.data.test ? this.score(this.data.test) : undefined;
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
  private layerMetrics(): LayerMetrics[] {
    const batch =
      this.lastStart >= 0
        ? this.order.slice(this.lastStart, this.lastEnd)
        : this.lastRows.slice(0, this.lastCount);
    if (!this.haveGradients) {
      for (const g of this.gradW) g.fill(0);
      for (const g of this.gradB) g.fill(0);
      for (const row of batch) this.accumulate(row, batch.length);
      this.haveGradients = true;
    }
    const layers = this.network.layers;
    const zs = layers.map((l) => new Float64Array(batch.length * l.rows));
    const active = layers.map((l) => new Uint8Array(l.rows));
    const slope = layers.map((l) => new Float64Array(l.rows));
    batch.forEach((row, i) => {
      forward(this.network, this.data.train.inputs, row, this.ws);
      layers.forEach((layer, l) => {
        const z = this.ws.z[l] as Float64Array;
        (zs[l] as Float64Array).set(z, i * layer.rows);
        if (layer.act.kind !== 'scalar') return;
        layer.act.grad(z, slope[l]);
        const flags = active[l] as Uint8Array;
        (slope[l] as Float64Array).forEach((d, u) => {
          if (Math.abs(d) >= 0.01) flags[u] = 1;
        });
      });
    });
    return layers.map((layer, l) => ({
      gradientNorm: norm(this.gradW[l] as Float64Array),
      biasGradientNorm: norm(this.gradB[l] as Float64Array),
      weightNorm: norm(layer.weights),
      saturated:
        layer.act.kind === 'scalar'
          ? (active[l] as Uint8Array).reduce((n, f) => n + (f ? 0 : 1), 0) / layer.rows
          : 0,
      histogram: histogram(zs[l] as Float64Array),
    }));
  }

  predict(inputs: Float64Array, out?: Float64Array): Float64Array {
    const n = this.network.inputSize;
    if (inputs.length % n !== 0) {
      throw new TrainError(
        'SHAPE_MISMATCH',
        `inputs hold ${inputs.length} values, not a multiple of the ${n} inputs per row`,
        'inputs',
      );
    }
    const rows = inputs.length / n;
    const units = this.outputUnits();
    const result = out ?? new Float64Array(rows * units);
    this.predictRows(inputs, rows, result);
    return result;
  }

  /** Units of the output layer. */
  private outputUnits(): number {
    return (this.network.layers[this.network.layers.length - 1] as Network['layers'][number]).units;
  }

  /** Batched forward over `rows` input rows into `result`, read as probabilities where the loss reads logits. */
  private predictRows(inputs: Float64Array, rows: number, result: Float64Array): void {
    const units = this.outputUnits();
    const outputs = this.bws.a[this.network.layers.length - 1] as Float64Array;
    for (let first = 0; first < rows; first += BATCH_ROWS) {
      const count = Math.min(BATCH_ROWS, rows - first);
      forwardBatch(this.network, inputs, first, count, this.bws);
      for (let i = 0; i < count; i++)
        this.readOutput(outputs, i * units, result, (first + i) * units, units);
    }
  }

  /** Copies one output vector, as probabilities where the loss reads logits. */
  private readOutput(
    a: Float64Array,
    from: number,
    into: Float64Array,
    at: number,
    units: number,
  ): void {
    if (this.mode === 'ce-logit' || this.mode === 'ce-log-softmax') {
      // Logits (or log-probabilities) to probabilities.
      softmaxInto(a.subarray(from, from + units), units, 1, into.subarray(at, at + units));
      return;
    }
    if (this.mode !== 'bce-logit') {
      for (let j = 0; j < units; j++) into[at + j] = a[from + j] as number;
      return;
    }
    for (let j = 0; j < units; j++) into[at + j] = readableOutput(this.mode, a[from + j] as number);
  }

  predictGrid(grid: Grid, out?: Float64Array): Float64Array {
    const { xMin, xMax, yMin, yMax, size, features } = grid;
    const n = this.network.inputSize;
    if (!Number.isInteger(size) || size < 2 || size > 2000) {
      throw new TrainError('SHAPE_MISMATCH', 'a grid needs 2 to 2000 points per side', 'grid');
    }
    if (features ? features.length !== n : n < 2) {
      throw new TrainError(
        'SHAPE_MISMATCH',
        features
          ? `the grid lists ${features.length} features but the network takes ${n} inputs`
          : 'a grid needs a network with at least 2 inputs',
        'grid',
      );
    }
    const units = this.outputUnits();
    const result = out ?? new Float64Array(size * size * units);
    // The grid's input rows (other inputs 0), kept between calls for the same grid.
    const key = `${xMin},${xMax},${yMin},${yMax},${size},${features?.join(',') ?? ''}`;
    if (this.gridInputs === undefined || this.gridKey !== key) {
      // Without features the plane's coordinates are the first two of n inputs; with them, they
      // are mapped through the features into exactly n.
      const width = features ? 2 : n;
      const points = new Float64Array(size * size * width);
      for (let iy = 0; iy < size; iy++) {
        for (let ix = 0; ix < size; ix++) {
          points[(iy * size + ix) * width] = xMin + ((xMax - xMin) * ix) / (size - 1);
          points[(iy * size + ix) * width + 1] = yMin + ((yMax - yMin) * iy) / (size - 1);
        }
      }
      this.gridInputs = features ? featureRows(points, size * size, features) : points;
      this.gridKey = key;
    }
    this.predictRows(this.gridInputs, size * size, result);
    return result;
  }

  toJSON(): ModelJson {
    return modelToJson(this.network, this.loss);
  }
}
