import { describe, expect, it } from 'vitest';
import { createLatestRun } from './latest-run.js';

describe('createLatestRun', () => {
  it('aborts the live run when the next starts or on cancel', () => {
    const runs = createLatestRun();
    const first = runs.next();
    expect(first.aborted).toBe(false);
    const second = runs.next();
    expect(first.aborted).toBe(true);
    expect(second.aborted).toBe(false);
    runs.cancel();
    expect(second.aborted).toBe(true);
  });
});
