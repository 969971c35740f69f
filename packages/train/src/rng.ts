/**
 * A small seeded pseudo-random generator: the same seed gives the same stream on every machine,
 * which is what makes datasets, initial weights and batch orders reproducible bit for bit.
 */

/** A seeded stream of numbers. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

/**
 * A generator from a 32-bit seed (sfc32 seeded by splitmix32): fast, and identical everywhere. The
 * state lives in a Uint32Array because values of 2^31 and more stored in closure variables are
 * boxed by V8, which would allocate on every draw.
 */
export function createRng(seed: number): Rng {
  const state = new Uint32Array(5);
  state[4] = seed >>> 0;
  const splitmix = (): number => {
    state[4] = (state[4] as number) + 0x9e3779b9;
    let z = state[4] as number;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  for (let i = 0; i < 4; i++) state[i] = splitmix();
  const next = (): number => {
    const a = state[0] as number;
    const b = state[1] as number;
    const c = state[2] as number;
    const d = state[3] as number;
    const t = (((a + b) >>> 0) + d) >>> 0;
    state[3] = d + 1;
    state[0] = b ^ (b >>> 9);
    state[1] = c + (c << 3);
    const rotated = (c << 21) | (c >>> 11);
    state[2] = rotated + t;
    return t / 4294967296;
  };
  // The second Box-Muller value, kept for the next call (spare[1] is 1 when it is there).
  const spare = new Float64Array(2);
  return {
    next,
    normal() {
      if (spare[1] === 1) {
        spare[1] = 0;
        return spare[0] as number;
      }
      // 1 - next() is in (0, 1], so the logarithm is finite.
      const r = Math.sqrt(-2 * Math.log(1 - next()));
      const theta = 2 * Math.PI * next();
      spare[0] = r * Math.sin(theta);
      spare[1] = 1;
      return r * Math.cos(theta);
    },
    int(n: number) {
      return Math.floor(next() * n);
    },
  };
}

/** Shuffles `order` in place (Fisher-Yates) with `rng`. */
export function shuffle(order: Uint32Array | number[], rng: Rng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
}
