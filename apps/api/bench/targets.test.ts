import { describe, expect, it } from 'vitest';
import { loadResult, results, rounds, trainingScenario } from './fixtures.js';
import { summarizeScenario } from './stats.js';
import { evaluateTargets, perSecond, trainingCompleted, trainingOverlap } from './targets.js';

/** The verdicts of `r`, PASS or FAIL in order: check, evaluate, health, training. */
const verdicts = (r = results()) => evaluateTargets(r).map((t) => (t.pass ? 'PASS' : 'FAIL'));

describe('evaluateTargets', () => {
  it('passes everything on good figures', () => {
    expect(verdicts()).toEqual(['PASS', 'PASS', 'PASS', 'PASS']);
  });

  it('fails evaluate below 1.0x the bare route, and passes it at exactly 1.0x', () => {
    const slower = summarizeScenario(rounds([990, 990, 990], [1000, 1000, 1000]));
    expect(verdicts(results({ evaluate: slower }))[1]).toBe('FAIL');
    const equal = summarizeScenario(rounds([1000], [1000]));
    expect(verdicts(results({ evaluate: equal }))[1]).toBe('PASS');
  });

  it('fails /healthz below 0.8x the bare route', () => {
    const slow = summarizeScenario(rounds([7900, 7900, 9000], [10000, 10000, 10000]));
    expect(verdicts(results({ health: slow }))[2]).toBe('FAIL');
  });

  it('fails correctness when the check fails or a timed request got no 2xx', () => {
    const check = { ok: false, maxYError: 1, maxDyError: 1, detail: 'wrong' };
    expect(verdicts(results({ check }))[0]).toBe('FAIL');
    const failing = summarizeScenario(
      rounds([1000], [1000]).map((r) => ({ ...r, actlab: { ...r.actlab, non2xx: 1 } })),
    );
    expect(verdicts(results({ evaluate: failing }))[0]).toBe('FAIL');
  });

  it('fails the training target at 50 ms p99, or when the run did not overlap or complete', () => {
    const t = trainingScenario();
    const slow = { ...t, load: loadResult({ ...t.load, p99: 50 }) };
    expect(verdicts(results({ training: slow }))[3]).toBe('FAIL');
    const early = trainingScenario({ finishedAt: 2900 });
    expect(verdicts(results({ training: early }))[3]).toBe('FAIL');
    const failed = trainingScenario({ outcome: 'error', detail: 'boom' });
    expect(verdicts(results({ training: failed }))[3]).toBe('FAIL');
  });

  it('gives the figures in the detail', () => {
    const [, evaluate] = evaluateTargets(results());
    expect(evaluate?.detail).toBe(
      '1.10x: actlab 1.1k/s (p99 10.00 ms), bare 1.0k/s (p99 10.00 ms)',
    );
  });
});

describe('trainingOverlap', () => {
  it('holds when progress came before, during and the run ended after the load', () => {
    expect(trainingOverlap(trainingScenario())).toEqual({
      ok: true,
      why: '2 progress events during the load, run ended 1.0 s after it',
    });
  });

  it('fails when the first progress came only after the load began', () => {
    expect(trainingOverlap(trainingScenario({ progressAt: [1500, 2500] })).ok).toBe(false);
    expect(trainingOverlap(trainingScenario({ progressAt: [] })).ok).toBe(false);
  });

  it('fails when the run ended before the load did', () => {
    const why = trainingOverlap(trainingScenario({ finishedAt: 2500 })).why;
    expect(why).toBe('the run ended 0.5 s before the load did');
  });

  it('fails when no progress came during the load', () => {
    expect(trainingOverlap(trainingScenario({ progressAt: [500, 3500] })).ok).toBe(false);
  });
});

describe('trainingCompleted', () => {
  it('needs status 200, a result event and every epoch', () => {
    expect(trainingCompleted(trainingScenario())).toBe(true);
    expect(trainingCompleted(trainingScenario({ status: 503 }))).toBe(false);
    expect(trainingCompleted(trainingScenario({ outcome: 'none' }))).toBe(false);
    expect(trainingCompleted(trainingScenario({ lastEpoch: 99 }))).toBe(false);
  });
});

describe('perSecond', () => {
  it('writes thousands with a k', () => {
    expect(perSecond(12_345)).toBe('12.3k/s');
    expect(perSecond(950)).toBe('950/s');
  });
});
