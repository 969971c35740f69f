/**
 * The messages between the page and its training worker. The page sends commands; the worker owns
 * the trainer and answers with at most one snapshot per animation frame (the page returns a
 * `frame` credit after drawing one), so a fast trainer never floods a slow screen. Every answer
 * carries the `generation` of the configuration it belongs to, so answers to an older
 * configuration are dropped.
 */
import type { ModelJson, RunRequest, Task } from '@actlab/train';
import type { CustomPoint } from './custom-points.js';

/** A configuration to train: the request, the clicked points and the speed. */
export interface Setup {
  /** Increases with every new configuration; answers carry it. */
  readonly generation: number;
  readonly request: RunRequest;
  readonly custom: readonly CustomPoint[];
  /** Epochs per second while playing; 0 for as fast as possible. */
  readonly speed: number;
}

/** What the page asks of the worker. */
export type Command =
  /** New data and freshly initialized weights (also "reset"). */
  | ({ readonly type: 'configure' } & Setup)
  /** New clicked points: the same weights go on training on the new rows. */
  | { readonly type: 'points'; readonly custom: readonly CustomPoint[] }
  | { readonly type: 'speed'; readonly speed: number }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  /** One epoch, then pause. */
  | { readonly type: 'step' }
  /** The page has drawn a snapshot and can take another. */
  | { readonly type: 'frame' }
  /** Sends the model back as a `model` message. */
  | { readonly type: 'export' }
  /** A configuration matching `model`, with its weights loaded instead of initialized. */
  | ({ readonly type: 'import'; readonly model: ModelJson } & Setup);

/** Rows of one split, for drawing the points. */
export interface PointSet {
  /** x, y pairs. */
  readonly inputs: Float64Array;
  /** Class index per row, or the target value for a regression set. */
  readonly labels: Float64Array;
}

/** Sent once per configuration: the data to draw and the heatmap's extent. */
export interface DataMessage {
  readonly type: 'data';
  readonly generation: number;
  readonly task: Task;
  /** Number of classes (2 for binary sets). */
  readonly classes: number;
  readonly train: PointSet;
  readonly test: PointSet;
  /** The heatmap covers [-extent, extent] on both axes. */
  readonly extent: number;
  /** Axis names, e.g. `x1` or `sepal length (standardized)`. */
  readonly featureNames: readonly string[];
  /** Names of the network's inputs: the axis names, or the chosen features (`x1²`, `sin(x2)`). */
  readonly inputNames: readonly string[];
  /** Units per layer, input side first (inputs included), for the network diagram. */
  readonly shape: readonly number[];
  /** Activation per layer (hidden and output) as labels show it: the id, or a formula cut short. */
  readonly activations: readonly string[];
}

/** Per-layer measures in a snapshot. */
interface LayerSnapshot {
  /** Euclidean norm of dL/dW on the last batch. */
  readonly gradientNorm: number;
  /** Units whose |f'(z)| < 0.01 on every example of the last batch (dead or saturated). */
  readonly stuck: number;
  /** Units of the layer. */
  readonly units: number;
}

/** Where training broke down. */
export interface Divergence {
  /** Index of the first layer (input side) whose weights or gradients are not finite. */
  readonly layer: number;
  /** The plain-language message to show. */
  readonly message: string;
}

/** The state of training now. */
export interface Snapshot {
  readonly type: 'snapshot';
  readonly generation: number;
  readonly playing: boolean;
  readonly epoch: number;
  readonly trainLoss: number;
  readonly testLoss: number;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  /** Coefficient of determination R² on the training rows (regression sets; NaN otherwise). */
  readonly trainR2: number;
  /** R² on the test rows (regression sets; NaN otherwise). */
  readonly testR2: number;
  readonly layers: readonly LayerSnapshot[];
  /**
   * Outputs over the heatmap grid, size x size x units, rows from the bottom: probabilities, or
   * predicted values for a regression set.
   */
  readonly heatmap: Float64Array;
  readonly gridSize: number;
  /** Output units per grid cell (1 for binary sets). */
  readonly units: number;
  /** Each node's output over a small grid, inputs first: thumbSize^2 values per node. */
  readonly thumbnails: Float32Array;
  readonly thumbSize: number;
  /** Weights of each layer, row-major (rows x inputs). */
  readonly weights: readonly Float64Array[];
  readonly divergence?: Divergence;
}

/** What the worker tells the page. */
export type WorkerMessage =
  | DataMessage
  | Snapshot
  | { readonly type: 'model'; readonly generation: number; readonly json: ModelJson }
  | { readonly type: 'error'; readonly generation: number; readonly message: string };
