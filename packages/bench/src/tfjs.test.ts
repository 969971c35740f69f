import type { ScalarId } from '@actlab/core';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASELINE_GRAD } from './baselines/grad.js';
import { BASELINE_MAP } from './baselines/map.js';
import { TFJS_FUNCTIONS, initTfjs, tfjsDerivative, tfjsRunner, tfjsTensorCount } from './tfjs.js';

// float32-exact points clear of every kink (0, 1, +-3, 6).
const POINTS = Float64Array.from([-7.5, -2.5, -0.75, -0.25, 0.25, 0.75, 2.5, 4.5, 7.5]);
const shipped = Object.entries(TFJS_FUNCTIONS) as [
  ScalarId,
  NonNullable<(typeof TFJS_FUNCTIONS)[ScalarId]>,
][];

function baseline(loop: (xs: Float64Array, out: Float64Array) => void): Float64Array {
  const out = new Float64Array(POINTS.length);
  loop(POINTS, out);
  return out;
}

function expectFloat32Close(got: Float32Array, want: Float64Array): void {
  want.forEach((w, i) => {
    expect(Math.abs((got[i] as number) - w)).toBeLessThan(1e-5 * Math.max(1, Math.abs(w)));
  });
}

beforeAll(async () => {
  await initTfjs();
});

describe('the TF.js contender', () => {
  it('runs on the CPU backend', () => {
    expect(tf.getBackend()).toBe('cpu');
  });

  it.each(shipped)('%s: TF.js computes the same f as the plain loop', (id, fn) => {
    expectFloat32Close(tfjsRunner(fn.op)(POINTS), baseline(BASELINE_MAP[id]));
  });

  it.each(shipped.filter(([, fn]) => fn.differentiable))(
    "%s: TF.js's autodiff gives the same f' as the plain loop",
    (id, fn) => {
      expectFloat32Close(tfjsRunner(tfjsDerivative(fn.op))(POINTS), baseline(BASELINE_GRAD[id]));
    },
  );

  it('leaves no tensor behind', () => {
    const before = tfjsTensorCount();
    for (const [, fn] of shipped) {
      tfjsRunner(fn.op)(POINTS);
      if (fn.differentiable) tfjsRunner(tfjsDerivative(fn.op))(POINTS);
    }
    expect(tfjsTensorCount()).toBe(before);
  });

  it("uses tfjs-layers' own compositions for its activation strings", () => {
    const classes = tf.serialization.SerializationMap.getMap().classNameMap;
    const layers: [string, ScalarId][] = [
      ['gelu', 'gelu'],
      ['gelu_new', 'gelu_tanh'],
      ['mish', 'mish'],
      ['swish', 'silu'],
      ['softsign', 'softsign'],
    ];
    for (const [name, id] of layers) {
      const entry = classes[name];
      expect(entry, name).toBeDefined();
      const Activation = entry?.[0] as unknown as new () => { apply(x: tf.Tensor): tf.Tensor };
      const theirs = tfjsRunner((x) => new Activation().apply(x))(POINTS);
      const ours = tfjsRunner((TFJS_FUNCTIONS[id] as { op: (x: tf.Tensor) => tf.Tensor }).op)(
        POINTS,
      );
      expect([...ours]).toEqual([...theirs]);
    }
  });
});
