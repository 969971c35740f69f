/**
 * Two-dimensional classification sets after TensorFlow Playground's `dataset.ts`: the same shapes,
 * the same scale (points within about [-6, 6] on both axes) and the same noise scale, so
 * "Playground's spiral at noise 10" is `spiral({ noise: 0.1, ... })`. Playground's slider stops at
 * 0.5; above that the same formulas are extended. `moons` (after scikit-learn's `make_moons`) and
 * the 3-class `spiral3` are additions in the same spirit.
 *
 * Rows are shuffled with the generator's seed, as Playground shuffles right after generating, so
 * a trainer or a split never sees the classes in blocks.
 */
import type { Rng } from '../rng.js';
import { createRng, shuffle } from '../rng.js';
import type { Dataset, Task } from './dataset.js';
import type { GeneratorOptions } from './options.js';
import { checkGeneratorOptions } from './options.js';
import { selectRows } from './split.js';

/** The two inputs, named as in Playground. */
const FEATURE_NAMES: readonly string[] = ['x1', 'x2'];

/** Outer radius of `circle` and the spirals, as in Playground. */
const RADIUS = 5;

/** Uniform in [a, b), like Playground's `randUniform`. */
function uniform(rng: Rng, a: number, b: number): number {
  return a + (b - a) * rng.next();
}

/** `points` split as evenly as possible into `classes` counts, the first classes taking the rest. */
function classSizes(points: number, classes: number): number[] {
  return Array.from(
    { length: classes },
    (_, k) => Math.floor(points / classes) + (k < points % classes ? 1 : 0),
  );
}

/** Rows written in order, then shuffled into a dataset. */
interface Table {
  /** Appends the row (x1, x2) with its label. */
  add(x1: number, x2: number, label: number): void;
  /** The dataset, rows shuffled by `rng`. */
  finish(rng: Rng): Dataset;
}

/** An empty table for `points` rows of the named dataset. */
function table(name: string, points: number, task: Task, classNames: readonly string[]): Table {
  const inputs = new Float64Array(points * 2);
  const targets = new Float64Array(points);
  let row = 0;
  return {
    add(x1, x2, label) {
      inputs[2 * row] = x1;
      inputs[2 * row + 1] = x2;
      targets[row] = label;
      row++;
    },
    finish(rng) {
      const ordered: Dataset = {
        name,
        task,
        size: points,
        inputSize: 2,
        outputSize: task === 'multiclass' ? classNames.length : 1,
        inputs,
        targets,
        featureNames: FEATURE_NAMES,
        classNames,
      };
      const order = Uint32Array.from({ length: points }, (_, i) => i);
      shuffle(order, rng);
      return selectRows(ordered, order);
    },
  };
}

/** Playground's circle rule: label 1 strictly inside half the radius. */
function insideCircle(x1: number, x2: number): boolean {
  return Math.hypot(x1, x2) < RADIUS / 2;
}

/**
 * Inner disc (label 1, radius < 2.5) against an outer ring (label 0, radius in [3.5, 5)), centred
 * at the origin. Noise moves the point at which the label is decided by up to 5·noise per axis,
 * so noisy labels disagree with the radius rule near the gap; at noise 0 they agree exactly.
 */
export function circle(options: GeneratorOptions): Dataset {
  const { points, noise, seed } = checkGeneratorOptions('circle', options);
  const rng = createRng(seed);
  const out = table('circle', points, 'binary', ['outer ring', 'inner disc']);
  const [inner = 0, outer = 0] = classSizes(points, 2);
  const ring = (count: number, rMin: number, rMax: number): void => {
    for (let i = 0; i < count; i++) {
      const r = uniform(rng, rMin, rMax);
      const angle = uniform(rng, 0, 2 * Math.PI);
      const x1 = r * Math.sin(angle);
      const x2 = r * Math.cos(angle);
      const n1 = uniform(rng, -RADIUS, RADIUS) * noise;
      const n2 = uniform(rng, -RADIUS, RADIUS) * noise;
      out.add(x1, x2, insideCircle(x1 + n1, x2 + n2) ? 1 : 0);
    }
  };
  ring(inner, 0, RADIUS * 0.5);
  ring(outer, RADIUS * 0.7, RADIUS);
  return out.finish(rng);
}

/** Playground's XOR rule: label 1 when both coordinates have the same sign. */
function sameSign(x1: number, x2: number): boolean {
  return x1 * x2 >= 0;
}

/**
 * Uniform points in [-5.3, 5.3]² kept 0.3 away from the axes, labelled 1 when x1·x2 >= 0 (first
 * and third quadrants). Noise shifts the point at which the label is decided by up to 5·noise per
 * axis; at noise 0 every label follows the quadrant rule.
 */
export function xor(options: GeneratorOptions): Dataset {
  const { points, noise, seed } = checkGeneratorOptions('xor', options);
  const rng = createRng(seed);
  const out = table('xor', points, 'binary', ['opposite signs', 'same sign']);
  const padding = 0.3;
  for (let i = 0; i < points; i++) {
    let x1 = uniform(rng, -5, 5);
    x1 += x1 > 0 ? padding : -padding;
    let x2 = uniform(rng, -5, 5);
    x2 += x2 > 0 ? padding : -padding;
    const n1 = uniform(rng, -5, 5) * noise;
    const n2 = uniform(rng, -5, 5) * noise;
    out.add(x1, x2, sameSign(x1 + n1, x2 + n2) ? 1 : 0);
  }
  return out.finish(rng);
}

/**
 * Two Gaussian blobs, label 1 around (2, 2) and label 0 around (-2, -2). Noise widens both: the
 * variance per axis is 0.5 + 7·noise (Playground maps its 0..0.5 slider to variance 0.5..4).
 */
export function gauss(options: GeneratorOptions): Dataset {
  const { points, noise, seed } = checkGeneratorOptions('gauss', options);
  const rng = createRng(seed);
  const out = table('gauss', points, 'binary', ['blob at (-2, -2)', 'blob at (2, 2)']);
  const sd = Math.sqrt(0.5 + 7 * noise);
  const [positives = 0, negatives = 0] = classSizes(points, 2);
  for (let i = 0; i < positives; i++) out.add(2 + sd * rng.normal(), 2 + sd * rng.normal(), 1);
  for (let i = 0; i < negatives; i++) out.add(-2 + sd * rng.normal(), -2 + sd * rng.normal(), 0);
  return out.finish(rng);
}

/**
 * Playground's spiral generalized to `classes` arms: arm k winds 1.75 turns out to radius 5,
 * rotated by 2π(k + 1)/classes (so with two arms, label 1 is Playground's positive arm), and noise
 * displaces each point by up to ±noise per axis.
 */
function spiralArms(
  name: string,
  classes: number,
  classNames: readonly string[],
  options: GeneratorOptions,
): Dataset {
  const { points, noise, seed } = checkGeneratorOptions(name, options);
  const rng = createRng(seed);
  const out = table(name, points, classes === 2 ? 'binary' : 'multiclass', classNames);
  classSizes(points, classes).forEach((n, label) => {
    const rotation = (2 * Math.PI * (label + 1)) / classes;
    for (let i = 0; i < n; i++) {
      const r = (i / n) * RADIUS;
      const t = ((1.75 * i) / n) * 2 * Math.PI + rotation;
      out.add(
        r * Math.sin(t) + uniform(rng, -1, 1) * noise,
        r * Math.cos(t) + uniform(rng, -1, 1) * noise,
        label,
      );
    }
  });
  return out.finish(rng);
}

/** Two interleaved spirals (labels 0 and 1) out to radius 5; noise displaces points by up to ±noise per axis. */
export function spiral(options: GeneratorOptions): Dataset {
  return spiralArms('spiral', 2, ['arm 0', 'arm 1'], options);
}

/** Three interleaved spirals, classes 0, 1 and 2 (multiclass, outputSize 3); noise as in `spiral`. */
export function spiral3(options: GeneratorOptions): Dataset {
  return spiralArms('spiral3', 3, ['arm 0', 'arm 1', 'arm 2'], options);
}

/**
 * Two interleaving half-moons after scikit-learn's `make_moons`, scaled by 3 and centred: the
 * upper moon (label 0) and the lower moon (label 1) span about [-4.5, 4.5] x [-2.3, 2.3]. Angles
 * are drawn at random, and noise adds Gaussian jitter with standard deviation 3·noise per axis,
 * i.e. `make_moons`'s own noise parameter in the unscaled units.
 */
export function moons(options: GeneratorOptions): Dataset {
  const { points, noise, seed } = checkGeneratorOptions('moons', options);
  const rng = createRng(seed);
  const out = table('moons', points, 'binary', ['upper moon', 'lower moon']);
  const scale = 3;
  // make_moons puts the pair in [-1, 2] x [-0.5, 1]; centre it before scaling.
  const add = (x: number, y: number, label: number): void =>
    out.add(
      scale * (x - 0.5 + noise * rng.normal()),
      scale * (y - 0.25 + noise * rng.normal()),
      label,
    );
  const [upper = 0, lower = 0] = classSizes(points, 2);
  for (let i = 0; i < upper; i++) {
    const t = uniform(rng, 0, Math.PI);
    add(Math.cos(t), Math.sin(t), 0);
  }
  for (let i = 0; i < lower; i++) {
    const t = uniform(rng, 0, Math.PI);
    add(1 - Math.cos(t), 0.5 - Math.sin(t), 1);
  }
  return out.finish(rng);
}
