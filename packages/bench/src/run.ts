/**
 * The `pnpm bench` entry: measures every scalar activation's bulk map and grad against the plain
 * loop and TF.js at 1e3, 1e5 and 1e6 elements, checks that scalar f/df allocate nothing, then
 * benchmarks training against a plain loop and TF.js's CPU and WASM backends, writes BENCHMARKS.md
 * at the repository root and prints a summary.
 *
 * Flags: `--check` exits 1 when a target fails (otherwise the run exits 0 and the report says
 * FAIL); `--quick` runs a short smoke version; `--only id,id` measures just those functions (and
 * no training); `--only-train` runs just the training part. The last three print only and leave
 * BENCHMARKS.md alone.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { SCALAR_IDS, activation, type ScalarId } from '@actlab/core';
import type { CatalogScalar } from './measure.js';
import { GcCounter, checkAllocation, type AllocationResult } from './allocation.js';
import { describeEnvironment } from './environment.js';
import { assertReportWritable, uniformInputs, writeReport } from './kit/index.js';
import { measureCell, sizedInputs, type CellResult } from './measure.js';
import { renderMarkdown, renderSummary, targetLines } from './report.js';
import { evaluateTargets, loopRatio, tfjsRatio } from './targets.js';
import type { CellPlan } from './timing.js';
import { TFJS_FUNCTIONS, TFJS_VERSIONS, initTfjs, tfjsTensorCount } from './tfjs.js';
import { FULL_TRAINING_PLAN, QUICK_TRAINING_PLAN, runTrainingBench } from './training/bench.js';
import { renderTrainingSummary } from './training/report.js';
import type { TrainingResults } from './training/results.js';
import { evaluateTrainingTargets } from './training/targets.js';

const SEED = 0x5eed;
const LOW = -8;
const HIGH = 8;
const SIZES = [1e3, 1e5, 1e6] as const;

/**
 * Sized so the whole run takes about three minutes on two cores: 1e3-element calls are batched
 * 32 to a sample so the clock's cost is small beside them; larger sizes get a time budget per cell,
 * and TF.js, often ten times slower, still gets its minimum number of samples.
 */
const FULL_PLANS: Readonly<Record<(typeof SIZES)[number], CellPlan>> = {
  1e3: { inner: 32, warmupMs: 15, warmupCalls: 64, budgetMs: 60, minReps: 15, maxReps: 400 },
  1e5: { inner: 1, warmupMs: 15, warmupCalls: 3, budgetMs: 250, minReps: 9, maxReps: 300 },
  1e6: { inner: 1, warmupMs: 15, warmupCalls: 2, budgetMs: 500, minReps: 7, maxReps: 100 },
};
const QUICK_PLAN: CellPlan = {
  inner: 1,
  warmupMs: 1,
  warmupCalls: 1,
  budgetMs: 5,
  minReps: 3,
  maxReps: 20,
};

/** Where the report goes: the repository root (this file is at packages/bench/{src,dist}/). */
const REPORT_PATH = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url));

/** A forced full collection between cells, when node runs with --expose-gc. */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The command-line flags. */
interface Flags {
  readonly check: boolean;
  readonly quick: boolean;
  readonly only: readonly ScalarId[] | undefined;
  readonly onlyTrain: boolean;
}

function parseFlags(argv: readonly string[]): Flags {
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : undefined;
  for (const id of only ?? []) {
    if (!(SCALAR_IDS as readonly string[]).includes(id))
      throw new Error(`--only: unknown id ${id}`);
  }
  return {
    check: argv.includes('--check'),
    quick: argv.includes('--quick'),
    only: only as ScalarId[],
    onlyTrain: argv.includes('--only-train'),
  };
}

/** The scalar catalog activations at default parameters, in catalog order. */
function scalarActivations(only: readonly ScalarId[] | undefined): CatalogScalar[] {
  // A catalog id gives an activation whose id is that catalog id.
  return SCALAR_IDS.filter((id) => only === undefined || only.includes(id)).map(
    (id) => activation(id) as CatalogScalar,
  );
}

/** One progress line for a function at one size. */
function progress(n: number, id: ScalarId, cells: readonly CellResult[]): string {
  const part = cells
    .map((c) => {
      const tf = tfjsRatio(c);
      return `${c.op} ${loopRatio(c).toFixed(2)}x${tf === undefined ? '' : ` (tfjs ${tf.toFixed(2)})`}`;
    })
    .join('  ');
  return `  1e${Math.log10(n)} ${id.padEnd(15)} ${part}`;
}

/** Throws when TF.js holds more tensors than `before`: a leaking contender's timings are suspect. */
function checkNoLeak(before: number, part: string): void {
  const leaked = tfjsTensorCount() - before;
  if (leaked !== 0) {
    throw new Error(`TF.js leaked ${leaked} tensors in the ${part}; its timings are suspect`);
  }
}

/** The activation benchmark: allocation check and timing cells, with their targets. */
async function activationBench(flags: Flags, started: number) {
  const acts = scalarActivations(flags.only);
  const allocationCalls = flags.quick ? 1e6 : 1e7;

  console.log(`Allocation check: ${allocationCalls} calls of each f and df`);
  const counter = new GcCounter();
  const observerWorks = await counter.selfTest();
  if (!observerWorks) console.log('  the GC observer saw no collection in its self-test');
  const allocations = new Map<ScalarId, AllocationResult>();
  const allocInputs = uniformInputs(4096, LOW, HIGH, SEED);
  for (const a of acts) {
    allocations.set(a.id, await checkAllocation(counter, a, allocInputs, allocationCalls));
  }
  counter.close();
  console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  console.log('Timing (actlab/loop, actlab/TF.js):');
  const tensorsBefore = tfjsTensorCount();
  const cells: CellResult[] = [];
  for (const n of SIZES) {
    const inputs = sizedInputs(uniformInputs(n, LOW, HIGH, SEED));
    const plan = flags.quick ? QUICK_PLAN : FULL_PLANS[n];
    for (const a of acts) {
      const here: CellResult[] = [];
      for (const op of ['map', 'grad'] as const) {
        collect();
        here.push(measureCell(a, op, inputs, TFJS_FUNCTIONS[a.id], plan));
      }
      cells.push(...here);
      console.log(
        `${progress(n, a.id, here)}  [${((performance.now() - started) / 1000).toFixed(1)} s]`,
      );
    }
  }
  checkNoLeak(tensorsBefore, 'activation benchmark');

  const tfjsIds = acts.map((a) => a.id).filter((id) => TFJS_FUNCTIONS[id] !== undefined);
  return {
    tfjsNames: new Map(tfjsIds.map((id) => [id, TFJS_FUNCTIONS[id]?.name as string])),
    tfjsNoGrad: tfjsIds.filter((id) => TFJS_FUNCTIONS[id]?.differentiable === false),
    ids: acts.map((a) => a.id),
    cells,
    allocations,
    allocationCalls,
    targets: evaluateTargets(cells, allocations, allocationCalls, observerWorks),
    inputs: `${SIZES.map((n) => `1e${Math.log10(n)}`).join(', ')} numbers uniform in [${LOW}, ${HIGH}) from mulberry32 (seed 0x${SEED.toString(16)})`,
    reps: {
      min: Math.min(...cells.map((c) => c.reps)),
      max: Math.max(...cells.map((c) => c.reps)),
    },
  };
}

/** The training benchmark, checked for leaked tensors. */
async function trainingBench(flags: Flags, started: number): Promise<TrainingResults> {
  console.log('Training (check, then examples/s):');
  const tensorsBefore = tfjsTensorCount();
  const training = await runTrainingBench(
    flags.quick ? QUICK_TRAINING_PLAN : FULL_TRAINING_PLAN,
    collect,
    (line) => console.log(`${line}  [${((performance.now() - started) / 1000).toFixed(1)} s]`),
  );
  checkNoLeak(tensorsBefore, 'training benchmark');
  return training;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const writes = !flags.quick && !flags.onlyTrain && flags.only === undefined;
  // A broken section marker would make the write throw: find out now, not after three minutes.
  if (writes) await assertReportWritable(REPORT_PATH);
  const started = performance.now();
  const env = describeEnvironment();
  await initTfjs();
  const activations = flags.onlyTrain ? undefined : await activationBench(flags, started);
  const training = flags.only === undefined ? await trainingBench(flags, started) : undefined;
  const targets = [
    ...(activations?.targets ?? []),
    ...(training ? evaluateTrainingTargets(training) : []),
  ];

  if (activations === undefined) {
    console.log(targetLines(targets).join('\n'));
  } else {
    const results = {
      env,
      tfjs: TFJS_VERSIONS,
      ...activations,
      targets,
      ...(training ? { training } : {}),
      seconds: (performance.now() - started) / 1000,
      loadEnd: os.loadavg()[0] ?? NaN,
    };
    if (writes) {
      // The apps' sections belong to their benchmarks: writeReport carries them over unchanged.
      await writeReport(REPORT_PATH, renderMarkdown(results));
      console.log(`Wrote ${REPORT_PATH}`);
    }
    console.log(renderSummary(results));
  }
  if (training) console.log(renderTrainingSummary(training));
  if (flags.check && targets.some((t) => !t.pass)) process.exitCode = 1;
}

await main();
