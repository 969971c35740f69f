/**
 * The loss of each compared network over the epochs, gathered from the driver's snapshots, so the
 * page can draw what the notes draw: sigmoid's loss stalling while ReLU's falls. A snapshot at
 * epoch 0 or for other parameters starts the history again.
 */
import type { Curve } from '../lessons/curves.js';
import type { GradientSnapshot } from './run.js';

/** Loss curves, one per activation, and the parameters they belong to. */
export interface LossHistory {
  readonly key: string;
  readonly curves: readonly Curve[];
}

/** An empty history. */
export const NO_HISTORY: LossHistory = { key: '', curves: [] };

/** `history` with `snapshot`'s losses added (or restarted from them). */
export function withSnapshot(history: LossHistory, snapshot: GradientSnapshot): LossHistory {
  const key = JSON.stringify(snapshot.params);
  const last = history.curves[0]?.xs.at(-1);
  const restart =
    key !== history.key || snapshot.epoch === 0 || last === undefined || snapshot.epoch < last;
  if (!restart && snapshot.epoch === last) return history;
  const curves = snapshot.columns.map((column) => {
    const old = restart ? undefined : history.curves.find((c) => c.label === column.activation);
    return {
      label: column.activation,
      xs: [...(old?.xs ?? []), snapshot.epoch],
      ys: [...(old?.ys ?? []), column.loss],
    };
  });
  return { key, curves };
}
