/**
 * The formula of one trace step with its numbers filled in, as LaTeX lines for KaTeX: the weighted
 * sum and the activation going forward, the loss, the chain rule dL/dz = dL/da · f'(z) and the
 * weight gradients going backward, the update w ← w − η dL/dw and the new loss. Every number
 * comes from the trace; this module only writes them into the formulas a reader can check by hand.
 */
import { activationInfo, isFormulaId } from '@actlab/core';
import { formatNumber } from '@actlab/format';
import type { BackpropTrace, TraceStep, TraceUnit } from '@actlab/train';
import { READOUT_STYLE } from '../lib/number-style.js';
import { formulaSlopeTex } from './formula-slope.js';

/** Significant digits of the numbers in the formulas (enough to check a step by hand). */
const TEX_DIGITS = 4;

/** A number as LaTeX: scientific notation as ×10^k. */
export function texNumber(x: number): string {
  const text = formatNumber(x, TEX_DIGITS, READOUT_STYLE);
  const [mantissa, exponent] = text.split('e');
  return exponent === undefined ? text : `${mantissa}\\times 10^{${Number(exponent)}}`;
}

/** A number as a factor or term: negatives in brackets. */
function factor(x: number): string {
  return x < 0 ? `(${texNumber(x)})` : texNumber(x);
}

/** The symbols of one network: plain z, a, w_i, b for a single neuron, else layer and unit. */
interface Symbols {
  z(l: number, j: number): string;
  a(l: number, j: number): string;
  /** Input `i` of layer `l` (x_i for the first layer). */
  input(l: number, i: number): string;
  w(l: number, j: number, i: number): string;
  b(l: number, j: number): string;
  t(j: number): string;
}

/** The symbols for a network whose layers have `sizes` units. */
function symbolsFor(sizes: readonly number[]): Symbols {
  const single = sizes.length === 1 && sizes[0] === 1;
  const sup = (l: number) => (sizes.length > 1 ? `^{(${l + 1})}` : '');
  const unit = (base: string) => (l: number, j: number) =>
    single ? base : `${base}${sup(l)}_{${j + 1}}`;
  const a = unit('a');
  return {
    z: unit('z'),
    a,
    input: (l, i) => (l === 0 ? `x_{${i + 1}}` : a(l - 1, i)),
    w: (l, j, i) => (single ? `w_{${i + 1}}` : `w${sup(l)}_{${j + 1}${i + 1}}`),
    b: unit('b'),
    t: (j) => ((sizes[sizes.length - 1] ?? 1) === 1 ? 't' : `t_{${j + 1}}`),
  };
}

/** ∂L/∂(symbol). */
function d(symbol: string): string {
  return `\\frac{\\partial L}{\\partial ${symbol}}`;
}

/**
 * The activation's symbol in formulas: σ and tanh as usual, a typed formula f (its text is shown
 * beside the layer), any other by its catalog name.
 */
function fName(id: string): string {
  if (id === 'sigmoid') return '\\sigma';
  if (id === 'tanh') return '\\tanh';
  if (isFormulaId(id)) return 'f';
  return `\\operatorname{${activationInfo(id).name.replace(/[^A-Za-z0-9]+/g, '')}}`;
}

function unitAt(trace: BackpropTrace, l: number, j: number): TraceUnit | undefined {
  return trace.layers[l]?.units[j];
}

function forwardLines(trace: BackpropTrace, s: Symbols, l: number, j: number, u: TraceUnit) {
  const id = trace.layers[l]?.activation ?? '';
  const symbolic = [...u.inputs.map((_, i) => `${s.w(l, j, i)} ${s.input(l, i)}`), s.b(l, j)];
  const numeric = [...u.inputs.map((x, i) => `${factor(u.weights[i] ?? 0)} \\cdot ${factor(x)}`)];
  numeric.push(factor(u.bias));
  const f = fName(id);
  const sum = `${s.z(l, j)} = ${symbolic.join(' + ')}`;
  const filled = `${numeric.join(' + ')} = ${texNumber(u.z)}`;
  // Three or more inputs make one line too wide for a phone: the numbers go on a line of their own.
  return [
    ...(u.inputs.length > 2 ? [sum, `= ${filled}`] : [`${sum} = ${filled}`]),
    `${s.a(l, j)} = ${f}(${s.z(l, j)}) = ${f}(${texNumber(u.z)}) = ${texNumber(u.a)}`,
  ];
}

function lossLines(trace: BackpropTrace, s: Symbols, loss: string, targets: readonly number[]) {
  const last = trace.layers.length - 1;
  const outputs = trace.layers[last]?.units ?? [];
  const n = outputs.length;
  const mean = n > 1 ? `\\frac{1}{${n}}` : '';
  if (loss === 'binary_cross_entropy') {
    const term = (a: string, t: string) => `${t} \\log ${a} + (1 - ${t}) \\log(1 - ${a})`;
    const sym = outputs.map((_, j) => term(s.a(last, j), s.t(j))).join(' + ');
    const num = outputs.map((u, j) => term(texNumber(u.a), texNumber(targets[j] ?? 0))).join(' + ');
    return [
      `L = -${mean}\\left[${sym}\\right] = -${mean}\\left[${num}\\right] = ${texNumber(trace.loss)}`,
    ];
  }
  const sym = outputs.map((_, j) => `(${s.a(last, j)} - ${s.t(j)})^2`).join(' + ');
  const num = outputs
    .map((u, j) => `(${texNumber(u.a)} - ${factor(targets[j] ?? 0)})^2`)
    .join(' + ');
  const wrap = (x: string) => (n > 1 ? `${mean}\\left(${x}\\right)` : x);
  return [`L = ${wrap(sym)} = ${wrap(num)} = ${texNumber(trace.loss)}`];
}

/** ∂L/∂a: from the loss at the output, from the next layer's ∂L/∂z elsewhere. */
function dLdaLine(
  trace: BackpropTrace,
  s: Symbols,
  loss: string,
  targets: readonly number[],
  l: number,
  j: number,
  u: TraceUnit,
): string {
  const last = trace.layers.length - 1;
  const n = trace.layers[last]?.units.length ?? 1;
  if (l === last) {
    const a = s.a(l, j);
    const t = s.t(j);
    const nums = [texNumber(u.a), factor(targets[j] ?? 0)];
    if (loss === 'binary_cross_entropy') {
      const scale = n > 1 ? `\\frac{1}{${n}}` : '';
      return `${d(a)} = ${scale}\\frac{${a} - ${t}}{${a}(1 - ${a})} = ${scale}\\frac{${nums[0]} - ${nums[1]}}{${nums[0]}(1 - ${nums[0]})} = ${texNumber(u.dLda)}`;
    }
    const scale = n > 1 ? `\\frac{2}{${n}}` : '2';
    return `${d(a)} = ${scale}\\,(${a} - ${t}) = ${scale}\\,(${nums[0]} - ${nums[1]}) = ${texNumber(u.dLda)}`;
  }
  const next = trace.layers[l + 1]?.units ?? [];
  const sym = next.map((_, k) => `${s.w(l + 1, k, j)}\\,${d(s.z(l + 1, k))}`).join(' + ');
  const num = next.map((v) => `${factor(v.weights[j] ?? 0)} \\cdot ${factor(v.dLdz)}`).join(' + ');
  return `${d(s.a(l, j))} = ${sym} = ${num} = ${texNumber(u.dLda)}`;
}

/**
 * f'(z) with the activation's own shortcut where the course teaches one, and a typed formula's
 * own derivative (in x, then with z filled in).
 */
function slopeLines(id: string, s: Symbols, l: number, j: number, u: TraceUnit): string[] {
  if (isFormulaId(id)) return formulaSlopeTex(id, s.z(l, j), u.z, texNumber(u.fPrime ?? NaN));
  return [slopeLine(id, s, l, j, u)];
}

/** f'(z) of a catalog activation. */
function slopeLine(id: string, s: Symbols, l: number, j: number, u: TraceUnit): string {
  const fp = u.fPrime ?? NaN;
  const lhs = `f'(${s.z(l, j)})`;
  if (id === 'sigmoid') {
    return `${lhs} = \\sigma(${s.z(l, j)})\\,(1 - \\sigma(${s.z(l, j)})) = ${texNumber(u.a)} \\cdot (1 - ${texNumber(u.a)}) = ${texNumber(fp)}`;
  }
  if (id === 'tanh') {
    return `${lhs} = 1 - \\tanh^2(${s.z(l, j)}) = 1 - ${factor(u.a)}^2 = ${texNumber(fp)}`;
  }
  if (id === 'relu') {
    return `${lhs} = ${texNumber(fp)} \\quad \\text{because } ${s.z(l, j)} ${u.z > 0 ? '>' : '\\le'} 0`;
  }
  return `${lhs} = ${fName(id)}'(${texNumber(u.z)}) = ${texNumber(fp)}`;
}

function backwardLines(
  trace: BackpropTrace,
  s: Symbols,
  loss: string,
  targets: readonly number[],
  l: number,
  j: number,
  u: TraceUnit,
): string[] {
  const id = trace.layers[l]?.activation ?? '';
  const dz = d(s.z(l, j));
  const chain =
    u.fPrime === undefined
      ? `${dz} = ${texNumber(u.dLdz)}`
      : `${dz} = ${d(s.a(l, j))} \\cdot f'(${s.z(l, j)}) = ${factor(u.dLda)} \\cdot ${factor(u.fPrime)} = ${texNumber(u.dLdz)}`;
  return [
    dLdaLine(trace, s, loss, targets, l, j, u),
    ...(u.fPrime === undefined ? [] : slopeLines(id, s, l, j, u)),
    chain,
    ...u.inputs.map(
      (x, i) =>
        `${d(s.w(l, j, i))} = ${dz} \\cdot ${s.input(l, i)} = ${factor(u.dLdz)} \\cdot ${factor(x)} = ${texNumber(u.dLdw[i] ?? NaN)}`,
    ),
    `${d(s.b(l, j))} = ${dz} = ${texNumber(u.dLdb)}`,
  ];
}

function updateLines(trace: BackpropTrace, s: Symbols, l: number, j: number, u: TraceUnit) {
  const eta = texNumber(trace.learningRate);
  const rule = (p: string, old: number, grad: number, next: number) =>
    `${p} \\leftarrow ${p} - \\eta\\,${d(p)} = ${texNumber(old)} - ${eta} \\cdot ${factor(grad)} = ${texNumber(next)}`;
  return [
    ...u.weights.map((w, i) => rule(s.w(l, j, i), w, u.dLdw[i] ?? NaN, u.newWeights[i] ?? NaN)),
    rule(s.b(l, j), u.bias, u.dLdb, u.newBias),
  ];
}

/** The units a step concerns: its own unit, or every unit of its layer when it names none. */
export function stepUnits(trace: BackpropTrace, step: TraceStep): number[] {
  if (step.layer === undefined) return [];
  if (step.unit !== undefined) return [step.unit];
  return (trace.layers[step.layer]?.units ?? []).map((_, j) => j);
}

/** The LaTeX lines of `step`, numbers filled in from `trace`. */
export function stepTex(
  trace: BackpropTrace,
  step: TraceStep,
  sizes: readonly number[],
  loss: string,
  targets: readonly number[],
): string[] {
  const s = symbolsFor(sizes);
  if (step.phase === 'loss') return lossLines(trace, s, loss, targets);
  if (step.phase === 'new-loss') {
    return [
      `L_{\\text{new}} = ${texNumber(trace.newLoss)}`,
      `L_{\\text{new}} - L = ${texNumber(trace.newLoss)} - ${texNumber(trace.loss)} = ${texNumber(trace.newLoss - trace.loss)}`,
    ];
  }
  const l = step.layer ?? 0;
  return stepUnits(trace, step).flatMap((j) => {
    const u = unitAt(trace, l, j);
    if (!u) return [];
    if (step.phase === 'forward') return forwardLines(trace, s, l, j, u);
    if (step.phase === 'backward') return backwardLines(trace, s, loss, targets, l, j, u);
    return updateLines(trace, s, l, j, u);
  });
}
