/** The per-client work budget: a token bucket whose arithmetic is checked by hand. */
import { describe, expect, it } from 'vitest';
import { createWorkBudget, localWorkBudget } from './work-budget.js';

describe('createWorkBudget', () => {
  // 1,000 units flow back in 10 s: 0.1 a millisecond.
  const options = { budget: 1000, windowMs: 10_000 };

  it('starts every client full and takes each charge out', () => {
    const work = createWorkBudget(options);
    expect(work.charge('a', 400, 0)).toEqual({ ok: true, remaining: 600 });
    expect(work.charge('a', 600, 0)).toEqual({ ok: true, remaining: 0 });
    // Another client is untouched.
    expect(work.charge('b', 1000, 0)).toEqual({ ok: true, remaining: 0 });
  });

  it('refuses a charge over what is left without taking any, with the wait until it fits', () => {
    const work = createWorkBudget(options);
    work.charge('a', 900, 0);
    // 100 left; 300 needs 200 more, which take 2,000 ms to flow back.
    expect(work.charge('a', 300, 0)).toEqual({ ok: false, remaining: 100, retryAfterSeconds: 2 });
    // 2,001 ms later 300.1 are there.
    expect(work.charge('a', 300, 2001)).toEqual({ ok: true, remaining: 0 });
    // A part of a second rounds up, and a wait is never under a second.
    expect(work.charge('a', 1, 2001)).toMatchObject({ ok: false, retryAfterSeconds: 1 });
    expect(work.charge('a', 151, 2001)).toMatchObject({ ok: false, retryAfterSeconds: 2 });
  });

  it('refills to the budget and no further', () => {
    const work = createWorkBudget(options);
    work.charge('a', 1000, 0);
    expect(work.charge('a', 500, 5000)).toEqual({ ok: true, remaining: 0 });
    expect(work.charge('a', 1, 1_000_000)).toEqual({ ok: true, remaining: 999 });
  });

  it('gives a refund back, never beyond the budget', () => {
    const work = createWorkBudget(options);
    work.charge('a', 800, 0);
    work.refund('a', 300, 0);
    expect(work.charge('a', 500, 0)).toEqual({ ok: true, remaining: 0 });
    work.refund('a', 5000, 0);
    expect(work.charge('a', 1, 0)).toEqual({ ok: true, remaining: 999 });
  });

  it('forgets clients whose budget is full again', () => {
    const work = createWorkBudget(options);
    work.charge('a', 1000, 0);
    work.charge('b', 10, 9_000);
    expect(work.tracked).toBe(2);
    // b (990 left at 9,000 ms) is full from 9,100 ms; a from 10,000 ms.
    work.sweep(9_050);
    expect(work.tracked).toBe(2);
    work.sweep(9_999);
    expect(work.tracked).toBe(1);
    work.sweep(10_000);
    expect(work.tracked).toBe(0);
    work.charge('c', 10, 10_000);
    work.sweep(10_050);
    expect(work.tracked).toBe(1);
  });

  it('offers the same buckets to the route through localWorkBudget', async () => {
    const work = createWorkBudget(options);
    const route = localWorkBudget(work);
    expect(await route.charge('a', 700)).toEqual({ ok: true, remaining: 300 });
    await route.refund('a', 200);
    expect(work.tracked).toBe(1);
    expect(await route.charge('a', 600)).toMatchObject({ ok: false, remaining: 500 });
  });
});
