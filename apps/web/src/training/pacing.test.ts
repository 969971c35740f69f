import { describe, expect, it } from 'vitest';
import { createPace } from './pacing.js';

describe('createPace', () => {
  it('makes `speed` epochs due per second since the base', () => {
    const pace = createPace();
    pace.rebase(1000, 4);
    expect(pace.due(1000, 4, 10)).toBe(0);
    expect(pace.due(1350, 4, 10)).toBe(3);
    expect(pace.due(1350, 6, 10)).toBe(1);
    // The next epoch (the 5th since the base) is due at 1000 + 5 * 100 ms.
    expect(pace.wait(1350, 8, 10)).toBe(150);
    expect(pace.wait(1350, 4, 0)).toBe(0);
  });

  it('forgets a backlog of over a second instead of running it in a burst', () => {
    const pace = createPace();
    pace.rebase(0, 0);
    expect(pace.due(5000, 0, 10)).toBe(10);
    // Rebased at 5000 with epoch 0: nothing more is due until 100 ms later.
    expect(pace.due(5000, 0, 10)).toBe(0);
    expect(pace.wait(5000, 0, 10)).toBe(100);
  });
});
