/**
 * A small benchmark of pass/fail targets that owns one marked section of BENCHMARKS.md (the
 * formula and depth benchmarks): the rows it measured, rendered as a table under a heading with the
 * machine, and the shared command line (`--quick` measures briefly and writes nothing, `--check`
 * exits 1 when a target fails).
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { assertReportWritable, markdownTable, writeSection } from './kit/index.js';

/** One measured target, or one figure recorded beside them (no `pass`: it has no target). */
export interface TargetRow {
  readonly label: string;
  readonly measured: string;
  readonly target: string;
  readonly pass?: boolean;
}

/** A row's verdict: pass, FAIL, or `recorded` for a figure without a target. */
function verdict(r: TargetRow): string {
  if (r.pass === undefined) return 'recorded';
  return r.pass ? 'pass' : 'FAIL';
}

/** What a target benchmark is and how it measures. */
export interface TargetBench {
  /** The section's marker name in BENCHMARKS.md, e.g. `depth-bench`. */
  readonly section: string;
  /** Its heading. */
  readonly title: string;
  /** The script's path in the repository, named in the section. */
  readonly script: string;
  /** What was measured and against what, one or two sentences. */
  readonly method: string;
  /** The rows, briefly when `quick`. */
  readonly measure: (quick: boolean) => readonly TargetRow[];
}

/** The repository's BENCHMARKS.md (this file is at packages/bench/{src,dist}/). */
const REPORT_PATH = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url));

function render(bench: TargetBench, rows: readonly TargetRow[], seconds: number): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown';
  return [
    `## ${bench.title}`,
    '',
    `Measured by \`pnpm bench\` (${bench.script}) on ${cpu}, ${os.cpus().length} cores, Node ${process.versions.node}, in ${seconds.toFixed(0)} s. ${bench.method}`,
    '',
    markdownTable(
      ['What', 'Measured', 'Target', 'Result'],
      rows.map((r) => [r.label, r.measured, r.target, verdict(r)]),
    ),
    '',
  ].join('\n');
}

/** Runs `bench` with the process's arguments, prints every row and writes its section. */
export async function runTargetBench(bench: TargetBench): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  // A broken section marker should fail now, not after the measuring.
  if (!quick) await assertReportWritable(REPORT_PATH, bench.section);
  const started = performance.now();
  const rows = bench.measure(quick);
  for (const r of rows) console.log(`${verdict(r)}  ${r.label}: ${r.measured} (${r.target})`);
  if (!quick) {
    const markdown = render(bench, rows, (performance.now() - started) / 1000);
    await writeSection(REPORT_PATH, bench.section, markdown);
    console.log(`Wrote the ${bench.section} section of ${REPORT_PATH}`);
  }
  if (args.includes('--check') && rows.some((r) => r.pass === false)) process.exitCode = 1;
}
