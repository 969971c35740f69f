/**
 * The signal-through-depth benchmark (run by packages/bench's `bench` script after the formula
 * one): train's `signalPropagation` at the instrument's largest interactive size, 100 layers of
 * 256 units with the default batch, against the 50 ms an interactive slider allows. Two cases,
 * as an instrument meets them: *warm*, a slider move that keeps the seed and the width (another
 * gain, bias variance or activation), where a kept `createDepthDraws` store spares drawing; and
 * *cold*, the first view or a new width, where every weight is drawn. Writes the `depth-bench`
 * section of BENCHMARKS.md. `--quick` runs a short smoke version and writes nothing; `--check`
 * exits 1 when a target fails.
 */
import type { DepthDraws, DepthRequest } from '@actlab/train';
import { createDepthDraws, signalPropagation } from '@actlab/train';
import { median } from '../kit/index.js';
import type { TargetRow } from '../target-section.js';
import { runTargetBench } from '../target-section.js';

const TARGET_MS = 50;

/** The instrument's common choices at its largest interactive size. */
const CASES: readonly DepthRequest[] = [
  { activation: 'tanh', init: 'xavier', width: 256, depth: 100 },
  { activation: 'relu', init: 'he', width: 256, depth: 100 },
  { activation: 'selu', init: 'lecun', width: 256, depth: 100 },
  { activation: 'tanh', init: { gain: 1.6 }, width: 256, depth: 100, biasVariance: 0.05 },
];

function describe(r: DepthRequest): string {
  const init = typeof r.init === 'string' ? r.init : `gain ${r.init.gain}`;
  const bias = r.biasVariance === undefined ? '' : `, bias variance ${r.biasVariance}`;
  return `${r.activation}, ${init}${bias}`;
}

/** Wall times of `reps` calls of `run` after `warmup` untimed ones. */
function times(run: (rep: number) => void, warmup: number, reps: number): number[] {
  for (let i = 0; i < warmup; i++) run(i);
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    run(i);
    out.push(performance.now() - t0);
  }
  return out;
}

function summary(ts: readonly number[]): string {
  return `${median(ts).toFixed(1)} ms median, ${Math.max(...ts).toFixed(1)} ms slowest of ${ts.length}`;
}

/** One curve after a slider move: the same seed and width, a kept store, a new gain each time. */
function warmCase(
  request: DepthRequest,
  draws: DepthDraws,
  warmup: number,
  reps: number,
): TargetRow {
  const gains = [1.1, 1.2, 1.3, 1.4, 1.5];
  const ts = times(
    (i) =>
      signalPropagation(
        typeof request.init === 'string'
          ? request
          : { ...request, init: { gain: gains[i % 5] ?? 1 } },
        { draws },
      ),
    warmup,
    reps,
  );
  const p50 = median(ts);
  return {
    label: `one curve after a slider move (draws kept): ${describe(request)}`,
    measured: summary(ts),
    target: `< ${TARGET_MS} ms median`,
    pass: p50 < TARGET_MS,
  };
}

/** One curve drawn from nothing: the first view, or any move of the width slider. */
function coldCase(request: DepthRequest, warmup: number, reps: number): TargetRow {
  const ts = times(() => signalPropagation(request), warmup, reps);
  return {
    label: `one curve from nothing (first view, new width): ${describe(request)}`,
    measured: summary(ts),
    target: `< ${TARGET_MS} ms median`,
    pass: median(ts) < TARGET_MS,
  };
}

/** The web page's default view: four activations overlaid, recomputed after a slider move. */
function viewCase(warmup: number, reps: number): TargetRow {
  const draws = createDepthDraws();
  const ts = times(
    (i) => {
      for (const activation of ['tanh', 'relu', 'selu', 'sigmoid']) {
        signalPropagation(
          { activation, init: { gain: 1 + (i % 5) / 10 }, width: 256, depth: 100 },
          { draws },
        );
      }
    },
    warmup,
    reps,
  );
  return {
    label: 'four overlaid curves after a slider move (tanh, relu, selu, sigmoid; draws kept)',
    measured: summary(ts),
    target: 'none: the page shows each curve as it is done, the first after one curve',
  };
}

await runTargetBench({
  section: 'depth-bench',
  title: 'Signal through depth',
  script: 'packages/bench/src/depth/run.ts',
  method:
    'Each call pushes the default batch (4 examples) through 100 layers of 256 units and back, and computes the mean-field prediction, fixed point and gain. Warm calls reuse a kept `createDepthDraws` store (the web worker keeps one); cold calls draw every weight (about 6.5 million numbers), once for both passes.',
  measure: (quick) => {
    const [warmup, reps] = quick ? [0, 1] : [2, 11];
    const draws = createDepthDraws();
    return [
      ...CASES.map((c) => warmCase(c, draws, Math.max(1, warmup), reps)),
      ...CASES.map((c) => coldCase(c, warmup, reps)),
      viewCase(quick ? 0 : 1, quick ? 1 : 5),
    ];
  },
});
