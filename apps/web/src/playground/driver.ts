/**
 * The training worker's logic as a plain object, so it runs (and is tested) without a worker: it
 * owns the trainer, trains in slices of about SLICE_MS between messages, and answers with
 * snapshots only when the page has credit for one. The worker file is a thin adapter that
 * supplies `post`, `now` and `schedule`.
 */
import type { Network } from '@actlab/train';
import { modelFromJson } from '@actlab/train';
import type { Command, Divergence, Setup, WorkerMessage } from './protocol.js';
import type { Run } from './run.js';
import { buildRun, dataMessage, runEpoch, snapshotOf } from './run.js';

/** What the session needs from its host (the worker scope, or a test). */
export interface SessionHost {
  post(message: WorkerMessage, transfer: Transferable[]): void;
  /** Milliseconds, monotonic. */
  now(): number;
  /** Calls `fn` after `delay` ms, letting waiting messages in first. */
  schedule(fn: () => void, delay: number): void;
}

/** Training time per slice: short enough to answer commands at once, long enough to amortize. */
export const SLICE_MS = 10;

/** The session's handle. */
export interface Session {
  handle(command: Command): void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A new session posting to `host`. */
export function createSession(host: SessionHost): Session {
  let run: Run | undefined;
  let playing = false;
  let credit = true;
  let dirty = false;
  let scheduled = false;
  let divergence: Divergence | undefined;
  /** Pacing: when playing started (or was rebased) and the epoch count then. */
  let paceStart = 0;
  let paceEpoch = 0;

  function epoch(): number {
    return run ? runEpoch(run) : 0;
  }

  /** Posts a snapshot if something changed and the page can take one. */
  function flush(): void {
    if (!run || !dirty || !credit) return;
    const s = snapshotOf(run, playing, divergence);
    divergence = s.divergence;
    playing = s.playing;
    dirty = false;
    credit = false;
    host.post(s, [s.heatmap.buffer, s.thumbnails.buffer, ...s.weights.map((w) => w.buffer)]);
  }

  function fail(generation: number, error: unknown): void {
    playing = false;
    host.post({ type: 'error', generation, message: message(error) }, []);
  }

  /** Runs one epoch; false when its loss is not finite (the snapshot then names the layer). */
  function oneEpoch(r: Run): boolean {
    return Number.isFinite(r.trainer.runEpoch());
  }

  function tick(): void {
    scheduled = false;
    const r = run;
    if (!playing || !r) return;
    const start = host.now();
    let ok = true;
    if (r.setup.speed <= 0) {
      do ok = oneEpoch(r);
      while (ok && host.now() - start < SLICE_MS);
    } else {
      let due = Math.floor(((start - paceStart) * r.setup.speed) / 1000) - (epoch() - paceEpoch);
      // More than a second behind (a slow machine, a hidden tab): forget the backlog.
      if (due > r.setup.speed) rebase();
      due = Math.min(due, r.setup.speed);
      while (ok && due > 0 && host.now() - start < SLICE_MS) {
        ok = oneEpoch(r);
        due--;
      }
    }
    dirty = true;
    if (!ok) {
      playing = false;
      credit = true; // a divergence must reach the page even if it is busy drawing
    }
    flush();
    loop();
  }

  function rebase(): void {
    paceStart = host.now();
    paceEpoch = epoch();
  }

  function loop(): void {
    if (!playing || scheduled || !run) return;
    scheduled = true;
    const speed = run.setup.speed;
    const wait =
      speed <= 0
        ? 0
        : Math.max(0, paceStart + ((epoch() - paceEpoch + 1) * 1000) / speed - host.now());
    host.schedule(tick, wait);
  }

  function start(setup: Setup, weights?: Network, keep?: Run): void {
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
    loop();
  }

  return {
    handle(command: Command): void {
      switch (command.type) {
        case 'configure':
          start(command);
          return;
        case 'import': {
          let weights: Network;
          try {
            weights = modelFromJson(command.model).network;
          } catch (error) {
            fail(command.generation, error);
            return;
          }
          start(command, weights);
          return;
        }
        case 'points':
          if (run) start({ ...run.setup, custom: command.custom }, run.trainer.network, run);
          return;
        case 'speed':
          if (run) run = { ...run, setup: { ...run.setup, speed: command.speed } };
          rebase();
          return;
        case 'play':
          if (!run || divergence) return;
          playing = true;
          rebase();
          dirty = true;
          loop();
          return;
        case 'pause':
          playing = false;
          dirty = true;
          flush();
          return;
        case 'step':
          if (!run || divergence) return;
          playing = false;
          oneEpoch(run);
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
            host.post(
              { type: 'model', generation: run.setup.generation, json: run.trainer.toJSON() },
              [],
            );
          }
          return;
      }
    },
  };
}
