/**
 * The web benchmark's targets and its section of BENCHMARKS.md. Plain string building; prettier
 * lays the tables out afterwards.
 */
import { markdownTable } from '@actlab/bench/kit';
import type { WindowFigures } from './page-probe.js';

/** Frames per second the issue asks for while training (a 60 Hz display, with a little slack). */
const MIN_FPS = 58;

/** Share of the idle frame rate that training may leave: 0.95 means at most 5% lost. */
const MIN_FPS_RATIO = 0.95;

/** Epochs per second the issue asks for on the default problem. */
const MIN_EPOCHS_PER_SECOND = 10;

/** The heatmap's side the issue names, in cells. */
const HEATMAP_SIZE = 100;

/** Everything the section is made from. */
export interface WebBenchResults {
  readonly date: string;
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  readonly chromium: string;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly loadStart: number;
  readonly loadEnd: number;
  readonly seconds: number;
  /** The default speed, in epochs per second. */
  readonly defaultSpeed: number;
  readonly idle: WindowFigures;
  readonly training: WindowFigures;
  readonly fastest: WindowFigures;
  /** Heatmap side and values in the snapshots received while training. */
  readonly heatmap: { readonly gridSize: number; readonly length: number };
  /** Training loss before Play and after the last Pause. */
  readonly loss: { readonly before: number; readonly after: number };
  /** Console errors and uncaught exceptions seen on the page. */
  readonly problems: readonly string[];
}

/** One verdict. */
export interface WebTarget {
  readonly name: string;
  readonly pass: boolean;
  readonly detail: string;
}

const fps = (x: number) => x.toFixed(1);

/** The frame-rate verdict for one training window against the idle baseline. */
function frameTarget(name: string, w: WindowFigures, idle: WindowFigures): WebTarget {
  const ratio = w.fps / idle.fps;
  return {
    name,
    pass: w.fps >= MIN_FPS && ratio >= MIN_FPS_RATIO,
    detail: `${fps(w.fps)} frames/s = ${ratio.toFixed(3)} x idle ${fps(idle.fps)}; ${w.slowFrames} frames over 20 ms, longest ${w.longestFrameMs.toFixed(1)} ms`,
  };
}

/** The verdicts: the checks that make the figures meaningful, then the issue's targets. */
export function evaluateWebTargets(r: WebBenchResults): WebTarget[] {
  const heatmapOn =
    r.heatmap.gridSize === HEATMAP_SIZE &&
    r.heatmap.length >= HEATMAP_SIZE * HEATMAP_SIZE &&
    r.training.snapshotsPerSecond > 0 &&
    r.fastest.snapshotsPerSecond > 0;
  const trained =
    r.training.epochs[1] > r.training.epochs[0] &&
    r.fastest.epochs[1] > r.fastest.epochs[0] &&
    r.loss.after < r.loss.before;
  return [
    {
      name: `the ${HEATMAP_SIZE} x ${HEATMAP_SIZE} heatmap is on and redrawn while training`,
      pass: heatmapOn,
      detail: `${r.heatmap.gridSize} x ${r.heatmap.gridSize} grid (${r.heatmap.length} values); ${fps(r.training.snapshotsPerSecond)} and ${fps(r.fastest.snapshotsPerSecond)} heatmaps/s`,
    },
    {
      name: 'training happened: the epoch counter rose and the training loss fell, with a clean console',
      pass: trained && r.problems.length === 0,
      detail: `epochs ${r.training.epochs[0]} to ${r.fastest.epochs[1]}; training loss ${r.loss.before.toPrecision(3)} to ${r.loss.after.toPrecision(3)}; ${r.problems.length} console problems`,
    },
    frameTarget(
      `at least ${MIN_FPS} frames/s and ${MIN_FPS_RATIO} x idle while training at the default speed`,
      r.training,
      r.idle,
    ),
    frameTarget(
      `at least ${MIN_FPS} frames/s and ${MIN_FPS_RATIO} x idle while training as fast as possible`,
      r.fastest,
      r.idle,
    ),
    {
      name: `at least ${MIN_EPOCHS_PER_SECOND} epochs/s on the default problem at the default speed (${r.defaultSpeed} epochs/s)`,
      pass: r.training.epochsPerSecond >= MIN_EPOCHS_PER_SECOND,
      detail: `${fps(r.training.epochsPerSecond)} epochs/s`,
    },
    {
      name: `at least ${MIN_EPOCHS_PER_SECOND} epochs/s on the default problem as fast as possible`,
      pass: r.fastest.epochsPerSecond >= MIN_EPOCHS_PER_SECOND,
      detail: `${fps(r.fastest.epochsPerSecond)} epochs/s`,
    },
  ];
}

/** One row of the figures table. */
function figureRow(phase: string, w: WindowFigures, idle: WindowFigures): string[] {
  return [
    phase,
    fps(w.fps),
    (w.fps / idle.fps).toFixed(3),
    `${w.slowFrames}`,
    w.longestFrameMs.toFixed(1),
    fps(w.epochsPerSecond),
    fps(w.snapshotsPerSecond),
  ];
}

/** The section's markdown (without its markers), before prettier. */
export function renderWebMarkdown(r: WebBenchResults, targets: readonly WebTarget[]): string {
  const seconds = (r.idle.ms / 1000).toFixed(1);
  return `## Web Playground

Written by \`pnpm --filter @actlab/web bench\` (\`apps/web/bench\`, also run by \`pnpm bench\`) between its markers; the rest of this file belongs to the other benchmarks.

${markdownTable(
  ['', ''],
  [
    ['date', r.date],
    ['CPU', `${r.cpu}, ${r.cores} logical cores`],
    ['Node', r.node],
    ['Chromium', `${r.chromium} (headless, \`--disable-gpu\`, flags as in DEVELOPERS.md)`],
    [
      'page',
      `\`/playground\` (default settings), viewport ${r.viewport.width} x ${r.viewport.height}`,
    ],
    ['load average (1 min) at start / end', `${r.loadStart.toFixed(2)} / ${r.loadEnd.toFixed(2)}`],
    ['run time', `${Math.round(r.seconds)} s`],
  ],
)}

### Targets

${markdownTable(
  ['target', 'result', 'numbers'],
  targets.map((t) => [t.name, t.pass ? 'PASS' : '**FAIL**', t.detail]),
)}

### Figures

${markdownTable(
  [
    'phase',
    'frames/s',
    'x idle',
    'frames over 20 ms',
    'longest frame (ms)',
    'epochs/s',
    'heatmaps/s',
  ],
  [
    figureRow('idle (paused, heatmap shown)', r.idle, r.idle),
    figureRow(`training at the default speed (${r.defaultSpeed} epochs/s)`, r.training, r.idle),
    figureRow('training as fast as possible', r.fastest, r.idle),
  ],
)}

### Method

- **Page**: the production build (\`vite build --outDir dist-bench-site\`) served by Vite's preview server and opened in Debian's Chromium through playwright-core. The default problem is TensorFlow Playground's opening one (circle, 2-4-2-1 tanh, batch 10); training runs in the page's Web Worker, which sends one snapshot (a ${HEATMAP_SIZE} x ${HEATMAP_SIZE} heatmap, losses, thumbnails, weights) per animation frame that the page draws.
- **Heatmap check**: an init script wraps \`Worker\` to count the snapshots the page receives and record their grid size; nothing the page sees changes.
- **Windows**: each phase is measured for ${seconds} s in one \`page.evaluate\`: \`requestAnimationFrame\` callbacks give frames/s (intervals over the time from the first to the last frame), and the page's epoch counter and the snapshot count are read at the first and last frame. Training phases start after a warm-up second of training. The speed is chosen with the page's own Speed control ("as fast as possible" is speed 0, \`?speed=0\` in the URL).
- **Frame target**: headless Chromium paces frames itself, so the baseline is the idle rate measured in the same run; training passes when its rate is at least ${MIN_FPS} frames/s and at least ${MIN_FPS_RATIO} x the idle rate.
- **Noise**: the page's main thread and the worker each want a core, so a load average well above 1 at the start means something else was running and the frame figures are noisier.
`;
}
