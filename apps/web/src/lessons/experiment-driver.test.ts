import { describe, expect, it } from 'vitest';
import type { ExperimentEvent } from './experiment-driver.js';
import { createExperimentDriver } from './experiment-driver.js';

/** Runs one command through a driver to its outcome (or error), collecting every report. */
function runToEnd(command: Parameters<ReturnType<typeof createExperimentDriver>['send']>[0]) {
  return new Promise<ExperimentEvent[]>((resolve) => {
    const events: ExperimentEvent[] = [];
    const driver = createExperimentDriver((event) => {
      events.push(event);
      if (event.type === 'outcome' || event.type === 'error') resolve(events);
    });
    driver.send(command);
  });
}

describe('the lessons’ driver', () => {
  it('races the contenders it is given, a typed formula among them', async () => {
    const events = await runToEnd({
      type: 'run',
      id: 'activation-race',
      seed: 6,
      run: 1,
      activations: ['formula: x * tanh(softplus(x))'],
    });
    const outcome = events.find((e) => e.type === 'outcome');
    if (outcome?.type !== 'outcome') throw new Error(JSON.stringify(events.at(-1)));
    expect(outcome.outcome.series.map((s) => s.label)).toEqual(['x * tanh(softplus(x))']);
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((e) => e.label === 'x * tanh(softplus(x))')).toBe(true);
  }, 60_000);

  it('reports a formula the race refuses as the run’s error', async () => {
    const events = await runToEnd({
      type: 'run',
      id: 'activation-race',
      seed: 6,
      run: 2,
      activations: ['relu', 'formula: x * sigmod(x)'],
    });
    const last = events.at(-1);
    expect(last?.type).toBe('error');
    expect(last?.type === 'error' && last.message).toMatch(/activations\[1\].*sigmod/);
    // Refused before training: no progress was reported.
    expect(events.filter((e) => e.type === 'progress')).toEqual([]);
  }, 60_000);
});
