import { describe, expect, it } from 'vitest';
import type { DriverHost } from '../training/ticker.js';
import { computeDepth } from './depth-compute.js';
import type { DepthEvent } from './depth-driver.js';
import { createDepthDriver } from './depth-driver.js';
import type { DepthParams } from './depth-params.js';

/** A host whose scheduled work runs only when the test says so. */
function manualHost(): DriverHost & { flush(): void } {
  const queue: (() => void)[] = [];
  return {
    now: () => 0,
    schedule: (fn) => {
      queue.push(fn);
    },
    flush: () => {
      while (queue.length > 0) queue.shift()?.();
    },
  };
}

const base: DepthParams = {
  activations: ['relu'],
  depth: 4,
  width: 8,
  init: 'he',
  gain: 1,
  biasVariance: 0,
};

describe('the depth driver', () => {
  it('computes only the latest of the parameters sent while it was busy', () => {
    const events: DepthEvent[] = [];
    const host = manualHost();
    const driver = createDepthDriver((e) => events.push(e), host);
    driver.send({ type: 'compute', params: { ...base, depth: 3 } });
    driver.send({ type: 'compute', params: { ...base, depth: 5 } });
    driver.send({ type: 'compute', params: { ...base, depth: 6 } });
    host.flush();
    expect(events).toHaveLength(1);
    const event = events[0];
    expect(event?.type).toBe('view');
    if (event?.type !== 'view') return;
    expect(event.view.params.depth).toBe(6);
    expect(event.view.curves[0]?.result?.measured.forward).toHaveLength(6);
  });

  it('shows each curve as soon as it is measured, and drops a view that newer settings replace', () => {
    const events: DepthEvent[] = [];
    const queue: (() => void)[] = [];
    const host: DriverHost = { now: () => 0, schedule: (fn) => void queue.push(fn) };
    const driver = createDepthDriver((e) => events.push(e), host);
    driver.send({ type: 'compute', params: { ...base, activations: ['relu', 'tanh', 'selu'] } });
    queue.shift()?.();
    const first = events[0];
    expect(first?.type === 'view' && first.view.curves.map((c) => c.activation)).toEqual(['relu']);
    expect(first?.type === 'view' && first.view.pending).toBe(2);
    // New settings arrive between two curves: the rest of the old view is never measured.
    driver.send({ type: 'compute', params: { ...base, activations: ['sigmoid'], depth: 7 } });
    while (queue.length > 0) queue.shift()?.();
    expect(events).toHaveLength(2);
    const last = events[1];
    expect(last?.type === 'view' && last.view.curves.map((c) => c.activation)).toEqual(['sigmoid']);
    expect(last?.type === 'view' && last.view.pending).toBeUndefined();
  });

  it('answers the same numbers as a computation without kept draws, also when it reuses them', () => {
    const events: DepthEvent[] = [];
    const host = manualHost();
    const driver = createDepthDriver((e) => events.push(e), host);
    const params: DepthParams = { ...base, activations: ['tanh', 'relu'], depth: 7, width: 20 };
    driver.send({ type: 'compute', params });
    host.flush();
    // A gain move keeps width and seed: the driver's second view reuses the first one's draws.
    const moved: DepthParams = { ...params, init: 'custom', gain: 1.3 };
    driver.send({ type: 'compute', params: moved });
    host.flush();
    const finished = events.flatMap((e) =>
      e.type === 'view' && e.view.pending === undefined ? [e.view] : [],
    );
    expect(finished).toHaveLength(2);
    const measured = (view: { curves: readonly { result?: { measured: unknown } }[] }) =>
      view.curves.map((c) => c.result?.measured);
    expect(measured(finished[0] ?? { curves: [] })).toEqual(measured(computeDepth(params)));
    expect(measured(finished[1] ?? { curves: [] })).toEqual(measured(computeDepth(moved)));
    expect(measured(finished[1] ?? { curves: [] })).not.toEqual(measured(computeDepth(params)));
  });

  it('computes nothing after it is disposed', () => {
    const events: DepthEvent[] = [];
    const host = manualHost();
    const driver = createDepthDriver((e) => events.push(e), host);
    driver.send({ type: 'compute', params: base });
    driver.dispose();
    host.flush();
    expect(events).toEqual([]);
  });
});
