/**
 * What the Backprop screen shows, as lines: the setting, where the step is among the phases, the
 * step's own words, the unit's numbers known so far (the later ones as dots, saying which phase
 * computes them) and the sigmoid/relu comparison of f'(z). Pure, so the component only lays them
 * out; every mark is also a character (brackets, ▸), never colour alone.
 */
import { formatNumber } from '@actlab/format';
import { COURSE_NEURON } from '../../course-neuron.js';
import type { Tone } from '../draw/runs.js';
import { fit, wrap } from '../draw/wrap.js';
import type { BackpropState } from '../state/backprop.js';
import {
  PHASES,
  comparison,
  currentStep,
  currentUnit,
  otherActivation,
  revealed,
  shownTrace,
  unitRows,
} from '../state/backprop.js';

/** One line of the screen. */
export interface ViewLine {
  readonly text: string;
  readonly tone: Tone;
  readonly bold?: boolean;
}

/** Significant digits of the numbers in the table (the step's words carry their own). */
const DIGITS = 6;

/** Lines besides the step's words and the table: title, progress, gap, inputs, comparison. */
const FIXED_ROWS = 5;

/** Width of the table's label column. */
const LABEL = 24;

const num = (x: number): string => formatNumber(x, DIGITS);
const list = (xs: readonly number[]): string =>
  xs.length === 1 ? num(xs[0] as number) : `(${xs.map(num).join(', ')})`;

/** `step 3/5 · forward › loss › [backward] › update › new loss`. */
function progressLine(state: BackpropState): string {
  const step = currentStep(state);
  const phases = PHASES.map(({ phase, label }) => (phase === step.phase ? `[${label}]` : label));
  const count = shownTrace(state).steps.length;
  return `step ${state.step + 1}/${count} · ${phases.join(' › ')}`;
}

/** The lines for a screen `width` x `height`; the table is cut first when rows are short. */
export function backpropLines(state: BackpropState, width: number, height: number): ViewLine[] {
  const n = COURSE_NEURON;
  const unit = currentUnit(state);
  const step = currentStep(state);
  const rows = unitRows(state).map((row): ViewLine => {
    const known = revealed(state, row.phase);
    const mark = row.phase === step.phase ? '▸ ' : '  ';
    const label = row.label.padEnd(LABEL);
    const phase = PHASES.find((p) => p.phase === row.phase)?.label ?? row.phase;
    return known
      ? {
          text: `${mark}${label}${list(row.values)}`,
          tone: 'plain',
          bold: row.phase === step.phase,
        }
      : { text: `${mark}${label}·  (in the ${phase} phase)`, tone: 'muted' };
  });
  const [sigmoid, relu] = comparison(state);
  const compare: ViewLine = {
    text:
      `f'(z) at z = ${num(unit.z)}: sigmoid ${num(sigmoid?.fPrime ?? Number.NaN)}, ` +
      `relu ${num(relu?.fPrime ?? Number.NaN)} · r shows ${otherActivation(state)}`,
    tone: 'muted',
  };
  // The step's words take what the table leaves (at least two lines); the table is cut after.
  const words = wrap(step.text, width);
  const free = height - FIXED_ROWS;
  const shown = Math.min(words.length, Math.max(2, free - rows.length));
  const head: ViewLine[] = [
    {
      text: `One step of gradient descent for one ${state.activation} neuron: target ${n.target}, ${n.loss} loss, lr ${n.learningRate}`,
      tone: 'plain',
    },
    { text: progressLine(state), tone: 'accent' },
    ...wrap(step.text, width, shown).map((text): ViewLine => ({ text, tone: 'plain', bold: true })),
    // A space, not an empty string: Ink gives an empty line no height.
    { text: ' ', tone: 'plain' },
    {
      text: `x = ${list(unit.inputs)}   w = ${list(unit.weights)}   b = ${num(unit.bias)}`,
      tone: 'plain',
    },
  ];
  const room = Math.max(0, free - shown);
  return [...head, ...rows.slice(0, room), compare].map((line) => ({
    ...line,
    text: fit(line.text, width),
  }));
}
