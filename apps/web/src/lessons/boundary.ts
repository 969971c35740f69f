/**
 * Decision boundaries for the lessons where a picture of the boundary is the point: the same
 * two-input data learned with and without a hidden non-linearity, each model's class
 * probabilities over a grid, through @actlab/train's pipeline (`planRun`, `createSession`,
 * `runSession`) and the session's `predictGrid`.
 * Runs in the lessons' worker after the experiment.
 */
import type { CancelSignal, Grid, RunRequest } from '@actlab/train';
import { createSession, planRun, runSession } from '@actlab/train';

/** One model's boundary over its training points. */
export interface Boundary {
  /** What the model is, e.g. "8 tanh units". */
  readonly label: string;
  /** The dataset's name. */
  readonly dataset: string;
  /** Test accuracy of the model. */
  readonly accuracy: number;
  readonly grid: Grid;
  /** Outputs per grid point: 1 (probability of label 1) or the class count. */
  readonly units: number;
  /** size * size * units outputs, rows from yMin up. */
  readonly values: readonly number[];
  /** Training points, two inputs each, and their classes. */
  readonly inputs: readonly number[];
  readonly targets: readonly number[];
  readonly classNames: readonly string[];
  readonly featureNames: readonly string[];
}

/** The models a lesson draws, as training requests. */
interface BoundaryRequest {
  readonly label: string;
  readonly request: RunRequest;
}

/** The decision-boundary experiment's settings, for a dataset with and without a hidden layer. */
function pair(dataset: RunRequest): BoundaryRequest[] {
  return [
    { label: 'no hidden layer', request: { ...dataset, hidden: [] } },
    { label: 'one hidden layer of 8 tanh units', request: { ...dataset, hidden: [8] } },
  ];
}

const COMMON = {
  activation: 'tanh',
  optimizer: { type: 'adam', learningRate: 0.03 },
  batchSize: 10,
  epochs: 150,
  hidden: [],
} as const;

/** The lessons that get boundary pictures, and which. */
const BOUNDARIES: Readonly<Record<string, readonly BoundaryRequest[]>> = {
  'decision-boundary': [
    ...pair({ ...COMMON, dataset: 'circle', points: 400, noise: 0.05 }),
    ...pair({ ...COMMON, dataset: 'iris', features: 2, testFraction: 0.3 }),
  ],
  // Softmax over three species: a linear model's straight borders beside a hidden layer's bends.
  'softmax-multiclass': [...pair({ ...COMMON, dataset: 'iris', features: 2, testFraction: 0.3 })],
};

/** Whether lesson `id` has boundary pictures. */
export function hasBoundaries(id: string): boolean {
  return id in BOUNDARIES;
}

/** Points per side of the grid. */
const GRID_SIZE = 60;

/** Trains each of the lesson's models with `seed` and returns their boundaries. */
export async function lessonBoundaries(
  id: string,
  seed: number,
  signal?: CancelSignal,
): Promise<Boundary[]> {
  const result: Boundary[] = [];
  for (const { label, request } of BOUNDARIES[id] ?? []) {
    const plan = planRun({ ...request, seed });
    const session = createSession(plan);
    // Only the end matters here: measure once, after the last epoch.
    const { metrics } = await runSession(session, {
      progressEvery: plan.epochs,
      ...(signal ? { signal } : {}),
    });
    const train = plan.data.train;
    const xs = Array.from({ length: train.size }, (_, i) => train.inputs[2 * i] as number);
    const ys = Array.from({ length: train.size }, (_, i) => train.inputs[2 * i + 1] as number);
    const pad = (lo: number, hi: number): [number, number] => {
      const margin = (hi - lo) * 0.08 || 1;
      return [lo - margin, hi + margin];
    };
    const [xMin, xMax] = pad(Math.min(...xs), Math.max(...xs));
    const [yMin, yMax] = pad(Math.min(...ys), Math.max(...ys));
    const grid: Grid = { xMin, xMax, yMin, yMax, size: GRID_SIZE };
    const values = session.predictGrid(grid);
    result.push({
      label,
      dataset: train.name,
      accuracy: metrics.testAccuracy ?? NaN,
      grid,
      units: values.length / (GRID_SIZE * GRID_SIZE),
      values: Array.from(values),
      inputs: Array.from(train.inputs),
      targets: Array.from(train.targets),
      classNames:
        train.classNames ??
        Array.from({ length: Math.max(2, train.outputSize) }, (_, c) => `label ${c}`),
      featureNames: plan.scaling
        ? train.featureNames.map((name) => `${name}, standardized`)
        : train.featureNames,
    });
  }
  return result;
}
