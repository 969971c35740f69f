/**
 * The training targets, judged from the measurements: at Playground scale at least 40x
 * TF.js CPU's examples per second and close to the plain loop; at MNIST shape at least 2x TF.js
 * CPU and 0.75x TF.js WASM; the 100 x 100 heatmap under 2 ms. Plus the precondition that makes the
 * ratios mean anything: on identical batches from identical weights, the losses agree.
 */
import type { TargetResult } from '../targets.js';
import { times } from '../targets.js';
import type { ContenderId, ScenarioResult, TrainingResults } from './results.js';
import { CONTENDER_NAMES, LOOP_LOSS_TOLERANCE, speedOf } from './results.js';

/** Least actlab/TF.js CPU examples-per-second ratio at Playground scale. */
const MIN_PLAYGROUND_TFJS_SPEEDUP = 40;
/**
 * Most the plain loop's examples per second may be, as a multiple of actlab's, at Playground
 * scale. The issue says "get close to it"; 1.5x is the activation benchmark's per-function limit.
 */
const MAX_PLAYGROUND_LOOP_RATIO = 1.5;
/** Least actlab/TF.js CPU examples-per-second ratio at MNIST shape. */
const MIN_MNIST_CPU_SPEEDUP = 2;
/** Least actlab/TF.js WASM examples-per-second ratio at MNIST shape. */
const MIN_MNIST_WASM_SPEEDUP = 0.75;
/** Most milliseconds for the 100 x 100 heatmap of the Playground network. */
export const MAX_HEATMAP_MS = 2;

/** actlab's examples per second over `other`'s in `s`; NaN when either was not timed. */
export function speedup(s: ScenarioResult, other: ContenderId): number {
  const a = speedOf(s, 'actlab');
  const b = speedOf(s, other);
  return a === undefined || b === undefined ? NaN : a / b;
}

/** `1234567` as `1.23M`, `12345` as `12.3k`: examples per second in a sentence. */
export function perSecond(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)}M`;
  if (x >= 1e4) return `${(x / 1e3).toFixed(1)}k`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(2)}k`;
  return x.toFixed(0);
}

/** The agreement target of one scenario: every contender within its tolerance of actlab. */
function agreementTarget(s: ScenarioResult): TargetResult {
  const off = s.agreements.filter((a) => !(a.agreement.maxDifference <= a.tolerance));
  return {
    name: `${s.title}: batch losses agree with actlab's on identical batches (${s.check.epochs} epochs of ${s.check.rows} rows)`,
    pass: s.agreements.length > 0 && off.length === 0,
    detail: s.agreements
      .map(
        (a) =>
          `${CONTENDER_NAMES[a.id]} ${a.agreement.maxDifference.toExponential(1)} (limit ${a.tolerance.toExponential(0).replace('+', '')})`,
      )
      .join(', '),
  };
}

/** A "at least `min` times `other`'s examples per second" target. */
function speedupTarget(s: ScenarioResult, other: ContenderId, min: number): TargetResult {
  const r = speedup(s, other);
  return {
    name: `${s.title}: at least ${min}x the examples/s of ${CONTENDER_NAMES[other]}`,
    pass: r >= min,
    detail: `${times(r)}: actlab ${perSecond(speedOf(s, 'actlab') ?? NaN)}/s, ${CONTENDER_NAMES[other]} ${perSecond(speedOf(s, other) ?? NaN)}/s`,
  };
}

/** Every training target with its verdict, the agreement preconditions first. */
export function evaluateTrainingTargets(r: TrainingResults): TargetResult[] {
  const playground = r.scenarios.find((s) => s.id === 'playground');
  const mnist = r.scenarios.find((s) => s.id === 'mnist');
  const targets: TargetResult[] = r.scenarios.map(agreementTarget);
  if (playground !== undefined) {
    targets.push(speedupTarget(playground, 'tfjs-cpu', MIN_PLAYGROUND_TFJS_SPEEDUP));
    const loop = 1 / speedup(playground, 'loop');
    targets.push({
      name: `${playground.title}: the plain loop at most ${MAX_PLAYGROUND_LOOP_RATIO}x actlab's examples/s`,
      pass: loop <= MAX_PLAYGROUND_LOOP_RATIO,
      detail: `${times(loop)}: plain loop ${perSecond(speedOf(playground, 'loop') ?? NaN)}/s, actlab ${perSecond(speedOf(playground, 'actlab') ?? NaN)}/s`,
    });
  }
  if (mnist !== undefined) {
    targets.push(speedupTarget(mnist, 'tfjs-cpu', MIN_MNIST_CPU_SPEEDUP));
    targets.push(speedupTarget(mnist, 'tfjs-wasm', MIN_MNIST_WASM_SPEEDUP));
  }
  const h = r.heatmap;
  const agrees = h.maxDifference <= LOOP_LOSS_TOLERANCE;
  targets.push({
    name: `heatmap: forward pass of the Playground network over a ${h.size}x${h.size} grid under ${MAX_HEATMAP_MS} ms`,
    pass: h.actlabMs < MAX_HEATMAP_MS && agrees,
    detail:
      `${h.actlabMs.toFixed(2)} ms (median of ${h.runs}); plain loop ${h.loopMs.toFixed(2)} ms` +
      (agrees
        ? ''
        : `; outputs differ from the plain loop's by ${h.maxDifference.toExponential(1)}`),
  });
  const gcs = Object.entries(r.allocation.collections);
  targets.push({
    name: `the training loop allocates nothing (no GC during ${r.allocation.steps} steps per optimizer)`,
    pass: gcs.every(([, n]) => n === 0),
    detail: gcs.map(([id, n]) => `${id} ${n}`).join(', ') + ' collections',
  });
  return targets;
}
