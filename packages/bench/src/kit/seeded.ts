/**
 * Seeded inputs: every run, and every contender within a run, sees the same numbers, so figures
 * compare across runs and outputs compare across contenders.
 */

/**
 * mulberry32, a small 32-bit PRNG: returns a generator of floats in [0, 1) determined by `seed`
 * (taken modulo 2^32).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` numbers uniform in [lo, hi), from a mulberry32 stream with the given seed. */
export function uniformInputs(n: number, lo: number, hi: number, seed: number): Float64Array {
  const next = mulberry32(seed);
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = lo + (hi - lo) * next();
  return xs;
}

/** The same numbers as `uniformInputs`, as a plain array (for JSON bodies). */
export function uniformNumbers(n: number, lo: number, hi: number, seed: number): number[] {
  return Array.from(uniformInputs(n, lo, hi, seed));
}
