/**
 * The formula benchmark (run by packages/bench's `bench` script after the catalog's): bulk map and
 * grad of compiled formulas against hand-written loops at 1e6 elements, parsing plus compiling
 * against the 1 ms target, and training a Playground-sized network with a typed formula against the
 * same network with the catalog function it spells. Writes the `formula-bench` section of
 * BENCHMARKS.md. `--quick` runs a short smoke version and writes nothing; `--check` exits 1 when a
 * target fails.
 */
import { customActivation } from '@actlab/core';
import { createSession, planRun } from '@actlab/train';
import { uniformInputs } from '../kit/index.js';
import type { TargetRow as Row } from '../target-section.js';
import { runTargetBench } from '../target-section.js';
import { timeCell, type CellPlan } from '../timing.js';
import { agreement } from '../verify.js';
import { FORMULA_BASELINES } from './baselines.js';

const N = 1e6;
const SEED = 0xf0;

const FULL: CellPlan = {
  inner: 1,
  warmupMs: 20,
  warmupCalls: 3,
  budgetMs: 600,
  minReps: 9,
  maxReps: 80,
};
const QUICK: CellPlan = {
  inner: 1,
  warmupMs: 1,
  warmupCalls: 1,
  budgetMs: 5,
  minReps: 3,
  maxReps: 5,
};

/** Formulas for the parse-and-compile timing, from short to the 1,000-character limit. */
function compileCases(): { label: string; text: string }[] {
  const long = Array.from({ length: 40 }, (_, i) => `sigmoid(${i % 7} * x)`).join(' + ');
  return [
    { label: 'x * sigmoid(x)', text: 'x * sigmoid(x)' },
    { label: 'x * tanh(softplus(x))', text: 'x * tanh(softplus(x))' },
    {
      label: 'thresholded ReLU with a parameter',
      text: 'where(x > T, x, 0); T = 1 in [-5, 5]',
    },
    { label: `40 sigmoids (${long.length} characters)`, text: long },
  ];
}

/** Bulk map and grad of each baseline formula against its loop. */
function bulkRows(plan: CellPlan): Row[] {
  const xs = uniformInputs(N, -8, 8, SEED);
  const rows: Row[] = [];
  for (const base of FORMULA_BASELINES) {
    const act = customActivation(base.formula);
    for (const op of ['map', 'grad'] as const) {
      const mine = new Float64Array(N);
      const loop = new Float64Array(N);
      const timing = timeCell([() => act[op](xs, mine), () => base[op](xs, loop)], plan);
      const check = agreement(xs, mine, loop, 1e-9);
      const agree = check.mismatches === 0;
      const [actlabNs, loopNs] = timing.medianNs as [number, number];
      const ratio = actlabNs / loopNs;
      rows.push({
        label: `${op} of \`${base.formula}\`, 1e6 elements (${(actlabNs / N).toFixed(2)} vs ${(loopNs / N).toFixed(2)} ns/element; agree within 1e-9: ${agree ? 'yes' : 'NO'})`,
        measured: `${ratio.toFixed(2)}x the loop's time`,
        target: '<= 3x',
        pass: ratio <= 3 && agree,
      });
    }
  }
  return rows;
}

/**
 * Parse plus compile of each case, as `customActivation` does them (parse, lower, compile f and
 * df, find the kinks; the chunk programs of map and grad are built on their first call, and the
 * LaTeX when first read). Texts are varied by spacing so the parse cache never answers.
 */
function compileRows(quick: boolean): Row[] {
  const reps = quick ? 20 : 400;
  return compileCases().map(({ label, text }) => {
    const variants = Array.from(
      { length: 200 },
      (_, i) => `${' '.repeat(i % 100)}${text}${' '.repeat(Math.floor(i / 100))}`,
    );
    const fit = variants.filter((v) => v.length <= 1000);
    const times: number[] = [];
    for (let r = 0; r < reps; r++) {
      const t = fit[r % fit.length] as string;
      const t0 = process.hrtime.bigint();
      customActivation(t);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length / 2)] as number;
    const p95 = times[Math.floor(times.length * 0.95)] as number;
    return {
      label: `parse + compile (customActivation): ${label}`,
      measured: `${p50.toFixed(3)} ms median, ${p95.toFixed(3)} ms p95`,
      target: '< 1 ms median',
      pass: p50 < 1,
    };
  });
}

/** Examples per second of a Playground-sized run with a formula and with its catalog twin. */
function trainingRows(quick: boolean): Row[] {
  const pairs = [
    ['formula: x * tanh(softplus(x))', 'mish'],
    ['formula: x * sigmoid(x)', 'silu'],
  ] as const;
  return pairs.map(([formula, id]) => {
    const sessions = [formula, id].map((activation) =>
      createSession(
        planRun({
          dataset: 'circle',
          points: 500,
          hidden: [8, 8],
          activation,
          epochs: 100_000,
          batchSize: 10,
          seed: 3,
        }),
      ),
    );
    const rows = sessions.map((s) => s.data.train.size);
    const plan: CellPlan = quick ? QUICK : { ...FULL, budgetMs: 3000 };
    const timing = timeCell(
      sessions.map((s) => () => s.runEpoch()),
      plan,
    );
    const [mine, twin] = timing.medianNs.map((ns, i) => ((rows[i] as number) / ns) * 1e9) as [
      number,
      number,
    ];
    const share = mine / twin;
    return {
      label: `training 2-8-8-1 on the circle with \`${formula.slice(9)}\` vs \`${id}\` (${Math.round(mine)} vs ${Math.round(twin)} examples/s)`,
      measured: `${share.toFixed(2)}x the catalog's examples/s`,
      target: '>= 0.5x',
      pass: share >= 0.5,
    };
  });
}

await runTargetBench({
  section: 'formula-bench',
  title: 'Typed formulas',
  script: 'packages/bench/src/formula/run.ts',
  method:
    'Ratios are against a baseline timed in the same run, interleaved; inputs are 1e6 numbers uniform in [-8, 8).',
  measure: (quick) => [
    ...bulkRows(quick ? QUICK : FULL),
    ...compileRows(quick),
    ...trainingRows(quick),
  ],
});
