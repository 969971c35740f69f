/**
 * Backpropagation against two independent references: central finite differences of the loss, and
 * a second implementation, a scalar reverse-mode autodiff written here from the formulas (with no
 * use of the trainer's code), compared to 1e-12.
 */
import { activation } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { checkGradients, gradients } from './gradients.js';
import type { ModelJson } from './model-json.js';
import { createRng } from './rng.js';

/** A scalar with a gradient, in the manner of micrograd: each operation records its local derivatives. */
class Value {
  grad = 0;
  constructor(
    readonly data: number,
    private readonly parents: readonly (readonly [Value, number])[] = [],
  ) {}
  add(o: Value): Value {
    return new Value(this.data + o.data, [
      [this, 1],
      [o, 1],
    ]);
  }
  mul(o: Value): Value {
    return new Value(this.data * o.data, [
      [this, o.data],
      [o, this.data],
    ]);
  }
  /** f(this) with local derivative df, from the exact formulas written out below. */
  map(f: (x: number) => number, df: (x: number) => number): Value {
    return new Value(f(this.data), [[this, df(this.data)]]);
  }
  backward(): void {
    const order: Value[] = [];
    const seen = new Set<Value>();
    const visit = (v: Value): void => {
      if (seen.has(v)) return;
      seen.add(v);
      v.parents.forEach(([p]) => visit(p));
      order.push(v);
    };
    visit(this);
    this.grad = 1;
    for (const v of order.reverse()) for (const [p, local] of v.parents) p.grad += local * v.grad;
  }
}

const c = (x: number): Value => new Value(x);
/** Textbook scalar formulas, independent of @actlab/core. */
const FORMULAS: Record<string, [(x: number) => number, (x: number) => number]> = {
  tanh: [Math.tanh, (x) => 1 - Math.tanh(x) ** 2],
  sigmoid: [(x) => 1 / (1 + Math.exp(-x)), (x) => Math.exp(-x) / (1 + Math.exp(-x)) ** 2],
  relu: [(x) => Math.max(x, 0), (x) => (x > 0 ? 1 : 0)],
  linear: [(x) => x, () => 1],
  softplus: [(x) => Math.log(1 + Math.exp(x)), (x) => 1 / (1 + Math.exp(-x))],
};

function randomModel(seed: number, sizes: number[], activations: string[]): ModelJson {
  const rng = createRng(seed);
  return {
    format: 'actlab.mlp/1',
    inputSize: sizes[0] as number,
    layers: activations.map((id, l) => ({
      activation: id,
      params: activation(id).params,
      weights: Array.from({ length: sizes[l + 1] as number }, () =>
        Array.from({ length: sizes[l] as number }, () => rng.normal()),
      ),
      biases: Array.from({ length: sizes[l + 1] as number }, () => 0.5 * rng.normal()),
    })),
  };
}

/** The same model's loss and gradients by scalar autodiff. */
function reference(
  model: ModelJson,
  inputs: number[][],
  targets: (number | number[])[],
  loss: string,
) {
  const params = model.layers.map((layer) => ({
    w: layer.weights.map((row) => row.map(c)),
    b: layer.biases.map(c),
  }));
  let total = c(0);
  inputs.forEach((row, i) => {
    let a = row.map(c);
    let z: Value[] = [];
    model.layers.forEach((layer, l) => {
      const p = params[l] as { w: Value[][]; b: Value[] };
      z = p.w.map((wr, r) => wr.reduce((s, w, k) => s.add(w.mul(a[k] as Value)), p.b[r] as Value));
      a =
        layer.activation === 'softmax'
          ? z
          : z.map((v) => v.map(...(FORMULAS[layer.activation] as [never, never])));
    });
    const target = targets[i] as number | number[];
    let li: Value;
    if (loss === 'cross_entropy') {
      // -log softmax(z)_t = log sum exp z - z_t
      const m = Math.max(...z.map((v) => v.data));
      const sum = z.reduce(
        (s, v) =>
          s.add(
            v.map(
              (x) => Math.exp(x - m),
              (x) => Math.exp(x - m),
            ),
          ),
        c(0),
      );
      li = sum
        .map(
          (s) => Math.log(s) + m,
          (s) => 1 / s,
        )
        .add((z[target as number] as Value).mul(c(-1)));
    } else if (loss === 'binary_cross_entropy') {
      // from the sigmoid's logit: softplus(z) - t z
      const t = Array.isArray(target) ? (target[0] as number) : target;
      li = (z[0] as Value).map(
        (x) => Math.log1p(Math.exp(x)) - t * x,
        (x) => 1 / (1 + Math.exp(-x)) - t,
      );
    } else {
      const ts = Array.isArray(target) ? target : [target];
      li = a
        .reduce(
          (s, v, j) =>
            s.add(
              v.add(c(-(ts[j] as number))).map(
                (d) => d * d,
                (d) => 2 * d,
              ),
            ),
          c(0),
        )
        .mul(c(1 / a.length));
    }
    total = total.add(li);
  });
  const mean = total.mul(c(1 / inputs.length));
  mean.backward();
  return {
    loss: mean.data,
    layers: params.map((p) => ({
      weights: p.w.map((r) => r.map((v) => v.grad)),
      biases: p.b.map((v) => v.grad),
    })),
  };
}

function maxDifference(a: ReturnType<typeof gradients>, b: ReturnType<typeof reference>): number {
  let worst = Math.abs(a.loss - b.loss);
  a.layers.forEach((layer, l) => {
    layer.weights.forEach((row, r) =>
      row.forEach(
        (g, k) => (worst = Math.max(worst, Math.abs(g - (b.layers[l]?.weights[r]?.[k] as number)))),
      ),
    );
    layer.biases.forEach(
      (g, r) => (worst = Math.max(worst, Math.abs(g - (b.layers[l]?.biases[r] as number)))),
    );
  });
  return worst;
}

const rng = createRng(7);
const inputs = Array.from({ length: 6 }, () => [rng.normal(), rng.normal(), rng.normal()]);

describe('gradients against a second implementation (scalar autodiff)', () => {
  it.each([
    ['mse', ['tanh', 'linear'], [3, 4, 2]],
    ['mse', ['sigmoid', 'relu', 'tanh'], [3, 5, 4, 2]],
    ['mse', ['softplus', 'sigmoid'], [3, 4, 1]],
    ['binary_cross_entropy', ['tanh', 'sigmoid'], [3, 4, 1]],
    ['cross_entropy', ['relu', 'softmax'], [3, 5, 3]],
    ['cross_entropy', ['tanh', 'tanh', 'softmax'], [3, 4, 4, 3]],
  ] as const)('%s through %j', (loss, acts, sizes) => {
    const model = randomModel(11, [...sizes], [...acts]);
    const units = sizes[sizes.length - 1] as number;
    const targets = inputs.map((_, i) =>
      loss === 'cross_entropy'
        ? i % units
        : Array.from({ length: units }, (_, j) => (loss === 'mse' ? Math.sin(i + j) : (i + j) % 2)),
    );
    const ours = gradients(model, inputs, targets, loss);
    const theirs = reference(model, inputs, targets, loss);
    expect(maxDifference(ours, theirs)).toBeLessThan(1e-12);
  });
});

describe('gradients against central finite differences', () => {
  it.each([
    ['mse', ['gelu', 'mish', 'linear']],
    ['mse', ['elu', 'silu', 'sigmoid']],
    ['binary_cross_entropy', ['softsign', 'sigmoid']],
    ['cross_entropy', ['selu', 'softmax']],
    ['cross_entropy', ['gaussian', 'linear']],
    ['mse', ['tanh', 'sparsemax']],
    ['mse', ['glu', 'tanh']],
  ] as const)('%s through %j', (loss, acts) => {
    const sizes = acts[0] === 'glu' ? [3, 4, 2] : [3, ...acts.slice(1).map(() => 4), 3];
    const model = randomModel(5, sizes, [...acts]);
    if (acts[0] === 'glu') {
      // glu's layer has twice as many rows (pre-activations) as units.
      const layer = model.layers[0] as unknown as { weights: number[][]; biases: number[] };
      layer.weights.push(...layer.weights.map((r) => r.map((v) => -0.5 * v)));
      layer.biases.push(...layer.biases.map((v) => 0.3 * v));
    }
    const units = sizes[sizes.length - 1] as number;
    const targets = inputs.map((_, i) =>
      loss === 'cross_entropy'
        ? i % units
        : Array.from(
            { length: loss === 'binary_cross_entropy' ? 1 : units },
            (_, j) => (i + j) % 2,
          ),
    );
    const model2 = loss === 'binary_cross_entropy' ? randomModel(5, [3, 4, 1], [...acts]) : model;
    const check = checkGradients(model2, inputs, targets, loss);
    expect(check.parameters).toBeGreaterThan(10);
    expect(check.maxRelativeError).toBeLessThan(1e-6);
  });

  it('names the field at fault for bad batches', () => {
    const model = randomModel(1, [3, 2, 2], ['tanh', 'softmax']);
    expect(() => gradients(model, [[1, 2]], [0], 'cross_entropy')).toThrow(
      /inputs\[0\] must have 3 numbers/,
    );
    expect(() => gradients(model, [[1, 2, 3]], [2], 'cross_entropy')).toThrow(
      /class index from 0 to 1/,
    );
    expect(() => gradients(model, [[1, 2, 3]], [[1, 0]], 'hinge')).toThrow(/unknown loss "hinge"/);
    expect(() => gradients(model, [[1, 2, NaN]], [0], 'cross_entropy')).toThrow(/finite/);
  });

  it('refuses a binary cross-entropy target outside [0, 1], which would give a negative loss', () => {
    const model = randomModel(2, [2, 1], ['sigmoid']);
    expect(() => gradients(model, [[1, 2]], [7], 'binary_cross_entropy')).toThrow(
      /targets\[0\] must be between 0 and 1/,
    );
    expect(() => gradients(model, [[1, 2]], [-0.5], 'binary_cross_entropy')).toThrow(
      /between 0 and 1/,
    );
    expect(gradients(model, [[1, 2]], [0.25], 'binary_cross_entropy').loss).toBeGreaterThan(0);
  });
});
