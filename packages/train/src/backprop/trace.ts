/**
 * `backpropTrace`: one SGD step of a small network on one example, every number of it kept. The
 * numbers come from training's own forward, loss and backward passes (network.ts, loss.ts), so
 * they equal `gradients` for the same model and example to the last bit; this module only reads
 * them out of the workspace and adds what training never stores (dL/da of the output, f'(z)).
 */
import { activation } from '@actlab/core';
import type { LossId, OutputMode } from '../loss.js';
import { lossAndDelta, outputMode } from '../loss.js';
import type { Layer, Network, Workspace } from '../network.js';
import { backward, createWorkspace, forward } from '../network.js';
import type { CheckedRequest } from './trace-request.js';
import { checkRequest } from './trace-request.js';
import type { BackpropTrace, TraceLayer, TraceRequest } from './trace-types.js';
import { traceSteps } from './trace-steps.js';

export type {
  BackpropTrace,
  TraceLayer,
  TracePhase,
  TraceRequest,
  TraceStep,
  TraceUnit,
} from './trace-types.js';
export { TRACE_LIMITS } from './trace-types.js';

/** Core's sigmoid, as the loss uses it to read a linear output as a logit. */
const SIGMOID = activation('sigmoid');

/**
 * dL/da of the output layer. Training never needs it where it fuses the loss with the activation
 * (it goes straight to dL/dz), so it is computed here from the loss's formula; elsewhere it is
 * what `lossAndDelta` left in `scratch`.
 */
function outputDLda(
  mode: OutputMode,
  output: Layer,
  a: Float64Array,
  target: Float64Array,
  scratch: Float64Array,
): number[] {
  const n = output.units;
  const k = target[0] as number;
  return Array.from({ length: n }, (_, j) => {
    const y = a[j] as number;
    switch (mode) {
      case 'generic':
      case 'ce-log-softmax':
        return scratch[j] as number;
      case 'bce-sigmoid': {
        const t = target[j] as number;
        return (y - t) / Math.max(y * (1 - y), 1e-12) / n;
      }
      case 'bce-logit':
        return (SIGMOID.f(y) - (target[j] as number)) / n;
      case 'ce-softmax':
        return j === k ? -1 / y : 0;
      case 'ce-logit':
        // scratch holds softmax of the logits a.
        return (scratch[j] as number) - (j === k ? 1 : 0);
    }
  });
}

/** The loss of the example with the network as it stands (the forward pass and the loss alone). */
function lossOf(network: Network, loss: LossId, mode: OutputMode, c: CheckedRequest): number {
  const ws = createWorkspace(network);
  const last = network.layers.length - 1;
  forward(network, c.input, 0, ws);
  const result = new Float64Array(1);
  const rows = Math.max(...network.layers.map((l) => l.rows));
  lossAndDelta(
    mode,
    loss,
    network.layers[last] as Layer,
    ws.z[last] as Float64Array,
    ws.a[last] as Float64Array,
    c.target,
    0,
    0,
    new Float64Array(rows),
    new Float64Array(rows),
    result,
  );
  return result[0] as number;
}

/**
 * `x` with -0 written as 0: JSON has no -0, and the trace must survive a round trip unchanged
 * (a relu's f'(z) = 0 times a negative dL/da gives -0, which training treats as 0 anyway).
 */
function plain(x: number): number {
  return x === 0 ? 0 : x;
}

/** Every unit's numbers, read from the workspace after the backward pass. */
function traceLayers(
  c: CheckedRequest,
  ws: Workspace,
  outputDa: readonly number[],
  gradW: readonly Float64Array[],
  gradB: readonly Float64Array[],
): TraceLayer[] {
  const { network, input, learningRate: lr } = c;
  const last = network.layers.length - 1;
  return network.layers.map((layer, l) => {
    const act = layer.act;
    const inputs = Array.from(l === 0 ? input : (ws.a[l - 1] as Float64Array));
    const n = layer.inputSize;
    return {
      activation: act.id,
      params: { ...act.params },
      units: Array.from({ length: layer.units }, (_, r) => {
        const z = ws.z[l]?.[r] as number;
        const weights = Array.from(layer.weights.subarray(r * n, (r + 1) * n), plain);
        const bias = plain(layer.biases[r] as number);
        const dLdw = Array.from((gradW[l] as Float64Array).subarray(r * n, (r + 1) * n));
        const dLdb = gradB[l]?.[r] as number;
        return {
          inputs: inputs.map(plain),
          weights,
          bias,
          z: plain(z),
          a: plain(ws.a[l]?.[r] as number),
          dLda: plain(l === last ? (outputDa[r] as number) : (ws.da[l]?.[r] as number)),
          ...(act.kind === 'scalar' ? { fPrime: plain(act.df(z)) } : {}),
          dLdz: plain(ws.delta[l]?.[r] as number),
          dLdw: dLdw.map(plain),
          dLdb: plain(dLdb),
          newWeights: weights.map((w, i) => plain(w - lr * (dLdw[i] as number))),
          newBias: plain(bias - lr * dLdb),
        };
      }),
    };
  });
}

/**
 * The complete trace of one plain-SGD training step of `request.model` on one example: every
 * unit's z, a, dL/da, f'(z), dL/dz, dL/dw, dL/db and updated parameters, the loss before and
 * after, and the explanation as ordered steps in words (see `BackpropTrace`). Throws `TrainError`
 * with the field's path: INVALID_MODEL for the model, INVALID_CONFIG for the loss, the learning
 * rate, a network over `TRACE_LIMITS` (or with glu, whose units have two pre-activations) or a
 * loss that does not fit the output layer, SHAPE_MISMATCH for the input and the target.
 */
export function backpropTrace(request: TraceRequest): BackpropTrace {
  const c = checkRequest(request);
  const { network, loss } = c;
  const last = network.layers.length - 1;
  const output = network.layers[last] as Layer;
  const mode = outputMode(loss, output);
  const ws = createWorkspace(network);
  const scratch = new Float64Array(Math.max(...network.layers.map((l) => l.rows)));
  const result = new Float64Array(1);
  // Exactly what `gradients` does for a batch of one row.
  forward(network, c.input, 0, ws);
  lossAndDelta(
    mode,
    loss,
    output,
    ws.z[last] as Float64Array,
    ws.a[last] as Float64Array,
    c.target,
    0,
    1,
    ws.delta[last] as Float64Array,
    scratch,
    result,
  );
  const lossBefore = result[0] as number;
  const outputDa = outputDLda(mode, output, ws.a[last] as Float64Array, c.target, scratch);
  const gradW = network.layers.map((l) => new Float64Array(l.weights.length));
  const gradB = network.layers.map((l) => new Float64Array(l.biases.length));
  backward(network, c.input, 0, ws, gradW, gradB);
  const layers = traceLayers(c, ws, outputDa, gradW, gradB);
  // The step itself, on the network read from the request (ours to change).
  network.layers.forEach((layer, l) => {
    const units = layers[l]?.units ?? [];
    units.forEach((unit, r) => {
      layer.weights.set(unit.newWeights, r * layer.inputSize);
      layer.biases[r] = unit.newBias;
    });
  });
  const newLoss = lossOf(network, loss, mode, c);
  const target = Array.from(c.target);
  return {
    loss: lossBefore,
    newLoss,
    learningRate: c.learningRate,
    layers,
    steps: traceSteps({
      layers,
      loss,
      mode,
      target,
      lossBefore,
      newLoss,
      learningRate: c.learningRate,
    }),
  };
}
