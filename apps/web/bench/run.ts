/**
 * The web benchmark (`pnpm --filter @actlab/web bench`): opens the Playground's production build in
 * headless Chromium and measures frames per second idle, while training at the default speed and
 * while training as fast as possible, with epochs per second; writes its section of the root
 * BENCHMARKS.md and prints a summary. The script builds the site into dist-bench-site/ first.
 *
 * Flags: `--check` exits 1 when a target fails; `--seconds N` sets each window's length (default
 * 5); `--no-write` prints only and leaves BENCHMARKS.md alone.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { assertReportWritable, writeSection } from '@actlab/bench/kit';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/harness.js';
import type { WindowFigures } from './page-probe.js';
import { installSnapshotProbe, measureWindow, readSnapshotStats } from './page-probe.js';
import type { WebBenchResults } from './report.js';
import { evaluateWebTargets, renderWebMarkdown } from './report.js';

/** apps/web (this file runs from apps/web/dist-bench/bench/). */
const WEB_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REPORT_PATH = fileURLToPath(new URL('../../../../BENCHMARKS.md', import.meta.url));
const SITE_DIR = 'dist-bench-site';
const VIEWPORT = { width: 1280, height: 900 } as const;
const DEFAULT_SPEED = 30;
/** The section of BENCHMARKS.md this benchmark owns, between its markers. */
const SECTION = 'web-bench';

function parseFlags(argv: readonly string[]) {
  const at = argv.indexOf('--seconds');
  const seconds = at >= 0 ? Number(argv[at + 1]) : 5;
  if (!(seconds > 0)) throw new Error('--seconds takes a positive number');
  return { check: argv.includes('--check'), write: !argv.includes('--no-write'), seconds };
}

/** The number a readout shows. */
async function readout(page: Page, id: string): Promise<number> {
  return Number(await page.getByTestId(id).textContent());
}

/** Waits until the epoch counter has moved `epochs` past where it is now. */
async function waitForEpochs(page: Page, epochs: number): Promise<void> {
  const target = (await readout(page, 'epoch')) + epochs;
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="epoch"]')?.textContent) >= n,
    target,
    { timeout: 15_000 },
  );
}

/** One summary line per window. */
function line(phase: string, w: WindowFigures): string {
  return `  ${phase.padEnd(24)} ${w.fps.toFixed(1)} frames/s, ${w.epochsPerSecond.toFixed(1)} epochs/s, ${w.snapshotsPerSecond.toFixed(1)} heatmaps/s`;
}

/** Drives the page through the three phases. */
async function measure(page: Page, ms: number) {
  await page.getByRole('heading', { name: 'Training playground' }).waitFor();
  await page.waitForFunction(() =>
    Number.isFinite(Number(document.querySelector('[data-testid="train-loss"]')?.textContent)),
  );
  const speed = page.getByLabel('Speed');
  if ((await speed.inputValue()) !== String(DEFAULT_SPEED)) {
    throw new Error(`the default speed is ${await speed.inputValue()}, not ${DEFAULT_SPEED}`);
  }
  const before = await readout(page, 'train-loss');
  await page.waitForTimeout(500);
  const idle = await page.evaluate(measureWindow, ms);
  console.log(line('idle', idle));

  await page.getByRole('button', { name: 'Play' }).click();
  await waitForEpochs(page, DEFAULT_SPEED);
  const training = await page.evaluate(measureWindow, ms);
  console.log(line(`training at ${DEFAULT_SPEED} epochs/s`, training));
  const heatmap = await page.evaluate(readSnapshotStats);

  await speed.selectOption('0');
  await page.waitForTimeout(1000);
  const fastest = await page.evaluate(measureWindow, ms);
  console.log(line('as fast as possible', fastest));

  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Play' }).waitFor();
  const after = await readout(page, 'train-loss');
  return {
    idle,
    training,
    fastest,
    heatmap: { gridSize: heatmap.gridSize, length: heatmap.heatmapLength },
    loss: { before, after },
  };
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  // A broken or missing marker would make the write throw: find out before the run, not after it.
  if (flags.write) await assertReportWritable(REPORT_PATH, SECTION);
  const started = performance.now();
  const loadStart = os.loadavg()[0] ?? NaN;
  const server = await preview({
    root: WEB_ROOT,
    build: { outDir: SITE_DIR },
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.addInitScript(installSnapshotProbe);
    await page.goto(`http://127.0.0.1:${address.port}/playground`, { waitUntil: 'load' });
    console.log(
      `Web Playground bench (Chromium ${browser.version()}, ${flags.seconds} s windows):`,
    );
    const figures = await measure(page, flags.seconds * 1000);
    const cpus = os.cpus();
    const results: WebBenchResults = {
      date: new Date().toISOString(),
      cpu: cpus[0]?.model.trim() ?? 'unknown',
      cores: cpus.length,
      node: process.versions.node,
      chromium: browser.version(),
      viewport: VIEWPORT,
      loadStart,
      loadEnd: os.loadavg()[0] ?? NaN,
      seconds: (performance.now() - started) / 1000,
      defaultSpeed: DEFAULT_SPEED,
      ...figures,
      problems,
    };
    const targets = evaluateWebTargets(results);
    for (const p of problems) console.log(`  console: ${p}`);
    for (const t of targets) console.log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`);
    if (flags.write) {
      await writeSection(REPORT_PATH, SECTION, renderWebMarkdown(results, targets));
      console.log(`Wrote the web section of ${REPORT_PATH}`);
    }
    if (flags.check && targets.some((t) => !t.pass)) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
