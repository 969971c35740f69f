/**
 * The training worker's driver as a plain object, so it runs (and is tested) without a worker: it
 * owns the run and its session, trains in slices of about SLICE_MS (paced at the chosen epochs per
 * second) between messages, and answers with snapshots only when the page has credit for one. The
 * worker file is a thin adapter that supplies the host.
 */
import type { Driver } from '../training/connect.js';
import { errorMessage } from '../training/latest-run.js';
import { createPace } from '../training/pacing.js';
import type { DriverHost } from '../training/ticker.js';
import { createTicker } from '../training/ticker.js';
import type { Command, Divergence, Setup, WorkerMessage } from './protocol.js';
import type { Run } from './run.js';
import { buildRun, dataMessage, snapshotOf } from './run.js';

/** What the driver needs from its host (the worker scope, or a test): a clock, a timer, a post. */
export interface PlaygroundHost extends DriverHost {
  post(message: WorkerMessage, transfer: Transferable[]): void;
}

/** Training time per slice: short enough to answer commands at once, long enough to amortize. */
const SLICE_MS = 10;

/** The driver's handle: the page's commands go in, dispose stops the training loop. */
export type PlaygroundDriver = Driver<Command>;

/** A new driver posting to `host`. */
export function createPlaygroundDriver(host: PlaygroundHost): PlaygroundDriver {
  let run: Run | undefined;
  let credit = true;
  let dirty = false;
  let divergence: Divergence | undefined;
  const pace = createPace();
  const ticker = createTicker(host, tick);
  const epoch = (): number => run?.session.epoch ?? 0;
  const rebase = (): void => pace.rebase(host.now(), epoch());
  const wait = (): number => (run ? pace.wait(host.now(), epoch(), run.setup.speed) : 0);

  /** Posts a snapshot if something changed and the page can take one. */
  function flush(): void {
    if (!run || !dirty || !credit) return;
    const s = snapshotOf(run, ticker.running, divergence);
    divergence = s.divergence;
    if (!s.playing) ticker.stop();
    dirty = false;
    credit = false;
    host.post(s, [s.heatmap.buffer, s.thumbnails.buffer, ...s.weights.map((w) => w.buffer)]);
  }

  function fail(generation: number, error: unknown): void {
    ticker.stop();
    host.post({ type: 'error', generation, message: errorMessage(error) }, []);
  }

  /** One slice of training while playing; the wait before the next, or undefined to stop. */
  function tick(): number | undefined {
    if (!run) return undefined;
    const { session, setup } = run;
    const due = setup.speed <= 0 ? Infinity : pace.due(host.now(), session.epoch, setup.speed);
    session.runFor(SLICE_MS, () => host.now(), due);
    dirty = true;
    if (session.diverged || session.done) {
      ticker.stop();
      credit = true; // a divergence must reach the page even if it is busy drawing
    }
    flush();
    return wait();
  }

  function start(setup: Setup, weights?: Parameters<typeof buildRun>[1], keep?: Run): void {
    try {
      run = buildRun(setup, weights, keep);
    } catch (error) {
      run = undefined;
      fail(setup.generation, error);
      return;
    }
    divergence = undefined;
    host.post(dataMessage(run), []);
    dirty = true;
    rebase();
    flush();
    if (ticker.running) ticker.start(wait());
  }

  return {
    send(command: Command): void {
      switch (command.type) {
        case 'configure':
          start(command);
          return;
        case 'import':
          start(command, command.model);
          return;
        case 'points':
          if (run) start({ ...run.setup, custom: command.custom }, run.session.network, run);
          return;
        case 'speed':
          if (run) run = { ...run, setup: { ...run.setup, speed: command.speed } };
          rebase();
          return;
        case 'play':
          if (!run || divergence) return;
          rebase();
          dirty = true;
          ticker.start(wait());
          return;
        case 'pause':
          ticker.stop();
          dirty = true;
          flush();
          return;
        case 'step':
          if (!run || divergence) return;
          ticker.stop();
          run.session.runEpoch();
          dirty = true;
          credit = true;
          flush();
          return;
        case 'frame':
          credit = true;
          flush();
          return;
        case 'export':
          if (run) {
            const json = run.session.model();
            host.post({ type: 'model', generation: run.setup.generation, json }, []);
          }
          return;
      }
    },
    dispose() {
      ticker.stop();
    },
  };
}
