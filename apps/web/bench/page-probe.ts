/**
 * Code that runs inside the Playground page. Each function is serialized by playwright-core and
 * evaluated in the browser, so it must not reach anything outside its own body.
 */

/** What the probe learned from the training worker's snapshots. */
export interface SnapshotStats {
  /** Snapshots received so far (each carries a fresh heatmap the page draws). */
  snapshots: number;
  /** Side of the last snapshot's heatmap grid, in cells. */
  gridSize: number;
  /** Values in the last snapshot's heatmap (gridSize² times the output units). */
  heatmapLength: number;
  /** Epoch of the last snapshot. */
  epoch: number;
}

/** One measuring window's figures. */
export interface WindowFigures {
  /** Milliseconds between the first and the last animation frame of the window. */
  readonly ms: number;
  /** requestAnimationFrame callbacks per second. */
  readonly fps: number;
  /** The longest gap between two frames, in milliseconds. */
  readonly longestFrameMs: number;
  /** Frames that came more than 20 ms after the previous one (a skipped 60 Hz frame). */
  readonly slowFrames: number;
  /** Epochs per second by the page's epoch counter. */
  readonly epochsPerSecond: number;
  /** Snapshots (heatmaps) received per second. */
  readonly snapshotsPerSecond: number;
  /** The epoch counter at the start and the end of the window. */
  readonly epochs: readonly [number, number];
}

/**
 * An init script: wraps `Worker` so every snapshot the training worker posts is counted and its
 * heatmap size recorded in `window.__benchSnapshots`, without changing what the page receives.
 */
export function installSnapshotProbe(): void {
  const stats: SnapshotStats = { snapshots: 0, gridSize: 0, heatmapLength: 0, epoch: 0 };
  (window as unknown as { __benchSnapshots: SnapshotStats }).__benchSnapshots = stats;
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as {
          type?: string;
          gridSize?: number;
          heatmap?: ArrayLike<number>;
          epoch?: number;
        };
        if (data?.type !== 'snapshot') return;
        stats.snapshots++;
        stats.gridSize = data.gridSize ?? 0;
        stats.heatmapLength = data.heatmap?.length ?? 0;
        stats.epoch = data.epoch ?? 0;
      });
    }
  };
}

/** The probe's figures so far. */
export function readSnapshotStats(): SnapshotStats {
  return { ...(window as unknown as { __benchSnapshots: SnapshotStats }).__benchSnapshots };
}

/**
 * Counts animation frames for `ms` milliseconds, reading the epoch counter and the snapshot count
 * at the first and the last frame so all the rates share one interval.
 */
export function measureWindow(ms: number): Promise<WindowFigures> {
  const stats = (window as unknown as { __benchSnapshots: SnapshotStats }).__benchSnapshots;
  const epoch = () => Number(document.querySelector('[data-testid="epoch"]')?.textContent);
  return new Promise((resolve) => {
    let first = 0;
    let last = 0;
    let intervals = 0;
    let longest = 0;
    let slow = 0;
    let epoch0 = 0;
    let snapshots0 = 0;
    const tick = () => {
      const now = performance.now();
      if (first === 0) {
        first = now;
        epoch0 = epoch();
        snapshots0 = stats.snapshots;
      } else {
        const gap = now - last;
        intervals++;
        longest = Math.max(longest, gap);
        if (gap > 20) slow++;
      }
      last = now;
      if (now - first < ms) {
        requestAnimationFrame(tick);
        return;
      }
      const seconds = (last - first) / 1000;
      const epoch1 = epoch();
      resolve({
        ms: last - first,
        fps: intervals / seconds,
        longestFrameMs: longest,
        slowFrames: slow,
        epochsPerSecond: (epoch1 - epoch0) / seconds,
        snapshotsPerSecond: (stats.snapshots - snapshots0) / seconds,
        epochs: [epoch0, epoch1],
      });
    };
    requestAnimationFrame(tick);
  });
}
