/**
 * The square of the (x1, x2) plane that a decision-boundary heatmap shows, shared by every front
 * end so the terminal and the browser frame the same data the same way.
 */
import type { Dataset } from './datasets/dataset.js';
import type { FeatureId } from './features.js';
import type { Grid } from './predict.js';

/**
 * Half-width of the square [-e, e]^2 that holds the (x1, x2) of every row of `sets` (their first
 * two inputs) with a 5% margin, rounded up to a whole unit and at least 1: whole units give the
 * axes round labels, and the margin keeps the outermost points off the edge.
 */
export function planeExtent(...sets: readonly Dataset[]): number {
  let max = 0;
  for (const d of sets) {
    const { inputs, inputSize } = d;
    for (let i = 0; i + 1 < inputs.length; i += inputSize) {
      max = Math.max(max, Math.abs(inputs[i] as number), Math.abs(inputs[i + 1] as number));
    }
  }
  return Math.max(1, Math.ceil(max * 1.05));
}

/** The square [-extent, extent]^2 as a grid of `size` points a side, through `features` if given. */
export function planeGrid(extent: number, size: number, features?: readonly FeatureId[]): Grid {
  return {
    xMin: -extent,
    xMax: extent,
    yMin: -extent,
    yMax: extent,
    size,
    ...(features ? { features } : {}),
  };
}
