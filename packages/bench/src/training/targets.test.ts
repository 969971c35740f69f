import { describe, expect, it } from 'vitest';
import type { LossAgreement } from './agreement.js';
import type { ContenderId, ScenarioResult, TrainingResults } from './results.js';
import { LOOP_LOSS_TOLERANCE, TFJS_LOSS_TOLERANCE } from './results.js';
import { evaluateTrainingTargets, perSecond, speedup } from './targets.js';

const timing = { rounds: 3, sliceMs: 10, warmupMs: 1 };

function agreement(maxDifference: number): LossAgreement {
  return { steps: 10, maxDifference, worstStep: 0, lastMean: [0.5, 0.5], lastSteps: 5 };
}

function scenario(
  id: 'playground' | 'mnist',
  speeds: Partial<Record<ContenderId, number>>,
  tfjsDifference = 1e-7,
): ScenarioResult {
  return {
    id,
    title: id,
    description: '',
    speeds: (Object.entries(speeds) as [ContenderId, number][]).map(([c, v]) => ({
      id: c,
      call: '',
      examplesPerSecond: v,
    })),
    agreements: [
      { id: 'tfjs-cpu', tolerance: TFJS_LOSS_TOLERANCE, agreement: agreement(tfjsDifference) },
      { id: 'loop', tolerance: LOOP_LOSS_TOLERANCE, agreement: agreement(1e-15) },
    ],
    check: { rows: 100, epochs: 2 },
    timing,
  };
}

/** Results whose ratios are exactly the given ones. */
function results(o: {
  playgroundTfjs?: number;
  loopOverActlab?: number;
  mnistCpu?: number;
  mnistWasm?: number;
  heatmapMs?: number;
  tfjsDifference?: number;
  adamCollections?: number;
}): TrainingResults {
  const actlab = 600_000;
  return {
    scenarios: [
      scenario(
        'playground',
        {
          actlab,
          loop: actlab * (o.loopOverActlab ?? 1.2),
          'tfjs-cpu': actlab / (o.playgroundTfjs ?? 50),
        },
        o.tfjsDifference,
      ),
      scenario('mnist', {
        actlab: 4000,
        'tfjs-cpu': 4000 / (o.mnistCpu ?? 3),
        'tfjs-wasm': 4000 / (o.mnistWasm ?? 1),
      }),
    ],
    heatmap: { size: 100, actlabMs: o.heatmapMs ?? 1.5, loopMs: 1, runs: 101, maxDifference: 0 },
    allocation: { steps: 1000, collections: { sgd: 0, momentum: 0, adam: o.adamCollections ?? 0 } },
    wasm: { version: '4.22.0', simd: true, threads: false, threadCount: 1 },
    trainVersion: '0.1.0',
    seconds: 60,
  };
}

const verdicts = (r: TrainingResults): boolean[] => evaluateTrainingTargets(r).map((t) => t.pass);

describe('evaluateTrainingTargets', () => {
  it('passes everything when every ratio clears its bound', () => {
    expect(verdicts(results({}))).toEqual([true, true, true, true, true, true, true, true]);
  });

  it('judges each bound where the issue puts it', () => {
    expect(verdicts(results({ playgroundTfjs: 39 }))[2]).toBe(false);
    expect(verdicts(results({ playgroundTfjs: 40 }))[2]).toBe(true);
    expect(verdicts(results({ loopOverActlab: 1.6 }))[3]).toBe(false);
    expect(verdicts(results({ mnistCpu: 1.9 }))[4]).toBe(false);
    expect(verdicts(results({ mnistWasm: 0.7 }))[5]).toBe(false);
    expect(verdicts(results({ mnistWasm: 0.75 }))[5]).toBe(true);
    expect(verdicts(results({ heatmapMs: 2.1 }))[6]).toBe(false);
    expect(verdicts(results({ adamCollections: 1 }))[7]).toBe(false);
  });

  it('fails the agreement target when a contender’s losses drift apart', () => {
    const [playground, mnist] = evaluateTrainingTargets(results({ tfjsDifference: 3e-4 }));
    expect(playground?.pass).toBe(false);
    expect(playground?.detail).toContain('TF.js CPU 3.0e-4');
    expect(mnist?.pass).toBe(true);
  });
});

describe('speedup and perSecond', () => {
  it('divide actlab’s examples per second by the other’s, NaN when one is missing', () => {
    const s = scenario('mnist', { actlab: 3000, 'tfjs-cpu': 1000 });
    expect(speedup(s, 'tfjs-cpu')).toBe(3);
    expect(speedup(s, 'tfjs-wasm')).toBeNaN();
  });

  it('write rates compactly', () => {
    expect(perSecond(1_234_567)).toBe('1.23M');
    expect(perSecond(54_321)).toBe('54.3k');
    expect(perSecond(4_321)).toBe('4.32k');
    expect(perSecond(812.4)).toBe('812');
  });
});
