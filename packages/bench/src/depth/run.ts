/**
 * The signal-through-depth benchmark (run by packages/bench's `bench` script after the formula
 * one): train's `signalPropagation` at the instrument's largest interactive size, 100 layers of
 * 256 units with the default batch, measured and predicted, against the 50 ms an interactive
 * slider allows. Writes the `depth-bench` section of BENCHMARKS.md. `--quick` runs a short smoke
 * version and writes nothing; `--check` exits 1 when a target fails.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { DepthRequest } from '@actlab/train';
import { signalPropagation } from '@actlab/train';
import { assertReportWritable, markdownTable, median, writeSection } from '../kit/index.js';

const REPORT_PATH = fileURLToPath(new URL('../../../../BENCHMARKS.md', import.meta.url));
const SECTION = 'depth-bench';
const TARGET_MS = 50;

/** The instrument's common choices at its largest interactive size. */
const CASES: readonly DepthRequest[] = [
  { activation: 'tanh', init: 'xavier', width: 256, depth: 100 },
  { activation: 'relu', init: 'he', width: 256, depth: 100 },
  { activation: 'selu', init: 'lecun', width: 256, depth: 100 },
  { activation: 'tanh', init: { gain: 1.6 }, width: 256, depth: 100, biasVariance: 0.05 },
];

interface Row {
  readonly label: string;
  readonly measured: string;
  readonly target: string;
  readonly pass: boolean;
}

function describe(r: DepthRequest): string {
  const init = typeof r.init === 'string' ? r.init : `gain ${r.init.gain}`;
  const bias = r.biasVariance === undefined ? '' : `, bias variance ${r.biasVariance}`;
  return `${r.activation}, ${init}${bias}: ${r.depth} layers of ${r.width} units, default batch`;
}

/** Median and slowest wall time of `reps` calls after `warmup` untimed ones. */
function timeCase(request: DepthRequest, warmup: number, reps: number): Row {
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

function render(rows: readonly Row[], seconds: number): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown';
  return [
    '## Signal through depth',
    '',
    `Measured by \`pnpm bench\` (packages/bench/src/depth/run.ts) on ${cpu}, ${os.cpus().length} cores, Node ${process.versions.node}, in ${seconds.toFixed(0)} s. Each call draws every weight of the network twice (forwards and backwards), pushes the batch through and back, and computes the mean-field prediction, fixed point and gain.`,
    '',
    markdownTable(
      ['What', 'Measured', 'Target', 'Result'],
      rows.map((r) => [r.label, r.measured, r.target, r.pass ? 'pass' : 'FAIL']),
    ),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  if (!quick) await assertReportWritable(REPORT_PATH, SECTION);
  const started = performance.now();
  const rows = CASES.map((c) => (quick ? timeCase(c, 0, 1) : timeCase(c, 2, 11)));
  for (const r of rows)
    console.log(`${r.pass ? 'pass' : 'FAIL'}  ${r.label}: ${r.measured} (${r.target})`);
  if (!quick) {
    await writeSection(REPORT_PATH, SECTION, render(rows, (performance.now() - started) / 1000));
    console.log(`Wrote the depth section of ${REPORT_PATH}`);
  }
  if (args.includes('--check') && rows.some((r) => !r.pass)) process.exitCode = 1;
}

await main();
