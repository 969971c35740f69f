/**
 * Points a user adds by clicking the heatmap: training rows with a chosen class. They live in the
 * URL (`pts=1.5_-2_1,0.3_4_0`: x, y and class joined by `_`, which a query keeps unescaped), rounded
 * to two decimals and capped at MAX_CUSTOM_POINTS so a link stays short enough to share.
 */
import type { Dataset } from '@actlab/train';

/** One added point, in the heatmap's coordinates (standardized units for iris). */
export interface CustomPoint {
  readonly x: number;
  readonly y: number;
  /** Class index (0 or 1 for binary sets). */
  readonly label: number;
}

/** Most points the URL keeps (about 2 KB of query). */
export const MAX_CUSTOM_POINTS = 150;

/** Points from `pts`; malformed items are skipped, and at most MAX_CUSTOM_POINTS are kept. */
export function parsePoints(value: string | null): CustomPoint[] {
  if (!value) return [];
  const points: CustomPoint[] = [];
  for (const item of value.split(',')) {
    const [x, y, label] = item.split('_').map(Number);
    if (
      x === undefined ||
      y === undefined ||
      label === undefined ||
      !Number.isFinite(x) ||
      !Number.isFinite(y) ||
      !Number.isInteger(label) ||
      label < 0
    ) {
      continue;
    }
    points.push({ x, y, label });
  }
  return points.slice(0, MAX_CUSTOM_POINTS);
}

/** Two decimals are finer than a click can aim on a 12-unit-wide heatmap. */
function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The `pts` value of a list of points. */
export function formatPoints(points: readonly CustomPoint[]): string {
  return points
    .slice(0, MAX_CUSTOM_POINTS)
    .map((p) => `${round2(p.x)}_${round2(p.y)}_${p.label}`)
    .join(',');
}

/** `point` rounded as the URL will keep it, so the trained row and the shared link agree. */
export function roundPoint(point: CustomPoint): CustomPoint {
  return { x: round2(point.x), y: round2(point.y), label: point.label };
}

/**
 * The training set with the custom points appended (points whose class the set does not have are
 * left out; a regression set takes none). The result is an ordinary `Dataset`, so the trainer needs nothing special for them.
 */
export function withCustomPoints(train: Dataset, points: readonly CustomPoint[]): Dataset {
  // A regression target is a value, not a class a click could choose.
  if (train.task === 'regression') return train;
  const classes = train.task === 'binary' ? 2 : train.outputSize;
  const usable = points.filter((p) => p.label < classes);
  if (usable.length === 0 || train.inputSize !== 2) return train;
  const inputs = new Float64Array((train.size + usable.length) * 2);
  inputs.set(train.inputs);
  const targets = new Float64Array(train.size + usable.length);
  targets.set(train.targets);
  usable.forEach((p, i) => {
    inputs[(train.size + i) * 2] = p.x;
    inputs[(train.size + i) * 2 + 1] = p.y;
    targets[train.size + i] = p.label;
  });
  return { ...train, size: train.size + usable.length, inputs, targets };
}
