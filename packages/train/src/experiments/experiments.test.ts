/**
 * Each lesson of the course, asserted on its seeded experiment (not an exact loss curve: the
 * property the lesson claims).
 */
import { describe, expect, it } from 'vitest';
import { TrainError } from '../errors.js';
import type { ActivationRaceOptions } from './activation-race.js';
import { MAX_RACE_CONTENDERS, runActivationRace } from './activation-race.js';
import { EXPERIMENT_CATALOG, experiment, runExperiment } from './registry.js';

describe('experiments', () => {
  it('lists every lesson with an explanation and its defaults', () => {
    expect(EXPERIMENT_CATALOG.map((e) => e.id)).toEqual([
      'linear-collapse',
      'step-no-gradient',
      'decision-boundary',
      'vanishing-gradient',
      'signal-depth',
      'softmax-multiclass',
      'digits',
      'activation-race',
    ]);
    for (const info of EXPERIMENT_CATALOG) {
      expect(info.explanation.length).toBeGreaterThan(100);
      expect(JSON.parse(JSON.stringify(info.defaults))).toEqual(info.defaults);
    }
    expect(() => experiment('nope')).toThrow(TrainError);
  });

  it('linear-collapse: a deep linear network fits no better than the least-squares line; relu fits', async () => {
    const o = await runExperiment('linear-collapse');
    const m = o.measurements;
    expect(m['deep linear R2']).toBeLessThanOrEqual((m['least-squares line R2'] as number) + 1e-9);
    expect(m['deep relu R2']).toBeGreaterThanOrEqual(0.95);
    expect(o.holds).toBe(true);
  });

  it('step-no-gradient: step units get exactly zero gradient; sigmoid learns; the perceptron separates', async () => {
    const o = await runExperiment('step-no-gradient');
    const m = o.measurements;
    expect(m['step network loss after']).toBe(m['step network loss before']);
    expect(m['step hidden layer gradient norm']).toBe(0);
    expect(m['sigmoid loss after']).toBeLessThanOrEqual(0.5 * (m['sigmoid loss before'] as number));
    expect(m['perceptron accuracy']).toBe(1);
    expect(o.holds).toBe(true);
  });

  it('decision-boundary: no straight line separates circle or XOR; one tanh layer does', async () => {
    const m = (await runExperiment('decision-boundary')).measurements;
    expect(m['xor linear accuracy']).toBeLessThanOrEqual(0.75);
    expect(m['circle linear accuracy']).toBeLessThanOrEqual(0.75);
    expect(m['xor tanh accuracy']).toBeGreaterThanOrEqual(0.95);
    expect(m['circle tanh accuracy']).toBeGreaterThanOrEqual(0.95);
    expect(m['iris linear accuracy']).toBeGreaterThan(0.6);
    expect(m['iris tanh accuracy']).toBeGreaterThan(0.6);
  });

  it('vanishing-gradient: sigmoid starves the first layer; relu with He init does not', async () => {
    const o = await runExperiment('vanishing-gradient');
    const m = o.measurements;
    expect(m['sigmoid first/last gradient ratio']).toBeLessThanOrEqual(1e-3);
    expect(m['relu first/last gradient ratio']).toBeGreaterThanOrEqual(0.1);
    expect(m['relu first/last gradient ratio']).toBeLessThanOrEqual(10);
    expect(m['relu epochs to loss 0.3']).toBeLessThan(m['sigmoid epochs to loss 0.3'] as number);
    expect(o.holds).toBe(true);
  });

  it('signal-depth: ordered, chaotic and preserved regimes, measured and predicted alike', async () => {
    const o = await runExperiment('signal-depth');
    const m = (regime: string, what: string) => o.measurements[`${regime}: ${what}`] as number;
    const narrow = 'tanh, Playground uniform, width 8';
    const wide = 'tanh, Playground uniform, width 256';
    const selu = 'selu, LeCun, width 256';
    const gained = 'tanh, variance-preserving gain, width 256';
    for (const which of ['measured', 'predicted']) {
      // Ordered: the first layer gets a vanishing share of the last layer's gradient variance.
      expect(m(narrow, `${which} first/last gradient variance`)).toBeLessThan(1e-6);
      // Chaotic: the same weights, 32 times as many per unit, and the gradients explode.
      expect(m(wide, `${which} first/last gradient variance`)).toBeGreaterThan(1e12);
      // Forward variance held at 1, yet the gradients grow by two to four decades.
      expect(m(gained, `${which} first/last gradient variance`)).toBeGreaterThan(100);
      expect(m(gained, `${which} first/last gradient variance`)).toBeLessThan(1e5);
    }
    expect(Math.abs(m(selu, 'predicted last-layer variance of z') - 1)).toBeLessThan(0.01);
    expect(Math.abs(m(selu, 'measured last-layer variance of z') - 1)).toBeLessThan(0.25);
    expect(Math.abs(m(gained, 'predicted last-layer variance of z') - 1)).toBeLessThan(0.02);
    expect(m(narrow, 'sigma_w^2')).toBeCloseTo(8 / 12, 12);
    expect(m(wide, 'chi at the fixed point')).toBeGreaterThan(1);
    expect(o.series).toHaveLength(16);
    expect(o.holds).toBe(true);
  });

  it('softmax-multiclass: distributions sum to 1 and accuracy reaches 0.9 on spiral3 and iris', async () => {
    const o = await runExperiment('softmax-multiclass');
    expect(o.measurements['spiral3 test accuracy']).toBeGreaterThanOrEqual(0.9);
    expect(o.measurements['iris test accuracy']).toBeGreaterThanOrEqual(0.9);
    expect(o.measurements['largest |sum of probabilities - 1|']).toBeLessThan(1e-12);
  });

  it('activation-race: every activation starts from the same weights and batches and is measured', async () => {
    const o = await runExperiment('activation-race');
    expect(o.series).toHaveLength(8);
    const relu = o.measurements['relu final loss'] as number;
    const sigmoid = o.measurements['sigmoid final loss'] as number;
    expect(relu).toBeLessThan(sigmoid);
    expect(o.holds).toBe(true);
  });

  it('linear-collapse draws its fits: the deep linear network is a line, the ReLU one the parabola', async () => {
    const o = await runExperiment('linear-collapse');
    const fits = new Map((o.fits ?? []).map((f) => [f.label, f]));
    const data = fits.get('data (y = x² with noise)');
    const linear = fits.get('deep linear network');
    const relu = fits.get('deep ReLU network');
    expect(data?.kind).toBe('points');
    expect(data?.xs).toHaveLength(200);
    if (!linear || !relu) throw new Error('missing fits');
    // A line: equal steps in x give equal steps in y (second differences vanish).
    for (let i = 2; i < linear.ys.length; i++) {
      const d2 =
        (linear.ys[i] as number) - 2 * (linear.ys[i - 1] as number) + (linear.ys[i - 2] as number);
      expect(Math.abs(d2)).toBeLessThan(1e-9);
    }
    // The ReLU network follows y = x^2 (computed here, not read from the data) within 0.1.
    relu.xs.forEach((x, i) => expect(Math.abs((relu.ys[i] as number) - x * x)).toBeLessThan(0.1));
  });

  it('draws every training curve from epoch 0, before the first step', async () => {
    for (const id of [
      'linear-collapse',
      'step-no-gradient',
      'vanishing-gradient',
      'softmax-multiclass',
    ]) {
      const o = await runExperiment(id);
      const losses = o.series.filter((s) => / loss$/.test(s.label));
      expect(losses.length, id).toBeGreaterThan(0);
      for (const s of losses) {
        expect(s.epochs[0], `${id} ${s.label}`).toBe(0);
        expect(s.epochs).toHaveLength(s.values.length);
      }
    }
  });

  it('is reproducible: the same seed gives the same measurements', async () => {
    const a = await runExperiment('linear-collapse', { seed: 9 });
    const b = await runExperiment('linear-collapse', { seed: 9 });
    expect(a.measurements).toEqual(b.measurements);
  });
});

describe('activation-race with chosen contenders', () => {
  /** The TrainError a race refuses `activations` with (and how many progress reports came first). */
  async function refusal(activations: ActivationRaceOptions['activations']) {
    let reports = 0;
    const error = await runActivationRace({ activations, onProgress: () => reports++ }).catch(
      (e: unknown) => e,
    );
    return { error, reports };
  }

  it('races typed formulas beside catalog ids: mish and silu typed out train exactly as the catalog ones', async () => {
    const options: ActivationRaceOptions = {
      activations: [
        'mish',
        'formula: x*tanh(softplus(x))',
        'silu',
        { id: 'formula: x * sigmoid(beta * x); beta = 1.702 in (0, 10]', params: { beta: 1 } },
        { id: 'leaky_relu', params: { alpha: 0.2 } },
      ],
    };
    // Through the registry, as the API and the web run it.
    const o = await runExperiment('activation-race', options);
    expect(o.series.map((s) => s.label)).toEqual([
      'mish',
      'x * tanh(softplus(x))',
      'silu',
      'x * sigmoid(beta * x) (beta = 1)',
      'leaky_relu (alpha = 0.2)',
    ]);
    const m = o.measurements;
    // x·tanh(softplus(x)) is mish and x·sigmoid(x) is silu: the same network from the same weights
    // and batches must follow the catalog's curve, to rounding.
    const mish = m['mish final loss'] as number;
    const silu = m['silu final loss'] as number;
    expect(Math.abs((m['x * tanh(softplus(x)) final loss'] as number) - mish)).toBeLessThan(
      1e-6 * mish,
    );
    expect(
      Math.abs((m['x * sigmoid(beta * x) (beta = 1) final loss'] as number) - silu),
    ).toBeLessThan(1e-6 * silu);
    // The race learned: every curve is finite and the formula's loss fell below the untrained one.
    const typed = o.series[1] as (typeof o.series)[number];
    expect(typed.values.every(Number.isFinite)).toBe(true);
    expect(typed.values[typed.values.length - 1]).toBeLessThan((typed.values[0] as number) / 2);
    expect(o.summary).toContain('x * tanh(softplus(x))');
    expect(o.holds).toBe(true);
  });

  it('names a repeated contender apart', async () => {
    const o = await runActivationRace({ activations: ['relu', 'relu'], seed: 1 });
    expect(o.series.map((s) => s.label)).toEqual(['relu', 'relu #2']);
    expect(o.measurements['relu #2 final loss']).toBe(o.measurements['relu final loss']);
  });

  it('refuses a formula that does not parse before training anything, naming the contender', async () => {
    const { error, reports } = await refusal(['relu', 'formula: x * sigmod(x)']);
    expect(error).toBeInstanceOf(TrainError);
    expect(error).toMatchObject({ code: 'INVALID_CONFIG', path: 'activations[1]' });
    expect((error as Error).message).toMatch(/^activations\[1\]: .*sigmoid/);
    expect(reports).toBe(0);
  });

  it('refuses a parameter out of the declared range, a whole-vector activation, none and too many', async () => {
    const outOfRange = await refusal([
      { id: 'formula: x * sigmoid(beta * x); beta = 1 in (0, 10]', params: { beta: 0 } },
    ]);
    expect(outOfRange.error).toMatchObject({ code: 'INVALID_CONFIG', path: 'activations[0]' });
    expect((outOfRange.error as Error).message).toContain('beta');
    const vector = await refusal(['relu', 'softmax']);
    expect(vector.error).toMatchObject({ code: 'INVALID_CONFIG', path: 'activations[1]' });
    expect((await refusal([])).error).toMatchObject({
      code: 'INVALID_CONFIG',
      path: 'activations',
    });
    const many = Array.from({ length: MAX_RACE_CONTENDERS + 1 }, () => 'relu');
    expect((await refusal(many)).error).toMatchObject({ code: 'INVALID_CONFIG' });
    expect([outOfRange, vector].every((r) => r.reports === 0)).toBe(true);
  });
});
