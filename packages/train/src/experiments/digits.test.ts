import { describe, expect, it } from 'vitest';
import { runExperiment } from './registry.js';

describe('digits experiment', () => {
  it('recognizes at least 90% of held-out digits in under a minute', async () => {
    const o = await runExperiment('digits');
    expect(o.measurements['test accuracy']).toBeGreaterThanOrEqual(0.9);
    expect(o.measurements['seconds']).toBeLessThan(60);
    expect(o.holds).toBe(true);
  }, 120_000);
});
