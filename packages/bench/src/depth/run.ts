/**
 * The signal-through-depth benchmark (run by packages/bench's `bench` script after the formula
 * one): train's `signalPropagation` at the instrument's largest interactive size, 100 layers of
 * 256 units with the default batch, measured and predicted, against the 50 ms an interactive
 * slider allows. Writes the `depth-bench` section of BENCHMARKS.md. `--quick` runs a short smoke
 * version and writes nothing; `--check` exits 1 when a target fails.
 */
import type { DepthRequest } from '@actlab/train';
import { signalPropagation } from '@actlab/train';
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
  return `${r.activation}, ${init}${bias}: ${r.depth} layers of ${r.width} units, default batch`;
}

/** Median and slowest wall time of `reps` calls after `warmup` untimed ones. */
function timeCase(request: DepthRequest, warmup: number, reps: number): TargetRow {
  for (let i = 0; i < warmup; i++) signalPropagation(request);
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    signalPropagation(request);
    times.push(performance.now() - t0);
  }
  const p50 = median(times);
  return {
    label: `signalPropagation, ${describe(request)}`,
    measured: `${p50.toFixed(1)} ms median, ${Math.max(...times).toFixed(1)} ms slowest of ${reps}`,
    target: `< ${TARGET_MS} ms median`,
    pass: p50 < TARGET_MS,
  };
}

await runTargetBench({
  section: 'depth-bench',
  title: 'Signal through depth',
  script: 'packages/bench/src/depth/run.ts',
  method:
    'Each call draws every weight of the network twice (forwards and backwards), pushes the batch through and back, and computes the mean-field prediction, fixed point and gain.',
  measure: (quick) => CASES.map((c) => (quick ? timeCase(c, 0, 1) : timeCase(c, 2, 11))),
});
