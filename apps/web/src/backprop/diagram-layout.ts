/**
 * Layout of the network diagram for one step of the trace: the inputs on the left, a column per
 * layer, the loss on the right, and a line per connection. The unit or connections the step
 * concerns are marked `current` (drawn with a thick outline and a "now" caption, never by colour
 * alone), and each unit shows the numbers the trace has reached so far: z and a once its forward
 * step is done, dL/dz once its backward step is done, and each weight's new value once updated.
 */
import { formatNumber } from '@actlab/format';
import type { BackpropTrace, TraceStep } from '@actlab/train';
import { READOUT_STYLE } from '../lib/number-style.js';
import { stepUnits } from './step-tex.js';

/** Radius of a unit's circle, in view-box units. */
export const NODE_RADIUS = 22;

/** A circle of the diagram: an input, a unit or the loss. */
interface DiagramNode {
  readonly key: string;
  readonly kind: 'input' | 'unit' | 'loss';
  readonly x: number;
  readonly y: number;
  /** Text inside the circle, e.g. "x₁", "σ" or "L". */
  readonly label: string;
  /** Lines under the circle with the numbers reached so far. */
  readonly caption: readonly string[];
  /** Whether this step concerns it. */
  readonly current: boolean;
  /** For a unit: where its bias is in the state's flat weights, and what to call it. */
  readonly bias?: { readonly index: number; readonly value: number; readonly name: string };
}

/** A connection: a weight between layers, or an output's line to the loss. */
interface DiagramEdge {
  readonly key: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Dashed when the weight is negative (sign without colour). */
  readonly dashed: boolean;
  /** The weight, and its new value once updated; empty when the diagram is too busy for labels. */
  readonly label: string;
  readonly current: boolean;
  /** For a weight: where it is in the state's flat weights, and what to call it. */
  readonly weight?: { readonly index: number; readonly value: number; readonly name: string };
}

/** The whole diagram in view-box units. */
export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
/** `n` in subscript digits. */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (digit) => SUBSCRIPTS[Number(digit)] ?? digit);
}

function short(x: number): string {
  return formatNumber(x, 3, READOUT_STYLE);
}

/** The short symbol of an activation inside its unit. */
function unitSymbol(id: string): string {
  if (id === 'sigmoid') return 'σ';
  if (id === 'tanh') return 'tanh';
  if (id === 'relu') return 'ReLU';
  return 'f';
}

/** Index of the first step of `phase` for unit (l, j), or -1. */
function stepIndex(steps: readonly TraceStep[], phase: string, l: number, j: number): number {
  return steps.findIndex(
    (s) => s.phase === phase && s.layer === l && (s.unit === undefined || s.unit === j),
  );
}

/** Layout of `trace` at step `at` (an index into `trace.steps`). */
export function layoutDiagram(
  trace: BackpropTrace,
  at: number,
  inputs: readonly number[],
): DiagramLayout {
  const step = trace.steps[at];
  const columns = [inputs.length, ...trace.layers.map((l) => l.units.length)];
  const tallest = Math.max(...columns);
  const rowGap = 96;
  const height = tallest * rowGap + 40;
  const width = 120 + columns.length * 150 + 60;
  const colX = (c: number) => 50 + c * 150;
  const rowY = (count: number, r: number) => height / 2 + (r - (count - 1) / 2) * rowGap - 10;
  const lossX = colX(columns.length - 1) + 130;
  const lossY = height / 2 - 10;
  const currentUnits = new Set(
    step && step.layer !== undefined ? stepUnits(trace, step).map((j) => `${step.layer}:${j}`) : [],
  );
  const isCurrent = (l: number, j: number) => currentUnits.has(`${l}:${j}`);
  const nodes: DiagramNode[] = inputs.map((x, i) => ({
    key: `x${i}`,
    kind: 'input',
    x: colX(0),
    y: rowY(inputs.length, i),
    label: `x${subscript(i + 1)}`,
    caption: [`= ${short(x)}`],
    current: false,
  }));
  const edges: DiagramEdge[] = [];
  // Flat offsets of each unit's weights then bias, in the order the page's URL stores them.
  let offset = 0;
  const single = trace.layers.length === 1 && trace.layers[0]?.units.length === 1;
  const edgeCount = trace.layers.reduce(
    (n, l) => n + l.units.length * (l.units[0]?.weights.length ?? 0),
    0,
  );
  const labelled = edgeCount <= 8;
  trace.layers.forEach((layer, l) => {
    const count = layer.units.length;
    layer.units.forEach((u, j) => {
      const x = colX(l + 1);
      const y = rowY(count, j);
      const forwardDone = stepIndex(trace.steps, 'forward', l, j) <= at;
      const backwardDone = (() => {
        const k = stepIndex(trace.steps, 'backward', l, j);
        return k >= 0 && k <= at;
      })();
      const updateAt = stepIndex(trace.steps, 'update', l, j);
      const updated = updateAt >= 0 && updateAt <= at;
      const caption = [
        ...(forwardDone ? [`z = ${short(u.z)}`, `a = ${short(u.a)}`] : []),
        ...(backwardDone ? [`∂L/∂z = ${short(u.dLdz)}`] : []),
        ...(updated ? [`b → ${short(u.newBias)}`] : []),
      ];
      const unitWords = single ? 'the neuron' : `unit ${j + 1} of layer ${l + 1}`;
      const fromName = (i: number) =>
        l === 0 ? `x${subscript(i + 1)}` : `unit ${i + 1} of layer ${l}`;
      const first = offset;
      offset += u.weights.length + 1;
      nodes.push({
        key: `u${l}.${j}`,
        kind: 'unit',
        x,
        y,
        label: unitSymbol(layer.activation),
        caption,
        current: isCurrent(l, j),
        bias: { index: first + u.weights.length, value: u.bias, name: `bias of ${unitWords}` },
      });
      u.weights.forEach((w, i) => {
        const fromCount = columns[l] ?? 1;
        // A hidden unit's dL/da gathers from the next layer along its out-lines.
        const outLine = step?.phase === 'backward' && isCurrent(l - 1, i);
        edges.push({
          key: `e${l}.${j}.${i}`,
          x1: colX(l) + NODE_RADIUS,
          y1: rowY(fromCount, i),
          x2: x - NODE_RADIUS,
          y2: y,
          dashed: w < 0,
          label: labelled
            ? updated
              ? `${short(w)} → ${short(u.newWeights[i] ?? NaN)}`
              : `w = ${short(w)}`
            : '',
          current: isCurrent(l, j) || outLine,
          weight: {
            index: first + i,
            value: w,
            name: `weight from ${fromName(i)} to ${unitWords}`,
          },
        });
      });
    });
  });
  const last = trace.layers.length - 1;
  const lossStep = step?.phase === 'loss' || step?.phase === 'new-loss';
  (trace.layers[last]?.units ?? []).forEach((_, j) => {
    const count = trace.layers[last]?.units.length ?? 1;
    if (step?.phase === 'loss') {
      const node = nodes.find((n) => n.key === `u${last}.${j}`);
      if (node) nodes[nodes.indexOf(node)] = { ...node, current: true };
    }
    edges.push({
      key: `loss${j}`,
      x1: colX(last + 1) + NODE_RADIUS,
      y1: rowY(count, j),
      x2: lossX - NODE_RADIUS,
      y2: lossY,
      dashed: false,
      label: '',
      current: lossStep,
    });
  });
  const lossAt = trace.steps.findIndex((s) => s.phase === 'loss');
  const newLossAt = trace.steps.findIndex((s) => s.phase === 'new-loss');
  nodes.push({
    key: 'loss',
    kind: 'loss',
    x: lossX,
    y: lossY,
    label: 'L',
    caption: [
      ...(lossAt >= 0 && lossAt <= at ? [`L = ${short(trace.loss)}`] : []),
      ...(newLossAt >= 0 && newLossAt <= at ? [`new L = ${short(trace.newLoss)}`] : []),
    ],
    current: lossStep,
  });
  return { width: width + 40, height, nodes, edges };
}

/** What the step concerns, in words: the text beside the highlight. */
export function focusDescription(trace: BackpropTrace, step: TraceStep): string {
  if (step.phase === 'loss') return 'the output and the loss L';
  if (step.phase === 'new-loss') return 'the loss L after the update';
  const layers = trace.layers.length;
  const l = step.layer ?? 0;
  const which = l === layers - 1 ? 'the output layer' : `hidden layer ${l + 1}`;
  const units = stepUnits(trace, step);
  const unitWords =
    units.length === 1 ? `unit ${(units[0] ?? 0) + 1}` : `all ${units.length} units`;
  const what =
    layers === 1 && trace.layers[0]?.units.length === 1 ? 'the neuron' : `${unitWords} of ${which}`;
  if (step.phase === 'update') return `the weights and bias into ${what}`;
  return what;
}
