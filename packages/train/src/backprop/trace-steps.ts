/**
 * The words of a backpropagation trace: each step of one training step as a sentence with its
 * numbers, in the order `BackpropTrace` documents. Pure text from the numbers already computed;
 * nothing here computes a value that is shown as a result.
 */
import type { LossId, OutputMode } from '../loss.js';
import type { TraceLayer, TraceStep, TraceUnit } from './trace-types.js';

/** What the words need: the computed layers and how the loss read the output. */
export interface StepsInput {
  readonly layers: readonly TraceLayer[];
  readonly loss: LossId;
  readonly mode: OutputMode;
  /** The class index (cross_entropy) or one target per output. */
  readonly target: readonly number[];
  readonly lossBefore: number;
  readonly newLoss: number;
  readonly learningRate: number;
}

/**
 * `x` with 6 significant digits, trailing zeros dropped, exponent notation outside
 * [1e-4, 1e9), -0 as 0 and the true minus sign (as @actlab/format writes prose, which train may
 * not import).
 */
export function traceNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const m = Math.abs(x);
  const trim = (s: string): string => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);
  const text =
    m < 1e-4 || m >= 1e9
      ? ((): string => {
          const [mantissa, exponent] = x.toExponential(5).split('e');
          return `${trim(mantissa as string)}e${exponent}`;
        })()
      : trim(x.toPrecision(6));
  return text.replace(/-/g, '−');
}

/** A factor in a product: negative numbers in parentheses. */
function factor(x: number): string {
  return x < 0 ? `(${traceNumber(x)})` : traceNumber(x);
}

const list = (xs: readonly number[]): string => xs.map(traceNumber).join(', ');

function where(l: number, r: number): string {
  return `Layer ${l + 1}, unit ${r + 1}`;
}

/** The activation as it reads in a formula: `tanh`, `elu(alpha = 1)`, `f (f(x) = x * sigmoid(x))`. */
function activationName(layer: TraceLayer): string {
  if (layer.activation.startsWith('formula:')) {
    return `f, where f(x) = ${layer.activation.slice('formula:'.length).trim()},`;
  }
  const params = Object.entries(layer.params).map(([k, v]) => `${k} = ${traceNumber(v)}`);
  return params.length === 0 ? layer.activation : `${layer.activation} (${params.join(', ')})`;
}

function forwardText(layer: TraceLayer, l: number, unit: TraceUnit, r: number): string {
  const terms = unit.weights.map((w, i) => `${factor(w)}·${factor(unit.inputs[i] as number)}`);
  const source = l === 0 ? 'the example’s inputs' : `layer ${l}’s outputs`;
  const sum = `z = w·x + b = ${[...terms, factor(unit.bias)].join(' + ')} = ${traceNumber(unit.z)}`;
  const name = activationName(layer);
  const out =
    unit.fPrime === undefined
      ? `a = ${name} of all ${layer.units.length} z of the layer, entry ${r + 1}: a = ${traceNumber(unit.a)}`
      : `a = ${name} applied to z = ${traceNumber(unit.a)}`;
  return `${where(l, r)} (x: ${source}): ${sum}; ${out}.`;
}

function lossText(s: StepsInput, output: TraceLayer): string {
  const a = output.units.map((u) => u.a);
  const value = traceNumber(s.lossBefore);
  if (s.loss === 'cross_entropy') {
    const k = s.target[0] as number;
    const ak = traceNumber(a[k] as number);
    const how =
      s.mode === 'ce-log-softmax'
        ? `the output is log-probabilities, so L = −a = −(${ak})`
        : s.mode === 'ce-logit'
          ? `the outputs are logits, so L = −log softmax(a) at the target`
          : `L = −log a = −log(${ak}), computed as log-sum-exp of the logits minus the target’s logit so it never takes log 0`;
    return `Loss (cross-entropy), target class ${k + 1}: ${how}; L = ${value}.`;
  }
  const pairs = a.map((y, j) => `a = ${traceNumber(y)}, t = ${traceNumber(s.target[j] as number)}`);
  if (s.loss === 'mse') {
    const squares = a.map((y, j) => `(${traceNumber(y)} − ${factor(s.target[j] as number)})²`);
    return `Loss (mean squared error): L = mean of (a − t)² over ${a.length} output(s) = (${squares.join(' + ')}) / ${a.length} = ${value}.`;
  }
  const fused =
    s.mode === 'generic'
      ? ''
      : s.mode === 'bce-sigmoid'
        ? ', computed from the logit z as softplus(z) − t·z, the same value without log 0'
        : ', reading the linear output as the logit of a probability: softplus(a) − t·a';
  return `Loss (binary cross-entropy) with ${pairs.join('; ')}: L = mean of −[t·log a + (1 − t)·log(1 − a)]${fused}; L = ${value}.`;
}

/** How dL/da of an output unit comes from the loss. */
function outputDaText(s: StepsInput, unit: TraceUnit, r: number): string {
  const n = s.layers[s.layers.length - 1]?.units.length ?? 1;
  const da = traceNumber(unit.dLda);
  const t = s.target[r] as number;
  switch (s.mode) {
    case 'generic':
      return s.loss === 'mse'
        ? `dL/da = 2·(a − t)/${n} = 2·(${traceNumber(unit.a)} − ${factor(t)})/${n} = ${da}`
        : `dL/da = (a − t)/(a·(1 − a))/${n} = ${da}`;
    case 'bce-sigmoid':
      return `dL/da = (a − t)/(a·(1 − a))/${n} = ${da}`;
    case 'bce-logit':
      return `dL/da = (sigmoid(a) − t)/${n} = (sigmoid(${traceNumber(unit.a)}) − ${factor(t)})/${n} = ${da}`;
    case 'ce-softmax':
    case 'ce-log-softmax': {
      const k = s.target[0] as number;
      if (r !== k) return `dL/da = 0 (the loss reads only the target class’s output)`;
      return s.mode === 'ce-softmax'
        ? `dL/da = −1/a = −1/${traceNumber(unit.a)} = ${da}`
        : `dL/da = −1 (L = −a of the target class)`;
    }
    case 'ce-logit': {
      const onehot = r === (s.target[0] as number) ? 1 : 0;
      return `dL/da = softmax(a) − ${onehot} = ${traceNumber(unit.dLda + onehot)} − ${onehot} = ${da}`;
    }
  }
}

/** dL/da of a hidden unit: the next layer's dL/dz sent back through its weights. */
function hiddenDaText(next: TraceLayer, l: number, unit: TraceUnit, r: number): string {
  const terms = next.units.map((u) => `${factor(u.weights[r] as number)}·${factor(u.dLdz)}`);
  return `dL/da = sum over layer ${l + 2}’s units of w·dL/dz = ${terms.join(' + ')} = ${traceNumber(unit.dLda)}`;
}

/** dL/dz from dL/da: through f'(z), or the vector-Jacobian product, or fused with the loss. */
function dzText(
  s: StepsInput,
  layer: TraceLayer,
  last: boolean,
  unit: TraceUnit,
  r: number,
): string {
  const dz = traceNumber(unit.dLdz);
  if (last && s.mode === 'ce-softmax') {
    const onehot = r === (s.target[0] as number) ? 1 : 0;
    const temperature = layer.params.temperature ?? 1;
    const over = temperature === 1 ? '' : `/${traceNumber(temperature)}`;
    return `softmax is fused with cross-entropy, as training does: dL/dz = (a − ${onehot})${over} = (${traceNumber(unit.a)} − ${onehot})${over} = ${dz}, exact and free of the division by a small probability`;
  }
  if (unit.fPrime === undefined) {
    return `${layer.activation} mixes the layer’s units, so dL/dz comes from its vector-Jacobian product (every output’s dL/da times how that output moves with this z): dL/dz = ${dz}`;
  }
  const fp = `f'(z) = ${traceNumber(unit.fPrime)} (the derivative of ${layer.activation.startsWith('formula:') ? 'f' : layer.activation} at z)`;
  if (last && s.mode === 'bce-sigmoid') {
    return `${fp}; training fuses sigmoid with the loss and takes dL/dz = (a − t)/n directly, which is dL/da · f'(z) simplified: dL/dz = ${dz}`;
  }
  return `${fp}, so dL/dz = dL/da · f'(z) = ${factor(unit.dLda)}·${factor(unit.fPrime)} = ${dz}`;
}

function backwardText(s: StepsInput, l: number, unit: TraceUnit, r: number): string {
  const layer = s.layers[l] as TraceLayer;
  const last = l === s.layers.length - 1;
  const da = last
    ? outputDaText(s, unit, r)
    : hiddenDaText(s.layers[l + 1] as TraceLayer, l, unit, r);
  const products = unit.inputs.map((x) => `${factor(unit.dLdz)}·${factor(x)}`);
  const dw = `dL/dw = dL/dz · x = ${products.join(', ')} = ${list(unit.dLdw)}`;
  return `${where(l, r)}: ${da}; ${dzText(s, layer, last, unit, r)}; ${dw}; dL/db = dL/dz = ${traceNumber(unit.dLdb)}.`;
}

function updateText(lr: number, l: number, unit: TraceUnit, r: number): string {
  const rate = traceNumber(lr);
  const ws = unit.weights.map(
    (w, i) =>
      `${traceNumber(w)} − ${rate}·${factor(unit.dLdw[i] as number)} = ${traceNumber(unit.newWeights[i] as number)}`,
  );
  const b = `${traceNumber(unit.bias)} − ${rate}·${factor(unit.dLdb)} = ${traceNumber(unit.newBias)}`;
  return `${where(l, r)}: w ← w − ${rate}·dL/dw: ${ws.join('; ')}; b ← b − ${rate}·dL/db: ${b}.`;
}

function newLossText(before: number, after: number): string {
  const change =
    after < before
      ? `it went down by ${traceNumber(before - after)}`
      : after > before
        ? `it went up by ${traceNumber(after - before)}: the step overshot, a smaller learning rate would help`
        : 'it did not change';
  return `After the step, on the same example, L = ${traceNumber(after)} (before: ${traceNumber(before)}): ${change}.`;
}

/** The explanation of a trace, step by step, in `BackpropTrace`'s order. */
export function traceSteps(s: StepsInput): TraceStep[] {
  const steps: TraceStep[] = [];
  s.layers.forEach((layer, l) =>
    layer.units.forEach((unit, r) =>
      steps.push({ phase: 'forward', layer: l, unit: r, text: forwardText(layer, l, unit, r) }),
    ),
  );
  steps.push({ phase: 'loss', text: lossText(s, s.layers[s.layers.length - 1] as TraceLayer) });
  for (let l = s.layers.length - 1; l >= 0; l--) {
    (s.layers[l] as TraceLayer).units.forEach((unit, r) =>
      steps.push({ phase: 'backward', layer: l, unit: r, text: backwardText(s, l, unit, r) }),
    );
  }
  s.layers.forEach((layer, l) =>
    layer.units.forEach((unit, r) =>
      steps.push({
        phase: 'update',
        layer: l,
        unit: r,
        text: updateText(s.learningRate, l, unit, r),
      }),
    ),
  );
  steps.push({ phase: 'new-loss', text: newLossText(s.lossBefore, s.newLoss) });
  return steps;
}
