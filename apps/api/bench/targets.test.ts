import { describe, expect, it } from 'vitest';
import {
  capacityRun,
  loadResult,
  redisResults,
  results,
  rounds,
  trainingRun,
  trainingScenario,
} from './fixtures.js';
import { summarizeScenario } from './stats.js';
import { evaluateTargets, perSecond, trainingCompleted, trainingOverlap } from './targets.js';

/** The verdicts of `r`, PASS or FAIL in order: check, evaluate, health, training, Redis, capacity. */
const verdicts = (r = results()) => evaluateTargets(r).map((t) => (t.pass ? 'PASS' : 'FAIL'));

describe('evaluateTargets', () => {
  it('passes everything on good figures', () => {
    expect(verdicts()).toEqual(['PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS']);
  });

  it('fails the Redis target on a refused request or when Redis counted fewer than answered', () => {
    const refused = summarizeScenario(
      rounds([1000], [1000]).map((r) => ({ ...r, actlab: { ...r.actlab, non2xx: 3 } })),
    );
    expect(verdicts(results({ redis: redisResults({ evaluate: refused }) }))[4]).toBe('FAIL');
    // Fail-open: Redis down, nothing counted, yet every request answered.
    const uncounted = redisResults({ counted: 5999 });
    expect(verdicts(results({ redis: uncounted }))[4]).toBe('FAIL');
    expect(verdicts(results({ redis: redisResults({ counted: 6000 }) }))[4]).toBe('PASS');
    expect(evaluateTargets(results())[4]?.detail).toBe(
      '0 non-2xx answers or errors; 7,000 requests counted in Redis for 6,000 timed evaluate answers',
    );
  });

  it('fails the capacity target when a run did not complete, or none ran', () => {
    const runs = [trainingRun(0, 2000), trainingRun(2000, 2100, { status: 429, outcome: 'none' })];
    expect(verdicts(results({ capacity: capacityRun({ runs }) }))[5]).toBe('FAIL');
    expect(verdicts(results({ capacity: capacityRun({ runs: [] }) }))[5]).toBe('FAIL');
    expect(evaluateTargets(results())[5]?.detail).toBe(
      '4 of 4 runs answered 200 with a result, 24.0 a minute',
    );
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
