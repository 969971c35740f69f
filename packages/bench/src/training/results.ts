/** What the training benchmark measures, as plain data for the targets and the report. */
import type { TrainingAllocation } from './allocation.js';
import type { LossAgreement } from './agreement.js';
import type { WasmInfo } from './backends.js';
import type { ScenarioId } from './scenarios.js';
import type { ThroughputPlan } from './throughput.js';

/** Who trains. */
export type ContenderId = 'actlab' | 'loop' | 'tfjs-cpu' | 'tfjs-wasm';

/** How the report names each contender. */
export const CONTENDER_NAMES: Readonly<Record<ContenderId, string>> = {
  actlab: 'actlab',
  loop: 'plain loop',
  'tfjs-cpu': 'TF.js CPU',
  'tfjs-wasm': 'TF.js WASM',
};

/** TF.js computes in float32: after a few epochs its batch losses may differ by this much. */
export const TFJS_LOSS_TOLERANCE = 1e-4;
/** The plain loop computes in float64 like actlab, so only summation order may differ. */
export const LOOP_LOSS_TOLERANCE = 1e-9;

/** One contender's speed in one scenario. */
export interface ContenderSpeed {
  /** The contender. */
  readonly id: ContenderId;
  /** What one timed call does, e.g. `trainer.runEpoch()` (500 examples). */
  readonly call: string;
  /** Median examples per second over the rounds. */
  readonly examplesPerSecond: number;
}

/** A contender's batch losses against actlab's on identical batches. */
export interface ContenderAgreement {
  /** The contender compared with actlab. */
  readonly id: ContenderId;
  /** The largest difference allowed. */
  readonly tolerance: number;
  /** The comparison. */
  readonly agreement: LossAgreement;
}

/** One scenario's measurements. */
export interface ScenarioResult {
  /** Which scenario. */
  readonly id: ScenarioId;
  /** Its heading. */
  readonly title: string;
  /** Its network, settings and data, in words. */
  readonly description: string;
  /** Speeds, actlab first. */
  readonly speeds: readonly ContenderSpeed[];
  /** Loss agreement of every other contender with actlab. */
  readonly agreements: readonly ContenderAgreement[];
  /** Rows and epochs of the identical-batch check. */
  readonly check: { readonly rows: number; readonly epochs: number };
  /** How the speeds were timed. */
  readonly timing: ThroughputPlan;
}

/** The decision-boundary heatmap: a forward pass over a grid of the Playground network's inputs. */
export interface HeatmapResult {
  /** Points per side. */
  readonly size: number;
  /** actlab's `trainer.predictGrid` median milliseconds. */
  readonly actlabMs: number;
  /** The plain loop's forward pass over the same grid, median milliseconds. */
  readonly loopMs: number;
  /** Timed calls of each. */
  readonly runs: number;
  /** The largest difference between the two outputs (same weights). */
  readonly maxDifference: number;
}

/** Everything the training benchmark measured. */
export interface TrainingResults {
  /** Playground, then MNIST shape. */
  readonly scenarios: readonly ScenarioResult[];
  /** The heatmap timing. */
  readonly heatmap: HeatmapResult;
  /** Garbage collections while training, per optimizer (0: the loop allocates nothing). */
  readonly allocation: TrainingAllocation;
  /** What the WASM backend ran with. */
  readonly wasm: WasmInfo;
  /** The @actlab/train version measured. */
  readonly trainVersion: string;
  /** Wall-clock seconds of the training part. */
  readonly seconds: number;
}

/** A contender's examples per second in a scenario, if it was timed there. */
export function speedOf(s: ScenarioResult, id: ContenderId): number | undefined {
  return s.speeds.find((c) => c.id === id)?.examplesPerSecond;
}
