/**
 * The training part of the report: its section of BENCHMARKS.md (method, speeds, the loss check,
 * the heatmap) and its lines of the summary printed to stdout. Plain string building; prettier
 * lays the tables out afterwards.
 */
import { markdownTable } from '../kit/index.js';
import type { ScenarioResult, TrainingResults } from './results.js';
import { CONTENDER_NAMES, LOOP_LOSS_TOLERANCE, TFJS_LOSS_TOLERANCE } from './results.js';
import { MAX_HEATMAP_MS, speedup } from './targets.js';

/** `1234567.8` as `1,234,568`. */
function whole(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

/** `1e-4`: a tolerance as the text writes it. */
function exponent(x: number): string {
  return x.toExponential(0).replace('+', '');
}

/** A ratio for the speed table: two decimals below 10, one above. */
function ratio(x: number): string {
  return Number.isFinite(x) ? `${x >= 10 ? x.toFixed(1) : x.toFixed(2)}x` : '';
}

/** A scenario's speeds, with actlab's examples per second over each contender's. */
function speedTable(s: ScenarioResult): string {
  return markdownTable(
    ['contender', 'one timed call', 'examples/s', "actlab's examples/s over theirs"],
    s.speeds.map((c) => [
      CONTENDER_NAMES[c.id],
      c.call,
      whole(c.examplesPerSecond),
      c.id === 'actlab' ? '' : ratio(speedup(s, c.id)),
    ]),
  );
}

/** A scenario's identical-batch check against actlab. */
function checkTable(s: ScenarioResult): string {
  return markdownTable(
    [
      'contender',
      'steps',
      "largest batch-loss difference from actlab's",
      'limit',
      'last epoch mean loss (actlab / theirs)',
    ],
    s.agreements.map((a) => [
      CONTENDER_NAMES[a.id],
      `${a.agreement.steps}`,
      a.agreement.maxDifference.toExponential(2),
      exponent(a.tolerance),
      `${a.agreement.lastMean[0].toFixed(6)} / ${a.agreement.lastMean[1].toFixed(6)}`,
    ]),
  );
}

/** How the training numbers were made, as a bullet list. */
function method(r: TrainingResults): string {
  const timing = r.scenarios
    .map((s) => `${s.title}: ${s.timing.rounds} rounds of ${s.timing.sliceMs} ms slices`)
    .join('; ');
  return [
    "- **Same start, same data**: each scenario builds the seeded actlab trainer, then copies its initial weights into every other contender: TF.js variables hold each `W` transposed to TF.js's `[inputs, units]` kernel layout (in float32), the plain loop copies the `Float64Array`s.",
    `- **Identical batches (the check)**: one seeded shuffle per epoch gives the batches, and every contender trains on exactly those, in that order, from the same start; each step's batch loss (before the update) is compared with actlab's. actlab is driven through its public API only: its training set is a one-batch window whose \`Float64Array\`s are refilled before each \`trainer.steps(1)\`, so each step trains on exactly the chosen batch (the trainer's own shuffle of the window only reorders the terms of the batch mean). TF.js computes in float32, so it may differ by up to ${exponent(TFJS_LOSS_TOLERANCE)}; the plain loop computes in float64 like actlab and may differ by ${exponent(LOOP_LOSS_TOLERANCE)}.`,
    '- **actlab**: the trainer as a user runs it (`createTrainer(config, { train })`, then `runEpoch()` or `steps(k)`), with its own seeded shuffle each epoch.',
    '- **Plain loop** (Playground scale): the 2-8-8-1 network hard-coded over `Float64Array`s, one example at a time, doing the same work per step as the trainer (forward, BCE from the logit, backward, averaged SGD update, a Fisher-Yates shuffle per epoch).',
    `- **TF.js CPU**: the manual loop \`tf.train.sgd(lr).minimize(() => loss, false, variables)\` per batch, the layers as \`tf.matMul\` + \`tf.add\` + \`tf.tanh\`/\`tf.relu\`, the loss from the logits (\`tf.losses.sigmoidCrossEntropy\`, \`tf.losses.softmaxCrossEntropy\`). Batches are tensors made once before timing (one epoch's order, cycled), so TF.js is timed on training alone, not on uploading data; the loss is not read back while timed.`,
    `- **TF.js WASM**: \`@tensorflow/tfjs-backend-wasm\` ${r.wasm.version} with \`setWasmPaths\` pointing at its \`dist/\`; SIMD ${r.wasm.simd ? 'on' : 'off'}, ${r.wasm.threads ? `${r.wasm.threadCount} threads` : 'one thread (TF.js disables its multithreaded build under Node, tfjs issue #3830)'}.`,
    `- **Timing**: examples per second by alternating slices: each round gives every contender one slice of training (the first contender rotating), preceded by a forced garbage collection so that nobody pays for another's garbage, after a warm-up; the median over rounds is reported (${timing}).`,
    `- **Heatmap**: \`trainer.predictGrid({ xMin: -6, xMax: 6, yMin: -6, yMax: 6, size: ${r.heatmap.size} })\` into a preallocated output, for the Playground network after 20 epochs, alternating with the plain loop's forward pass at the same weights; median of ${r.heatmap.runs} calls each. The two outputs differ by at most ${r.heatmap.maxDifference.toExponential(1)}.`,
  ].join('\n');
}

/** The Training section of BENCHMARKS.md (its targets go in the Targets table). */
export function renderTrainingMarkdown(r: TrainingResults): string {
  const scenarios = r.scenarios
    .map(
      (s) => `### ${s.title}

${s.description}.

${speedTable(s)}

Identical-batch check (${s.check.epochs} epochs over ${s.check.rows} rows):

${checkTable(s)}
`,
    )
    .join('\n');
  const h = r.heatmap;
  return `## Training

${method(r)}

${scenarios}
### Heatmap

${markdownTable(
  ['forward pass over a 100 x 100 grid', 'median ms'],
  [
    ['actlab `trainer.predictGrid`', h.actlabMs.toFixed(3)],
    ['plain loop (same weights)', h.loopMs.toFixed(3)],
  ],
)}
${h.actlabMs > MAX_HEATMAP_MS ? `\n${HEATMAP_REASON}\n` : ''}`;
}

/** Why the heatmap can miss its limit, shown under its table when it does. */
const HEATMAP_REASON =
  "Over the limit: the Playground network evaluates tanh 16 times per grid point (160,000 times per frame), and V8's `Math.tanh` alone costs about 19 ns per call on this machine, about 3 ms per frame. A JavaScript tanh of our own (expm1 reduction and polynomial) measured slower than `Math.tanh`; an approximate one would be faster but no longer exact, so the forward pass stays exact. It is faster than the plain loop, and at about 3 ms a frame still interactive.";

/** The training lines of the summary printed to stdout (the targets are printed with the rest). */
export function renderTrainingSummary(r: TrainingResults): string {
  const lines = [`actlab training bench: ${Math.round(r.seconds)} s`];
  for (const s of r.scenarios) {
    lines.push(
      `${s.title} examples/s: ${s.speeds.map((c) => `${CONTENDER_NAMES[c.id]} ${whole(c.examplesPerSecond)}`).join(', ')}`,
    );
  }
  lines.push(
    `Heatmap ${r.heatmap.size}x${r.heatmap.size}: actlab ${r.heatmap.actlabMs.toFixed(3)} ms, plain loop ${r.heatmap.loopMs.toFixed(3)} ms`,
  );
  return lines.join('\n');
}
