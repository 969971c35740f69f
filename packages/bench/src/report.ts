/**
 * The report: BENCHMARKS.md (machine, versions, method, tables, targets) and the summary printed
 * to stdout. Plain string building; prettier lays the tables out afterwards.
 */
import type { ScalarId } from '@actlab/core';
import type { AllocationResult } from './allocation.js';
import type { Environment } from './environment.js';
import { markdownTable } from './kit/index.js';
import type { CellResult, Op } from './measure.js';
import { LOOP_TOLERANCE, TFJS_TOLERANCE } from './measure.js';
import type { TargetResult } from './targets.js';
import type { TrainingResults } from './training/results.js';
import { renderTrainingMarkdown } from './training/report.js';
import {
  MAX_LOOP_GEOMEAN,
  MAX_LOOP_RATIO,
  MIN_TFJS_SPEEDUP_GEOMEAN,
  cellLabel,
  columnMeans,
  loopRatio,
  summarizeFunctions,
  tfjsRatio,
  times,
} from './targets.js';

/** Everything a report is made from. */
export interface BenchResults {
  /** Where and with what it ran. */
  readonly env: Environment;
  /** TF.js package versions. */
  readonly tfjs: { readonly core: string; readonly backendCpu: string };
  /** How TF.js is reached for each function it ships. */
  readonly tfjsNames: ReadonlyMap<ScalarId, string>;
  /** Functions TF.js ships but cannot differentiate, so only their map is compared. */
  readonly tfjsNoGrad: readonly ScalarId[];
  /** The functions in catalog order. */
  readonly ids: readonly ScalarId[];
  /** Every cell measured. */
  readonly cells: readonly CellResult[];
  /** The allocation check per function. */
  readonly allocations: ReadonlyMap<ScalarId, AllocationResult>;
  /** Calls of f (and of df) per function in the allocation check. */
  readonly allocationCalls: number;
  /** The verdicts, the activation targets then the training ones. */
  readonly targets: readonly TargetResult[];
  /** The training benchmark, when it ran. */
  readonly training?: TrainingResults;
  /** The input description, e.g. `uniform in [-8, 8) from mulberry32(seed 0x5eed)`. */
  readonly inputs: string;
  /** Samples per cell, smallest and largest. */
  readonly reps: { readonly min: number; readonly max: number };
  /** Wall-clock seconds the whole run took. */
  readonly seconds: number;
  /** The 1-minute load average when the run ended. */
  readonly loadEnd: number;
}

const OPS: readonly Op[] = ['map', 'grad'];

/** `1e-6`, `1e7`: a power of ten as the tables write it. */
function exponent(x: number): string {
  return x.toExponential(0).replace('+', '');
}

/** The sizes measured, ascending. */
function sizesOf(cells: readonly CellResult[]): number[] {
  return [...new Set(cells.map((c) => c.n))].sort((a, b) => a - b);
}

/** The cell of a function, op and size. */
function cellOf(
  cells: readonly CellResult[],
  id: ScalarId,
  op: Op,
  n: number,
): CellResult | undefined {
  return cells.find((c) => c.id === id && c.op === op && c.n === n);
}

/** A ratio to two decimals, bold when it breaks `limit` at a target size. */
function ratioText(r: number | undefined, limit?: number): string {
  if (r === undefined) return '';
  const text = r.toFixed(2);
  return limit !== undefined && !(r <= limit) ? `**${text}**` : text;
}

/** The table of actlab/loop ratios, with the geometric means as its last row. */
function loopTable(r: BenchResults, sizes: readonly number[]): string {
  const summaries = new Map(summarizeFunctions(r.cells).map((s) => [s.id, s]));
  const header = [
    'function',
    ...OPS.flatMap((op) => sizes.map((n) => cellLabel(op, n))),
    'worst (1e5, 1e6)',
  ];
  const rows = r.ids.map((id) => [
    `\`${id}\``,
    ...OPS.flatMap((op) =>
      sizes.map((n) => {
        const c = cellOf(r.cells, id, op, n);
        return ratioText(c && loopRatio(c), n >= 1e5 ? MAX_LOOP_RATIO : undefined);
      }),
    ),
    ratioText(summaries.get(id)?.worstLoopRatio, MAX_LOOP_RATIO),
  ]);
  const means = columnMeans(r.cells, loopRatio);
  const meanRow = [
    'geometric mean',
    ...OPS.flatMap((op) =>
      sizes.map((n) => ratioText(means.find((m) => m.op === op && m.n === n)?.value)),
    ),
    '',
  ];
  return markdownTable(header, [...rows, meanRow]);
}

/** The table of actlab/TF.js ratios for the functions TF.js ships. */
function tfjsTable(r: BenchResults, sizes: readonly number[]): string {
  const header = ['function', 'TF.js', ...OPS.flatMap((op) => sizes.map((n) => cellLabel(op, n)))];
  const rows = r.ids
    .filter((id) => r.tfjsNames.has(id))
    .map((id) => [
      `\`${id}\``,
      `\`${r.tfjsNames.get(id) as string}\``,
      ...OPS.flatMap((op) =>
        sizes.map((n) => {
          const c = cellOf(r.cells, id, op, n);
          return c && c.tfjsNs !== undefined
            ? ratioText(tfjsRatio(c), n >= 1e5 ? 1 : undefined)
            : 'n/a';
        }),
      ),
    ]);
  const means = columnMeans(r.cells, tfjsRatio);
  const meanRow = [
    'geometric mean',
    '',
    ...OPS.flatMap((op) =>
      sizes.map((n) => ratioText(means.find((m) => m.op === op && m.n === n)?.value)),
    ),
  ];
  return markdownTable(header, [...rows, meanRow]);
}

/** Nanoseconds per element of every contender at the largest size. */
function nsTable(r: BenchResults, n: number): string {
  const ns = (v: number | undefined): string => (v === undefined ? '' : v.toFixed(2));
  const header = [
    'function',
    ...OPS.flatMap((op) => [`actlab ${op}`, `loop ${op}`, `TF.js ${op}`]),
  ];
  const rows = r.ids.map((id) => [
    `\`${id}\``,
    ...OPS.flatMap((op) => {
      const c = cellOf(r.cells, id, op, n);
      return [ns(c?.actlabNs), ns(c?.loopNs), ns(c?.tfjsNs)];
    }),
  ]);
  return markdownTable(header, rows);
}

/** Collections during the allocation check, per function. */
function allocationTable(r: BenchResults): string {
  const rows = r.ids.map((id) => {
    const a = r.allocations.get(id);
    return [`\`${id}\``, a ? `${a.f.total}` : '', a ? `${a.df.total}` : ''];
  });
  return markdownTable(['function', 'GCs during f calls', 'GCs during df calls'], rows);
}

/** Where and with what the run happened, one fact a row. */
function environmentTable(r: BenchResults): string {
  const e = r.env;
  return markdownTable(
    ['', ''],
    [
      ['date', e.date],
      ['CPU', `${e.cpu}, ${e.cores} logical cores`],
      ['memory', `${e.memoryGiB} GiB`],
      ['OS', e.os],
      ['Node / V8', `${e.node} / ${e.v8}`],
      ['@actlab/core', e.actlabCore],
      ...(r.training ? [['@actlab/train', r.training.trainVersion]] : []),
      ['@tensorflow/tfjs-core / tfjs-backend-cpu', `${r.tfjs.core} / ${r.tfjs.backendCpu}`],
      ...(r.training
        ? [
            [
              '@tensorflow/tfjs-backend-wasm',
              `${r.training.wasm.version} (SIMD ${r.training.wasm.simd ? 'on' : 'off'}, ${r.training.wasm.threads ? `${r.training.wasm.threadCount} threads` : 'one thread'})`,
            ],
          ]
        : []),
      [
        'load average (1 min) at start / end',
        `${e.loadStart.toFixed(2)} / ${r.loadEnd.toFixed(2)}`,
      ],
      ['run time', `${Math.round(r.seconds)} s`],
    ],
  );
}

/** How the numbers were made, as a bullet list. */
function method(r: BenchResults): string {
  const noGrad = r.tfjsNoGrad.map((id) => `\`${id}\``).join(', ');
  return [
    `- **Inputs**: ${r.inputs}; the same array for all three contenders.`,
    '- **actlab**: `activation(id).map(xs, out)` and `.grad(xs, out)` at default parameters, into a preallocated `Float64Array`.',
    '- **Plain loop**: a literal `for` loop of the textbook formula (and of its textbook derivative), one loop per function, into a preallocated `Float64Array`. For `gelu` it uses the Abramowitz-Stegun 7.1.26 erf that TF.js uses, since JavaScript has no erf.',
    "- **TF.js**: the CPU backend end to end, as a caller holding float64 data uses it: `Float64Array` to `Float32Array`, `tf.tensor1d`, the op inside `tf.tidy`, `dataSync()`, `dispose()`. TF.js computes in float32 only, so it does less precise work than the other two. Gradients are `tf.grad(op)` (dy = 1). Compositions are tfjs-layers' own. `linear` is left out: TF.js's is `x => x`, nothing to compute." +
      (noGrad
        ? ` ${noGrad}: TF.js cannot differentiate it (its composition goes through a comparison), so only its map is compared.`
        : ''),
    `- **Timing**: each contender is warmed up, then the contenders run in rotating order (A B C, B C A, ...) and each one's median over ${r.reps.min} to ${r.reps.max} samples is taken (\`process.hrtime.bigint()\`; at 1e3 elements a sample is 32 calls). Ratios are actlab's median time over the other's.`,
    `- **Checks**: every timed output is compared with a reference: actlab with the plain loop to ${exponent(LOOP_TOLERANCE)} (relative, absolute near 0); TF.js with actlab at the same float32-rounded inputs to ${exponent(TFJS_TOLERANCE)} (points within a few float32 ulps of a kink left out). A disagreement fails the first target.`,
    `- **Allocation**: each scalar \`f\` and \`df\` is called ${exponent(r.allocationCalls)} times in a loop of its own (after warm-up, so optimized) while a \`PerformanceObserver\` counts garbage collections; 0 means nothing was allocated.`,
    `- **Noise**: the bench itself keeps about one of the ${r.env.cores} cores busy, so a load average well above 1 means something else was running and the ratios are noisier.`,
  ].join('\n');
}

/**
 * Why a function's exact kernel cannot match the plain loop, for the functions where the reason is
 * the mathematics rather than the code; shown under the tables only when that function is over.
 */
const OVER_REASONS: Partial<Record<string, string>> = {
  squareplus:
    'On the negative half, (x + sqrt(x^2 + b))/2 cancels (the plain loop gives 7.45e-9 instead of 1e-8 at x = -1e8, and loses about two digits per decade of |x|); the exact form b/(2(sqrt(x^2 + b) - x)) needs one division more than the plain loop, and on this CPU division and square root share one unit, so the extra division costs about half the loop time. The kernel computes both halves branch-free; no cheaper exact form is known to us.',
};

/** Explanations for the functions over the per-function limit, as a bullet list (empty when none). */
function overReasons(r: BenchResults): string {
  const over = summarizeFunctions(r.cells).filter((s) => s.worstLoopRatio > MAX_LOOP_RATIO);
  const lines = over.map(
    (s) =>
      `- \`${s.id}\` (${times(s.worstLoopRatio)}): ${OVER_REASONS[s.id] ?? 'no known mathematical reason: a kernel to improve.'}`,
  );
  return lines.length === 0 ? '' : `\n### Over the per-function limit\n\n${lines.join('\n')}\n`;
}

/** The whole of BENCHMARKS.md, before prettier. */
export function renderMarkdown(r: BenchResults): string {
  const sizes = sizesOf(r.cells);
  const largest = sizes[sizes.length - 1] as number;
  const targets = markdownTable(
    ['target', 'result', 'numbers'],
    r.targets.map((t) => [t.name, t.pass ? 'PASS' : '**FAIL**', t.detail]),
  );
  return `# Benchmarks

Written by \`pnpm bench\`: \`packages/bench\` writes all but the HTTP API and web Playground sections, which \`apps/api/bench\` and \`apps/web/bench\` write between their markers; do not edit by hand. Run it again to refresh.

${environmentTable(r)}

## Targets

${targets}

## Method

${method(r)}

## actlab time / plain-loop time

At 1e5 and 1e6 elements the target is at most ${MAX_LOOP_RATIO} per function (**bold** when over) and at most ${MAX_LOOP_GEOMEAN} in geometric mean.

${loopTable(r, sizes)}
${overReasons(r)}
## actlab time / TF.js CPU time

Below 1 means actlab is faster (**bold** when not, at 1e5 and 1e6). The target is at most ${1 / MIN_TFJS_SPEEDUP_GEOMEAN} in geometric mean.

${tfjsTable(r, sizes)}

## Nanoseconds per element at ${exponent(largest)} elements

${nsTable(r, largest)}

## Allocation of scalar f and df

${allocationTable(r)}
${r.training ? `\n${renderTrainingMarkdown(r.training)}` : ''}`;
}

/** The targets as summary lines, PASS or FAIL first. */
export function targetLines(targets: readonly TargetResult[]): string[] {
  return targets.map((t) => `  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`);
}

/** The summary printed to stdout. */
export function renderSummary(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(`actlab bench: ${r.cells.length} cells, ${Math.round(r.seconds)} s`);
  lines.push(...targetLines(r.targets));
  lines.push('Worst ratios per function at 1e5/1e6 (actlab/loop; actlab/TF.js):');
  for (const s of summarizeFunctions(r.cells)) {
    const flag = s.worstLoopRatio > MAX_LOOP_RATIO ? `  <-- over ${MAX_LOOP_RATIO}x` : '';
    const tf = s.worstTfjsRatio === undefined ? '' : `; TF.js ${s.worstTfjsRatio.toFixed(2)}`;
    lines.push(`  ${s.id.padEnd(15)} ${times(s.worstLoopRatio)} (${s.worstLoopCell})${tf}${flag}`);
  }
  const gcs = [...r.allocations].filter(([, a]) => a.f.total + a.df.total > 0);
  lines.push(
    gcs.length === 0
      ? 'GCs during scalar f/df loops: none'
      : `GCs during scalar f/df loops: ${gcs.map(([id, a]) => `${id} f ${a.f.total} df ${a.df.total}`).join(', ')}`,
  );
  return lines.join('\n');
}
