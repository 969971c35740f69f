/**
 * The committed mpmath reference table of the scalar activations (reference/scalar.json) and the
 * tolerance rule every test against it uses: 4 ulp, widened only near a non-zero root of the
 * function checked.
 */
import { readFileSync } from 'node:fs';
import { parseInput } from './ulp.js';

/** One sample point: x, f(x), f'(x) as decimal strings, and the condition numbers of f and f'. */
export interface Point {
  readonly x: string;
  readonly f: string;
  readonly df: string;
  readonly kf: number | null;
  readonly kdf: number | null;
}

/** One activation at one parameter setting, with its sample points. */
export interface Case {
  readonly id: string;
  readonly params: Record<string, number>;
  readonly points: readonly Point[];
}

/** The whole table. */
export const table = JSON.parse(
  readFileSync(new URL('../reference/scalar.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

/**
 * Non-zero roots of g in [-10, 10], located from sign changes of the reference values between
 * neighbouring sample points (the grid is spaced about 0.02 apart, fine enough for the tolerance).
 */
export function rootsOf(points: readonly Point[], pick: (p: Point) => string): number[] {
  const samples = points
    .map((p) => ({ x: parseInput(p.x), g: Number(pick(p)) }))
    .filter((s) => Math.abs(s.x) <= 10 && Number.isFinite(s.g) && s.g !== 0)
    .sort((a, b) => a.x - b.x);
  const roots: number[] = [];
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1] as { x: number; g: number };
    const b = samples[i] as { x: number; g: number };
    if (Math.sign(a.g) !== Math.sign(b.g)) {
      const r = a.x - (a.g * (b.x - a.x)) / (b.g - a.g);
      if (Math.abs(r) > 1e-6) roots.push(r);
    }
  }
  return roots;
}

/**
 * The ulp allowance at x: 4, widened only near a non-zero root r of the function checked, where the
 * exact result is tiny and its relative error grows like |r|/|x - r| whatever the method.
 */
export function allowance(x: number, roots: readonly number[]): number {
  let widest = 1;
  for (const r of roots) widest = Math.max(widest, Math.abs(r) / (2 * Math.abs(x - r)));
  return 4 * widest;
}
