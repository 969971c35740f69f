/**
 * TensorFlow Playground's two regression problems over the plane: a tilted `plane` and a
 * `multi-gauss` surface of six Gaussian bumps, both on uniform points in [-6, 6]². Targets stay
 * within about [-1.2, 1.2], the range a diverging heatmap shows. Noise follows Playground (and this
 * package's `circle`): the target is read at the point moved by up to 6·noise per axis, so noisy
 * targets disagree with their point's surface while the points themselves stay put.
 */
import type { Rng } from '../rng.js';
import { createRng } from '../rng.js';
import type { Dataset } from './dataset.js';
import type { GeneratorOptions } from './options.js';
import { checkGeneratorOptions } from './options.js';

/** Half-width of the square the points fill, as in Playground. */
const PLANE_RADIUS = 6;

/**
 * The six bumps of `multi-gauss`: centre and sign, Playground's layout of alternating signs on a
 * 3 x 2 lattice (4 apart across, 5 apart up).
 */
const BUMPS: readonly (readonly [number, number, number])[] = [
  [-4, 2.5, 1],
  [0, 2.5, -1],
  [4, 2.5, 1],
  [-4, -2.5, -1],
  [0, -2.5, 1],
  [4, -2.5, -1],
];

/** Standard deviation of each bump: neighbours 4 apart overlap by under 0.04%. */
const BUMP_SD = 1;

/** The tilted plane y = (x1 + x2) / 10: -1.2 at (-6, -6), 1.2 at (6, 6). */
export function planeSurface(x1: number, x2: number): number {
  return (x1 + x2) / 10;
}

/** The sum of the six signed bumps exp(-|p - c|² / 2σ²): ±1 at each centre, 0 far from all. */
export function gaussSurface(x1: number, x2: number): number {
  let sum = 0;
  for (const [cx, cy, sign] of BUMPS) {
    const d2 = (x1 - cx) ** 2 + (x2 - cy) ** 2;
    sum += sign * Math.exp(-d2 / (2 * BUMP_SD * BUMP_SD));
  }
  return sum;
}

/** Uniform in [-r, r). */
function centred(rng: Rng, r: number): number {
  return r * (2 * rng.next() - 1);
}

/** `points` uniform points in [-6, 6]² with the surface read at the noise-displaced point. */
function surfaceSet(
  name: string,
  surface: (x1: number, x2: number) => number,
  options: GeneratorOptions,
): Dataset {
  const { points, noise, seed } = checkGeneratorOptions(name, options);
  const rng = createRng(seed);
  const inputs = new Float64Array(points * 2);
  const targets = new Float64Array(points);
  for (let i = 0; i < points; i++) {
    const x1 = centred(rng, PLANE_RADIUS);
    const x2 = centred(rng, PLANE_RADIUS);
    // Drawn even at noise 0, so the points do not depend on the noise level.
    const n1 = centred(rng, PLANE_RADIUS) * noise;
    const n2 = centred(rng, PLANE_RADIUS) * noise;
    inputs[2 * i] = x1;
    inputs[2 * i + 1] = x2;
    targets[i] = surface(x1 + n1, x2 + n2);
  }
  return {
    name,
    task: 'regression',
    size: points,
    inputSize: 2,
    outputSize: 1,
    inputs,
    targets,
    featureNames: ['x1', 'x2'],
  };
}

/** y = (x1 + x2) / 10 on [-6, 6]², in [-1.2, 1.2]; noise reads it at a displaced point. */
export function plane(options: GeneratorOptions): Dataset {
  return surfaceSet('plane', planeSurface, options);
}

/** Six Gaussian bumps of alternating sign on [-6, 6]², in about [-1, 1]; noise as in `plane`. */
export function multiGauss(options: GeneratorOptions): Dataset {
  return surfaceSet('multi-gauss', gaussSurface, options);
}
