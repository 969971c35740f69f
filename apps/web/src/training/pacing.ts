/**
 * Training at a chosen speed in epochs per second: how many epochs are due now, and how long to
 * wait for the next one. Counted from a base (the time and epoch when playing started or the speed
 * changed), so a slice that ran late catches up, and a backlog of over a second (a slow machine, a
 * hidden tab) is forgotten rather than run in a burst.
 */

/** The pacing of one driver. */
export interface Pace {
  /** Counts from `now` and `epoch` from here on. */
  rebase(now: number, epoch: number): void;
  /** Epochs due at `now` at `speed` epochs/s (0 to `speed`); rebases when over a second behind. */
  due(now: number, epoch: number, speed: number): number;
  /** Milliseconds from `now` until the next epoch is due at `speed` (0 for speed 0: no pacing). */
  wait(now: number, epoch: number, speed: number): number;
}

/** A pace based at time 0, epoch 0. */
export function createPace(): Pace {
  let baseTime = 0;
  let baseEpoch = 0;
  const pace: Pace = {
    rebase(now, epoch) {
      baseTime = now;
      baseEpoch = epoch;
    },
    due(now, epoch, speed) {
      const due = Math.floor(((now - baseTime) * speed) / 1000) - (epoch - baseEpoch);
      if (due > speed) pace.rebase(now, epoch);
      return Math.max(0, Math.min(due, speed));
    },
    wait(now, epoch, speed) {
      if (speed <= 0) return 0;
      return Math.max(0, baseTime + ((epoch - baseEpoch + 1) * 1000) / speed - now);
    },
  };
  return pace;
}
