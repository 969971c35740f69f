/**
 * The data of a backpropagation trace: one training step of a small network on one example,
 * written out unit by unit so a person can follow every number (the stepper of issue 13).
 */
import type { LossId } from '../loss.js';
import type { ModelJson } from '../model-json.js';

/** How big a network the trace accepts: small enough to read every number of it. */
export const TRACE_LIMITS = {
  /** Most layers (hidden and output). */
  maxLayers: 4,
  /** Most units in any layer. */
  maxUnits: 6,
  /** Most input values. */
  maxInputs: 6,
} as const;

/** One training step to trace: a model, one example, a loss and the step size of plain SGD. */
export interface TraceRequest {
  /** The network in the actlab.mlp/1 format (at most `TRACE_LIMITS` layers, units and inputs). */
  readonly model: ModelJson;
  /** The example's input values, `model.inputSize` of them. */
  readonly input: readonly number[];
  /**
   * The example's target: one value per output (a plain number for a single output) for mse and
   * binary_cross_entropy; the class index for cross_entropy.
   */
  readonly target: number | readonly number[];
  /** Which loss the step minimizes. */
  readonly loss: LossId;
  /** SGD step size: every parameter moves by -learningRate times its gradient. */
  readonly learningRate: number;
}

/** One unit (neuron) of a layer through the whole step. */
export interface TraceUnit {
  /** What the unit reads: the example's input for the first layer, the layer below's outputs after. */
  readonly inputs: number[];
  /** Its weights before the step, one per input. */
  readonly weights: number[];
  /** Its bias before the step. */
  readonly bias: number;
  /** Pre-activation z = w·x + b. */
  readonly z: number;
  /** Output a = f(z) (for a vector activation, this unit's entry of f(z of the whole layer)). */
  readonly a: number;
  /** dL/da: how the loss changes with this unit's output. */
  readonly dLda: number;
  /**
   * f'(z), the activation's derivative at z (core's exact derivative, as training uses it).
   * Absent for vector activations (softmax and kin), whose dL/dz comes from their
   * vector-Jacobian product over the whole layer.
   */
  readonly fPrime?: number;
  /**
   * dL/dz, as training computes it: dL/da · f'(z) for a scalar activation; the vector-Jacobian
   * product for a vector one; fused with the loss where training fuses them (softmax or a linear
   * output with cross-entropy, sigmoid or linear with binary cross-entropy).
   */
  readonly dLdz: number;
  /** dL/dw for each weight: dL/dz times that weight's input. */
  readonly dLdw: number[];
  /** dL/db = dL/dz. */
  readonly dLdb: number;
  /** Weights after the step: w - learningRate · dL/dw. */
  readonly newWeights: number[];
  /** Bias after the step: b - learningRate · dL/db. */
  readonly newBias: number;
}

/** One layer of the traced network. */
export interface TraceLayer {
  /** Canonical activation id (or `formula:` id). */
  readonly activation: string;
  /** Every parameter of the activation, defaults filled in. */
  readonly params: Record<string, number>;
  /** Its units, in order. */
  readonly units: TraceUnit[];
}

/** The stages of a training step, in the order the steps come. */
export type TracePhase = 'forward' | 'loss' | 'backward' | 'update' | 'new-loss';

/** One step of the explanation, in words with the numbers. */
export interface TraceStep {
  /** Which stage it belongs to. */
  readonly phase: TracePhase;
  /** Index into `BackpropTrace.layers` (0 = first layer); absent for `loss` and `new-loss`. */
  readonly layer?: number;
  /** Index into that layer's `units`; absent for `loss` and `new-loss`. */
  readonly unit?: number;
  /** The step in plain words with its numbers (layers and units counted from 1 in the words). */
  readonly text: string;
}

/**
 * The complete trace of one SGD step. `steps` come in this order: forward, layer by layer and unit
 * by unit; one `loss`; backward from the last layer to the first, unit by unit; `update`, layer by
 * layer and unit by unit; one `new-loss`. Plain data: it survives a JSON round trip unchanged.
 */
export interface BackpropTrace {
  /** The loss of the example before the step (equal to `gradients(...)`'s loss). */
  readonly loss: number;
  /** The loss of the same example with the updated weights. */
  readonly newLoss: number;
  /** The step size used. */
  readonly learningRate: number;
  /** Every layer, input side first, with every unit's numbers. */
  readonly layers: TraceLayer[];
  /** The explanation, step by step. */
  readonly steps: TraceStep[];
}
