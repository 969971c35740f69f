/**
 * The network: dense layers y = act(W x + b), weights row-major (rows = pre-activations, columns =
 * inputs), each layer with any catalog activation and its parameters. Pure data plus forward and
 * backward passes over one example at a time into preallocated buffers, so training allocates
 * nothing (vector activations other than the fused softmax output excepted: their vjp returns a
 * new array).
 */
import type { Activation } from '@actlab/core';
import { ActlabError, activation as coreActivation } from '@actlab/core';
import { TrainError } from './errors.js';

/** One layer as a user describes it. */
export interface LayerSpec {
  /** Number of units (outputs) of the layer. */
  readonly units: number;
  /** Catalog id or alias of the activation, e.g. `relu` or `softmax`. */
  readonly activation: string;
  /** The activation's parameters, e.g. `{ alpha: 0.2 }`. */
  readonly params?: Readonly<Record<string, number>>;
}

/** A dense layer with its parameters and its activation. */
export interface Layer {
  /** Values per input. */
  readonly inputSize: number;
  /** Pre-activations (rows of W): the units, or twice as many for glu, which halves them. */
  readonly rows: number;
  /** Outputs after the activation. */
  readonly units: number;
  /** The ready activation. */
  readonly act: Activation;
  /** Weights, rows x inputSize, row-major: weights[r * inputSize + c]. */
  readonly weights: Float64Array;
  /** Biases, one per row. */
  readonly biases: Float64Array;
}

/** A multilayer perceptron. */
export interface Network {
  /** Values per input row. */
  readonly inputSize: number;
  /** The layers, input side first; the last is the output layer. */
  readonly layers: readonly Layer[];
}

/** Builds a layer's activation, turning the core's errors into training configuration errors. */
function layerActivation(spec: LayerSpec, path: string): Activation {
  try {
    return coreActivation(spec.activation, spec.params);
  } catch (error) {
    if (error instanceof ActlabError) {
      throw new TrainError('INVALID_CONFIG', `${path}: ${error.message}`, `${path}.activation`);
    }
    throw error;
  }
}

/** Rows of W for `units` outputs of an activation: glu gates half its inputs by the other half. */
function rowsFor(act: Activation, units: number): number {
  return act.id === 'glu' ? 2 * units : units;
}

/** A layer's sizes as its spec and its input width determine them, without any weights. */
export interface LayerShape {
  /** Values per input. */
  readonly inputSize: number;
  /** Pre-activations (rows of W). */
  readonly rows: number;
  /** Outputs after the activation. */
  readonly units: number;
}

/** The checked shape of every layer and its built activation: what `createNetwork` allocates for. */
function checkedLayers(
  inputSize: number,
  specs: readonly LayerSpec[],
): (LayerShape & { readonly act: Activation })[] {
  if (!Number.isInteger(inputSize) || inputSize < 1) {
    throw new TrainError(
      'INVALID_CONFIG',
      `inputSize must be a positive integer, got ${inputSize}`,
      'inputSize',
    );
  }
  if (specs.length === 0)
    throw new TrainError('INVALID_CONFIG', 'a network needs at least one layer', 'layers');
  let previous = inputSize;
  return specs.map((spec, i) => {
    const path = `layers[${i}]`;
    if (!Number.isInteger(spec.units) || spec.units < 1) {
      throw new TrainError(
        'INVALID_CONFIG',
        `${path}.units must be a positive integer, got ${spec.units}`,
        `${path}.units`,
      );
    }
    const act = layerActivation(spec, path);
    const shape = { inputSize: previous, rows: rowsFor(act, spec.units), units: spec.units, act };
    previous = spec.units;
    return shape;
  });
}

/**
 * The shape of each layer of the network `createNetwork(inputSize, specs)` would build, with the
 * same checks (units, activation ids and parameters) but no weights allocated: for counting the
 * work of a run before deciding to do it.
 */
export function layerShapes(inputSize: number, specs: readonly LayerSpec[]): LayerShape[] {
  return checkedLayers(inputSize, specs).map(({ inputSize: n, rows, units }) => ({
    inputSize: n,
    rows,
    units,
  }));
}

/** Trainable parameters (rows x (inputs + 1) per layer) of layers of these shapes. */
export function shapeParameterCount(shapes: readonly LayerShape[]): number {
  return shapes.reduce((n, s) => n + s.rows * (s.inputSize + 1), 0);
}

/** A network with zero weights for the given shape (initialize it with `initialize`). */
export function createNetwork(inputSize: number, specs: readonly LayerSpec[]): Network {
  const layers = checkedLayers(inputSize, specs).map(
    ({ inputSize: n, rows, units, act }): Layer => ({
      inputSize: n,
      rows,
      units,
      act,
      weights: new Float64Array(rows * n),
      biases: new Float64Array(rows),
    }),
  );
  return { inputSize, layers };
}

/** Number of trainable parameters (weights and biases). */
export function parameterCount(network: Network): number {
  return network.layers.reduce((n, l) => n + l.weights.length + l.biases.length, 0);
}

/** Per-layer buffers for one example's forward and backward pass. */
export interface Workspace {
  /** Pre-activations z of each layer. */
  readonly z: Float64Array[];
  /** Outputs a of each layer. */
  readonly a: Float64Array[];
  /** dL/dz of each layer. */
  readonly delta: Float64Array[];
  /** dL/da of each layer (also scratch for f'). */
  readonly da: Float64Array[];
}

/** Buffers sized for `network`. */
export function createWorkspace(network: Network): Workspace {
  return {
    z: network.layers.map((l) => new Float64Array(l.rows)),
    a: network.layers.map((l) => new Float64Array(l.units)),
    delta: network.layers.map((l) => new Float64Array(l.rows)),
    da: network.layers.map((l) => new Float64Array(Math.max(l.units, l.rows))),
  };
}

/** Forward pass of one example (row `row` of `inputs`) through every layer into `ws`. */
export function forward(network: Network, inputs: Float64Array, row: number, ws: Workspace): void {
  let input = inputs;
  let offset = row * network.inputSize;
  const layers = network.layers;
  for (let l = 0; l < layers.length; l++) {
    const layer = layers[l] as Layer;
    const z = ws.z[l] as Float64Array;
    const a = ws.a[l] as Float64Array;
    // One example through the batched kernel (the first layer reads its row through a view).
    affineBatch(layer, offset === 0 ? input : input.subarray(offset), 1, z);
    if (layer.act.kind === 'scalar') layer.act.map(z, a);
    else a.set(layer.act.f(z));
    input = a;
    offset = 0;
  }
}

/**
 * Z = A W^T + b over `count` rows of A (count x inputSize) into Z (count x rows): weight-row outer,
 * four examples at a time, so each weight is loaded once for four multiply-adds and the four sums
 * are independent (no single accumulator for the CPU to wait on).
 */
export function affineBatch(
  layer: Layer,
  input: Float64Array,
  count: number,
  z: Float64Array,
): void {
  const { weights, biases, inputSize, rows } = layer;
  const whole = count - (count % 4);
  for (let r = 0; r < rows; r++) {
    const base = r * inputSize;
    const b = biases[r] as number;
    let i = 0;
    for (; i < whole; i += 4) {
      const x0 = i * inputSize;
      const x1 = x0 + inputSize;
      const x2 = x1 + inputSize;
      const x3 = x2 + inputSize;
      let s0 = b;
      let s1 = b;
      let s2 = b;
      let s3 = b;
      for (let c = 0; c < inputSize; c++) {
        const w = weights[base + c] as number;
        s0 += w * (input[x0 + c] as number);
        s1 += w * (input[x1 + c] as number);
        s2 += w * (input[x2 + c] as number);
        s3 += w * (input[x3 + c] as number);
      }
      z[i * rows + r] = s0;
      z[(i + 1) * rows + r] = s1;
      z[(i + 2) * rows + r] = s2;
      z[(i + 3) * rows + r] = s3;
    }
    for (; i < count; i++) {
      const x = i * inputSize;
      let s = b;
      for (let c = 0; c < inputSize; c++)
        s += (weights[base + c] as number) * (input[x + c] as number);
      z[i * rows + r] = s;
    }
  }
}

/**
 * Backward pass of one example whose output-layer dL/dz is already in ws.delta[last]: adds dL/dW
 * and dL/db into `gradW`/`gradB` and propagates delta down to the first layer.
 */
export function backward(
  network: Network,
  inputs: Float64Array,
  row: number,
  ws: Workspace,
  gradW: readonly Float64Array[],
  gradB: readonly Float64Array[],
): void {
  for (let l = network.layers.length - 1; l >= 0; l--) {
    const layer = network.layers[l] as Layer;
    const delta = ws.delta[l] as Float64Array;
    const gW = gradW[l] as Float64Array;
    const gB = gradB[l] as Float64Array;
    const prev = l === 0 ? inputs : (ws.a[l - 1] as Float64Array);
    const offset = l === 0 ? row * network.inputSize : 0;
    const { inputSize, rows, weights } = layer;
    for (let r = 0; r < rows; r++) {
      const d = delta[r] as number;
      gB[r] = (gB[r] as number) + d;
      if (d === 0) continue;
      const base = r * inputSize;
      for (let c = 0; c < inputSize; c++)
        gW[base + c] = (gW[base + c] as number) + d * (prev[offset + c] as number);
    }
    if (l === 0) break;
    // dL/da of the layer below = W^T delta, then through that layer's activation.
    const below = network.layers[l - 1] as Layer;
    const da = ws.da[l - 1] as Float64Array;
    da.fill(0, 0, below.units);
    for (let r = 0; r < rows; r++) {
      const d = delta[r] as number;
      if (d === 0) continue;
      const base = r * inputSize;
      for (let c = 0; c < inputSize; c++)
        da[c] = (da[c] as number) + (weights[base + c] as number) * d;
    }
    activationBackward(below, ws.z[l - 1] as Float64Array, da, ws.delta[l - 1] as Float64Array);
  }
}

/** delta = dL/dz from dL/da through a layer's activation (f' elementwise, or the vjp). */
export function activationBackward(
  layer: Layer,
  z: Float64Array,
  da: Float64Array,
  delta: Float64Array,
): void {
  if (layer.act.kind === 'scalar') {
    layer.act.grad(z, delta);
    for (let i = 0; i < layer.rows; i++) delta[i] = (delta[i] as number) * (da[i] as number);
  } else {
    delta.set(layer.act.vjp(z, da.subarray(0, layer.units)));
  }
}
