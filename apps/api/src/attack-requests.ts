/**
 * The requests of the attack test (not part of the build: see tsconfig.build.json): for each kind,
 * the largest its limits accept, or the worst they refuse, serialized once before the attack.
 */
import { DEFAULT_LIMITS } from './limits.js';
import type { TrainBody } from './schemas/train.js';
import { planTraining } from './training.js';

/** A circle training request grown (epochs, or points) to the largest the default budget takes. */
function atBudget(fields: Partial<TrainBody>, grow: 'epochs' | 'points'): TrainBody {
  const make = (n: number) =>
    ({ dataset: 'circle', activation: 'relu', seed: 3, ...fields, [grow]: n }) as TrainBody;
  const cost = (n: number) =>
    planTraining(make(n), { ...DEFAULT_LIMITS, maxTrainingWork: Infinity }).cost.total;
  let lo = grow === 'points' ? 4 : 1;
  let hi = grow === 'points' ? 20_000 : 10_000;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (cost(mid) <= DEFAULT_LIMITS.maxTrainingWork) lo = mid;
    else hi = mid - 1;
  }
  return make(lo);
}

/** The worst accepted trainings: each within 10% of the budget, the slowest kinds measured. */
export const TRAININGS: readonly [string, TrainBody][] = [
  [
    '2-8-1 gelu, 20,000 points (the most a request may generate)',
    atBudget({ hidden: [8], activation: 'gelu', points: 20_000 }, 'epochs'),
  ],
  [
    '3x128 relu, batch 1, 3 epochs',
    atBudget({ hidden: [128, 128, 128], epochs: 3, batchSize: 1 }, 'points'),
  ],
  [
    '16x16 tanh, batch 1, 1,000 points',
    atBudget({ hidden: [16, 16], activation: 'tanh', points: 1000, batchSize: 1 }, 'epochs'),
  ],
  [
    '8x100 relu, 10 epochs, testFraction 0.9 (a model near the answer bound)',
    atBudget({ hidden: new Array<number>(8).fill(100), epochs: 10, testFraction: 0.9 }, 'points'),
  ],
];

/** A dense model: `inputs` inputs, then layers of the given units (relu, the last linear). */
function model(inputs: number, units: readonly number[], activation = 'relu') {
  let fanIn = inputs;
  const layers = units.map((n, i) => {
    const layer = {
      activation: i === units.length - 1 ? 'linear' : activation,
      weights: Array.from({ length: n }, (_, r) =>
        Array.from({ length: fanIn }, (_, c) => ((r + c) % 5) / 10 - 0.2),
      ),
      biases: new Array<number>(n).fill(0.1),
    };
    fanIn = n;
    return layer;
  });
  return { format: 'actlab.mlp/1', inputSize: inputs, layers };
}

const rows = (n: number, width: number) =>
  Array.from({ length: n }, (_, i) => Array.from({ length: width }, (_, j) => ((i + j) % 5) - 2));
const values = (n: number) => Array.from({ length: n }, (_, i) => ((i % 161) - 80) / 10);
/** Twenty tanh terms: 238 work units a value, so 25,000 values cost 5.95e6 of the 6e6 budget. */
const HEAVY_FORMULA = new Array(20).fill('tanh(x)').join(' + ');
/** 4-55-5: 555 parameters, so 10,000 rows cost 5.55e6 and answer 50,000 numbers (both limits). */
const FORWARD_MODEL = model(4, [55, 5]);

/** A request of one kind: method, path, body (serialized before the attack) and expected status. */
export interface Kind {
  readonly name: string;
  readonly path: string;
  readonly body?: string;
  readonly expect: number;
}

/** A body as sent. */
export const json = (value: unknown) => JSON.stringify(value);
/** The non-training requests, each the largest its limits accept (or the worst they refuse). */
export const KINDS: readonly Kind[] = [
  {
    name: 'predict, 10,000 rows near the work limit, 50,000 outputs',
    path: '/v1/predict',
    body: json({ model: FORWARD_MODEL, inputs: rows(10_000, 4) }),
    expect: 200,
  },
  {
    name: 'gradients, 10,000 rows at the work limit',
    path: '/v1/gradients',
    body: json({
      model: FORWARD_MODEL,
      inputs: rows(10_000, 4),
      targets: rows(10_000, 5),
      loss: 'mse',
    }),
    expect: 200,
  },
  {
    name: 'predict answer of 25,000,000 numbers (refused)',
    path: '/v1/predict',
    body: json({ model: model(1, [2_500]), inputs: rows(10_000, 1) }),
    expect: 413,
  },
  {
    name: 'evaluate gelu, 25,000 values (the most)',
    path: '/v1/activations/gelu/evaluate',
    body: json({ x: values(25_000) }),
    expect: 200,
  },
  {
    name: 'formula evaluate, 20 tanh terms, 25,000 values',
    path: '/v1/formulas/evaluate',
    body: json({ formula: HEAVY_FORMULA, x: values(25_000) }),
    expect: 200,
  },
  {
    name: 'curve gelu, 10,000 points',
    path: '/v1/activations/gelu/curve?from=-8&to=8&points=10000',
    expect: 200,
  },
  {
    name: 'formula curve, 20 tanh terms, 10,000 points',
    path: '/v1/formulas/curve',
    body: json({ formula: HEAVY_FORMULA, from: -8, to: 8, points: 10_000 }),
    expect: 200,
  },
  {
    name: 'softmax Jacobian, 223 values (the largest)',
    path: '/v1/activations/softmax/evaluate',
    body: json({ x: values(223) }),
    expect: 200,
  },
  {
    name: 'softmax Jacobian by GET, 1,000 values (refused)',
    path: `/v1/activations/softmax/evaluate?x=${new Array(1_000).fill('1.5').join(',')}`,
    expect: 413,
  },
  {
    name: 'depth, 100 layers of 128 at the default batch (the most)',
    path: '/v1/depth',
    body: json({ activation: 'selu', init: 'lecun', width: 128, depth: 100, seed: 1 }),
    expect: 200,
  },
  {
    name: 'model with a 1,000,000-character activation (refused)',
    path: '/v1/predict',
    body: json({
      model: {
        ...model(1, [1]),
        layers: [{ activation: 'a'.repeat(1_000_000), weights: [[1]], biases: [0] }],
      },
      inputs: [[1]],
    }),
    expect: 400,
  },
];
