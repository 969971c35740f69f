/**
 * A fast seeded source of normal and uniform numbers for the signal-through-depth instrument, which
 * draws up to depth x width^2 weights (6.5 million at 100 layers of 256 units) twice per run: the
 * train package's Box-Muller `Rng.normal` costs a logarithm, a square root, a sine and a cosine per
 * pair, so this uses Marsaglia and Tsang's ziggurat (2000) on the same sfc32 generator, where 98%
 * of draws cost one 32-bit integer, a table look-up and a multiplication. The values are exactly
 * standard normal (up to the 2^-24 grid of the integer), not the numbers `Rng.normal` would give.
 */

/** Layers of the ziggurat. */
const LAYERS = 128;
/** Start of the tail: the right edge of the base layer. */
const R = 3.442619855899;
/** Area of every layer. */
const AREA = 9.91256303526217e-3;
/** Scale of the 25-bit signed integers (bits 7 to 31 of a draw; bits 0 to 6 pick the layer). */
const M = 2 ** 24;

const kn = new Float64Array(LAYERS);
const wn = new Float64Array(LAYERS);
const fn = new Float64Array(LAYERS);
{
  let dn = R;
  let tn = dn;
  const q = AREA / Math.exp(-0.5 * dn * dn);
  kn[0] = (dn / q) * M;
  kn[1] = 0;
  wn[0] = q / M;
  wn[LAYERS - 1] = dn / M;
  fn[0] = 1;
  fn[LAYERS - 1] = Math.exp(-0.5 * dn * dn);
  for (let i = LAYERS - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(AREA / dn + Math.exp(-0.5 * dn * dn)));
    kn[i + 1] = (dn / tn) * M;
    tn = dn;
    fn[i] = Math.exp(-0.5 * dn * dn);
    wn[i] = dn / M;
  }
}

/** A seeded sfc32 state: four 32-bit words (in a Uint32Array, so V8 keeps them unboxed). */
export type FastRng = Uint32Array;

/** A stream from two 32-bit words (a seed and a stream number, e.g. a layer), mixed by splitmix32. */
export function fastRng(seed: number, stream: number): FastRng {
  let x = (seed ^ Math.imul(stream + 1, 0x632be5ab)) >>> 0;
  const s = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    let z = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    s[i] = (z ^ (z >>> 16)) >>> 0;
  }
  return s;
}

/** The next 32-bit unsigned integer of `s` (sfc32). */
function nextUint32(s: FastRng): number {
  const a = s[0] as number;
  const b = s[1] as number;
  const c = s[2] as number;
  const d = s[3] as number;
  const t = (((a + b) >>> 0) + d) >>> 0;
  s[3] = d + 1;
  s[0] = b ^ (b >>> 9);
  s[1] = c + (c << 3);
  s[2] = ((c << 21) | (c >>> 11)) + t;
  return t;
}

/** Uniform in [0, 1). */
function nextUniform(s: FastRng): number {
  return nextUint32(s) / 4294967296;
}

/** The ziggurat's slow path: a draw outside its layer's rectangle, or in the base layer's tail. */
function slowNormal(s: FastRng, hz: number, iz: number): number {
  for (;;) {
    const x = hz * (wn[iz] as number);
    if (iz === 0) {
      let tx: number;
      let ty: number;
      do {
        // 1 - uniform is in (0, 1], so the logarithms are finite.
        tx = -Math.log(1 - nextUniform(s)) / R;
        ty = -Math.log(1 - nextUniform(s));
      } while (ty + ty < tx * tx);
      return hz > 0 ? R + tx : -R - tx;
    }
    const f0 = fn[iz] as number;
    if (f0 + nextUniform(s) * ((fn[iz - 1] as number) - f0) < Math.exp(-0.5 * x * x)) return x;
    const u = nextUint32(s);
    iz = u & (LAYERS - 1);
    hz = (u | 0) >> 7;
    if (Math.abs(hz) < (kn[iz] as number)) return hz * (wn[iz] as number);
  }
}

/** A standard normal draw. */
export function nextNormal(s: FastRng): number {
  const u = nextUint32(s);
  const iz = u & (LAYERS - 1);
  const hz = (u | 0) >> 7;
  return Math.abs(hz) < (kn[iz] as number) ? hz * (wn[iz] as number) : slowNormal(s, hz, iz);
}

/**
 * Fills `out` with N(0, std^2) draws: the same numbers as `std * nextNormal(s)` in a loop, with
 * the generator's state in local variables (twice as fast: the loop reads no typed array but the
 * tables). The rare slow draws go through the state, written back and read again around them.
 */
export function fillNormal(s: FastRng, out: Float64Array, std: number): void {
  let a = s[0] as number;
  let b = s[1] as number;
  let c = s[2] as number;
  let d = s[3] as number;
  for (let i = 0; i < out.length; i++) {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = (b ^ (b >>> 9)) >>> 0;
    b = (c + (c << 3)) >>> 0;
    c = ((((c << 21) | (c >>> 11)) >>> 0) + t) >>> 0;
    const iz = t & (LAYERS - 1);
    const hz = (t | 0) >> 7;
    if (Math.abs(hz) < (kn[iz] as number)) {
      out[i] = std * (hz * (wn[iz] as number));
    } else {
      s[0] = a;
      s[1] = b;
      s[2] = c;
      s[3] = d;
      out[i] = std * slowNormal(s, hz, iz);
      a = s[0] as number;
      b = s[1] as number;
      c = s[2] as number;
      d = s[3] as number;
    }
  }
  s[0] = a;
  s[1] = b;
  s[2] = c;
  s[3] = d;
}

/** Fills `out` with draws uniform in [-limit, limit). */
export function fillUniform(s: FastRng, out: Float64Array, limit: number): void {
  const scale = (2 * limit) / 4294967296;
  for (let i = 0; i < out.length; i++) out[i] = nextUint32(s) * scale - limit;
}
