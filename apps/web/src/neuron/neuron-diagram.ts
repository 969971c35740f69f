/**
 * Layout of the neuron diagram: inputs on the left, a line from each to the summing node, then the
 * activation and the output. A plain function from numbers to geometry, so the SVG component only
 * draws and the layout is tested without React. A weight's size shows as line thickness and its sign
 * as the line style (solid positive, dashed negative), so neither depends on colour.
 */
import { formatNumber } from '@actlab/format';
import { READOUT_STYLE } from '../lib/number-style.js';

/** A circle or box with a short label. */
interface DiagramNode {
  readonly x: number;
  readonly y: number;
  /** Main text inside or beside the node. */
  readonly label: string;
  /** Second line under the node, e.g. "x₁". */
  readonly caption: string;
}

/** A connection carrying a weight (or the bias, or the flow onwards). */
interface DiagramEdge {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Stroke width in view-box units, growing with |weight|. */
  readonly width: number;
  /** Dashed for a negative weight. */
  readonly dashed: boolean;
  /** Sign for colouring, 0 for the plain flow edges. */
  readonly sign: -1 | 0 | 1;
  /** Label near the middle, e.g. "w₁ = 0.6"; empty for none. */
  readonly label: string;
  readonly labelX: number;
  readonly labelY: number;
}

/** The whole diagram in view-box units. */
export interface NeuronDiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly inputs: readonly DiagramNode[];
  readonly bias: DiagramNode;
  readonly sum: DiagramNode;
  readonly activation: DiagramNode;
  readonly output: DiagramNode;
  readonly edges: readonly DiagramEdge[];
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** `n` as Unicode subscript digits, e.g. 12 -> "₁₂". */
export function subscript(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUBSCRIPTS[Number(d)] ?? d)
    .join('');
}

/** Line width for a weight: 1 unit at 0, up to 7 at |w| = `maxWeight`. */
export function weightWidth(w: number, maxWeight: number): number {
  return 1 + 6 * Math.min(1, Math.abs(w) / maxWeight);
}

const WIDTH = 480;
const ROW = 58;
const TOP = 34;

/** Lays out the neuron for these inputs, weights, bias, weighted sum and output. */
export function layoutNeuronDiagram(
  inputs: readonly number[],
  weights: readonly number[],
  bias: number,
  z: number,
  output: number,
  activationName: string,
  maxWeight = 3,
): NeuronDiagramLayout {
  const rows = Math.max(inputs.length, 2);
  const height = TOP + rows * ROW + 30;
  const sum: DiagramNode = {
    x: 250,
    y: TOP + ((inputs.length - 1) * ROW) / 2,
    label: 'Σ',
    caption: `z = ${formatNumber(z, 4, READOUT_STYLE)}`,
  };
  const inputNodes = inputs.map((x, i) => ({
    x: 40,
    y: TOP + i * ROW,
    label: formatNumber(x, 3, READOUT_STYLE),
    caption: `x${subscript(i + 1)}`,
  }));
  const biasNode: DiagramNode = {
    x: 250,
    y: height - 22,
    label: formatNumber(bias, 3, READOUT_STYLE),
    caption: 'bias b',
  };
  const act: DiagramNode = { x: 350, y: sum.y, label: 'f', caption: activationName };
  const out: DiagramNode = {
    x: 440,
    y: sum.y,
    label: formatNumber(output, 3, READOUT_STYLE),
    caption: 'output',
  };
  const edges: DiagramEdge[] = inputNodes.map((node, i) => {
    const w = weights[i] ?? 0;
    return {
      x1: node.x + 20,
      y1: node.y,
      x2: sum.x - 22,
      y2: sum.y,
      width: weightWidth(w, maxWeight),
      dashed: w < 0,
      sign: w > 0 ? 1 : w < 0 ? -1 : 0,
      label: `w${subscript(i + 1)} = ${formatNumber(w, 3, READOUT_STYLE)}`,
      labelX: node.x + 30 + (sum.x - node.x - 50) * 0.3,
      labelY: node.y + (sum.y - node.y) * 0.3 - 8,
    };
  });
  const plain = (x1: number, y1: number, x2: number, y2: number): DiagramEdge => ({
    x1,
    y1,
    x2,
    y2,
    width: 2,
    dashed: false,
    sign: 0,
    label: '',
    labelX: 0,
    labelY: 0,
  });
  edges.push({
    ...plain(biasNode.x, biasNode.y - 14, sum.x, sum.y + 22),
    width: weightWidth(bias, maxWeight),
    dashed: bias < 0,
    sign: bias > 0 ? 1 : bias < 0 ? -1 : 0,
  });
  edges.push(plain(sum.x + 22, sum.y, act.x - 22, act.y));
  edges.push(plain(act.x + 22, act.y, out.x - 22, out.y));
  return {
    width: WIDTH,
    height,
    inputs: inputNodes,
    bias: biasNode,
    sum,
    activation: act,
    output: out,
    edges,
  };
}
