/**
 * The vanishing-gradients page's state as it lives in the URL: depth, width, learning rate and
 * seed, each clamped into its range so a hand-edited link still opens a sensible page.
 */
import { clampedParam, formatParam } from '../lib/query.js';

/** Everything the page's networks depend on. */
export interface GradientParams {
  /** Layers including the sigmoid output layer (hidden layers = depth - 1). */
  readonly depth: number;
  /** Units per hidden layer. */
  readonly width: number;
  /** SGD learning rate alpha. */
  readonly lr: number;
  /** Seed of the data, the weights and the batch order. */
  readonly seed: number;
}

/** The ranges of the controls (and of the URL values). */
export const GRADIENT_LIMITS = {
  depth: { min: 2, max: 20, fallback: 10 },
  width: { min: 2, max: 64, fallback: 16 },
  lr: { min: 0.001, max: 2, fallback: 0.1 },
  seed: { min: 1, max: 9999, fallback: 1 },
} as const;

/** The page's parameters from the query (fallbacks for missing or invalid values). */
export function readGradientParams(query: URLSearchParams): GradientParams {
  const read = (key: keyof typeof GRADIENT_LIMITS) => {
    const { min, max, fallback } = GRADIENT_LIMITS[key];
    return clampedParam(query.get(key), fallback, min, max);
  };
  return {
    depth: Math.round(read('depth')),
    width: Math.round(read('width')),
    lr: read('lr'),
    seed: Math.round(read('seed')),
  };
}

/** The query values for `params`. */
export function gradientQuery(params: GradientParams): Record<string, string> {
  return {
    depth: formatParam(params.depth),
    width: formatParam(params.width),
    lr: formatParam(params.lr),
    seed: formatParam(params.seed),
  };
}

/** A key that changes whenever the networks must be rebuilt. */
export function gradientKey(params: GradientParams): string {
  return `${params.depth}/${params.width}/${params.lr}/${params.seed}`;
}
