/**
 * One cell of the benchmark: a function, `map` or `grad`, and a size, timed for actlab, the plain
 * loop and (where it ships the function) TF.js, with every timed output checked for agreement.
 */
import type { ScalarActivation, ScalarId } from '@actlab/core';
import { BASELINE_GRAD } from './baselines/grad.js';
import { BASELINE_MAP } from './baselines/map.js';
import { timeCell, type CellPlan } from './timing.js';
import type { TfjsFunction } from './tfjs.js';
import { tfjsDerivative, tfjsRunner } from './tfjs.js';
import { agreement, roundToFloat32, type Agreement } from './verify.js';

/** The bulk operation being timed. */
export type Op = 'map' | 'grad';

/** actlab against the textbook loop: float64 both, so they must agree to about 1e-6. */
export const LOOP_TOLERANCE = 1e-6;
/** TF.js against actlab on the same float32 inputs: a few float32 roundings per op. */
export const TFJS_TOLERANCE = 1e-5;

/** The measurements of one cell. */
export interface CellResult {
  /** The activation. */
  readonly id: ScalarId;
  /** `map` (f) or `grad` (f'). */
  readonly op: Op;
  /** Elements per call. */
  readonly n: number;
  /** Samples per contender. */
  readonly reps: number;
  /** actlab's median nanoseconds per element. */
  readonly actlabNs: number;
  /** The plain loop's median nanoseconds per element. */
  readonly loopNs: number;
  /** TF.js's median nanoseconds per element; absent where TF.js does not ship it (or cannot differentiate it). */
  readonly tfjsNs?: number;
  /** actlab's output against the loop's. */
  readonly actlabCheck: Agreement;
  /** TF.js's output against actlab's at the float32-rounded inputs. */
  readonly tfjsCheck?: Agreement;
}

/** The inputs of one size, with what the checks need precomputed. */
export interface SizedInputs {
  /** The inputs, float64. */
  readonly xs: Float64Array;
  /** The same rounded to float32, what TF.js computes on. */
  readonly xs32: Float64Array;
}

/** Makes the inputs of one size. */
export function sizedInputs(xs: Float64Array): SizedInputs {
  return { xs, xs32: roundToFloat32(xs) };
}

/**
 * Elements whose float32 input lies within a few float32 ulps of a kink: float32 cannot tell which
 * side of the kink they are on (or TF.js uses another convention exactly at it), so a one-sided
 * derivative there is not a wrong result. They are left out of the TF.js comparison only.
 */
/** A catalog activation (not a typed formula): the benchmark's tables are keyed by catalog id. */
export type CatalogScalar = ScalarActivation & { readonly id: ScalarId };

function awayFromKinks(a: ScalarActivation, xs32: Float64Array): Uint8Array | undefined {
  if (a.kinks.length === 0) return undefined;
  const keep = new Uint8Array(xs32.length).fill(1);
  for (const kink of a.kinks) {
    const slack = 4 * 2 ** -23 * Math.max(1, Math.abs(kink.x));
    for (let i = 0; i < xs32.length; i++) {
      if (Math.abs((xs32[i] as number) - kink.x) <= slack) keep[i] = 0;
    }
  }
  return keep;
}

/** Times and checks one cell. */
export function measureCell(
  a: CatalogScalar,
  op: Op,
  inputs: SizedInputs,
  tfjs: TfjsFunction | undefined,
  plan: CellPlan,
): CellResult {
  const { xs, xs32 } = inputs;
  const n = xs.length;
  const actlabOut = new Float64Array(n);
  const loopOut = new Float64Array(n);
  const loop = (op === 'map' ? BASELINE_MAP : BASELINE_GRAD)[a.id];
  const contenders: (() => unknown)[] = [
    op === 'map' ? () => a.map(xs, actlabOut) : () => a.grad(xs, actlabOut),
    () => loop(xs, loopOut),
  ];

  const tfjsUsable = tfjs !== undefined && (op === 'map' || tfjs.differentiable);
  let tfjsOut: Float32Array | undefined;
  if (tfjsUsable) {
    const run = tfjsRunner(op === 'map' ? tfjs.op : tfjsDerivative(tfjs.op));
    contenders.push(() => {
      tfjsOut = run(xs);
    });
  }

  const timing = timeCell(contenders, plan);
  const [actlabNs, loopNs, tfjsNs] = timing.medianNs.map((ns) => ns / n);
  const actlabCheck = agreement(xs, actlabOut, loopOut, LOOP_TOLERANCE);

  let tfjsCheck: Agreement | undefined;
  if (tfjsOut !== undefined) {
    const want = op === 'map' ? a.map(xs32) : a.grad(xs32);
    tfjsCheck = agreement(xs32, tfjsOut, want, TFJS_TOLERANCE, awayFromKinks(a, xs32));
  }
  return {
    id: a.id,
    op,
    n,
    reps: timing.reps,
    actlabNs: actlabNs as number,
    loopNs: loopNs as number,
    ...(tfjsNs !== undefined ? { tfjsNs } : {}),
    actlabCheck,
    ...(tfjsCheck !== undefined ? { tfjsCheck } : {}),
  };
}
