/**
 * The random numbers of a seeded depth network, drawn once and reused. Drawing is most of the
 * measured pass's cost (about 13 million normal draws for 100 layers of 256 units, forwards and
 * again backwards), and an instrument recomputes the same network many times: every overlaid
 * activation, and every move of the gain or bias slider, uses the same seed and width. So layers
 * are drawn *standard* (weights uniform in [-1, 1) or N(0, 1), bias noise N(0, 1)) and the
 * measured pass scales them, which lets one store serve every gain, bias and activation.
 *
 * A store keeps as many layers as fit in its byte budget; layers beyond it are drawn again on each
 * use into one scratch layer, so a store never holds more than its budget plus one layer. When the
 * seed, width or law changes, the old layers' memory is reused for the new ones: first writes to
 * fresh memory (page faults) cost about as much as drawing, so a store that is kept across a
 * dragged width slider allocates only when the network grows.
 */
import type { FastRng } from './normal.js';
import { fastRng, fillNormal, fillUniform } from './normal.js';

/** Streams of the seed: layer l's weights then its bias noise come from stream 2 + l. */
const LAYER_STREAM = 2;
/** Default budget of a store: 100 layers of 256 units fit (52.6 MB). */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** Which standard law a layer's weights are drawn from. */
type WeightDraw = 'uniform' | 'normal';

/** One layer's standard draws. */
interface LayerDraws {
  /** width x width weights, row-major: uniform in [-1, 1) or N(0, 1). */
  readonly weights: Float64Array;
  /** width N(0, 1) numbers, drawn after the weights, that noisy biases scale. */
  readonly biasNoise: Float64Array;
}

/**
 * Standard draws of a seeded random network, kept between calls of `signalPropagation`: calls with
 * the same seed, width and weight law (uniform or normal) reuse them; any other call replaces them.
 */
export interface DepthDraws {
  /** Bytes of draws held now. */
  readonly bytes: number;
  /**
   * Layer `layer`'s draws for this seed, width and law, from the store when it holds them. The
   * answer may be the store's scratch layer, valid until the next call.
   */
  layer(seed: number, width: number, law: WeightDraw, layer: number): LayerDraws;
}

/** Draws layer `l` of the network into `into` (width^2 weights, then width noise numbers). */
function drawLayer(seed: number, law: WeightDraw, l: number, width: number, into: Float64Array) {
  const rng: FastRng = fastRng(seed, LAYER_STREAM + l);
  const weights = into.subarray(0, width * width);
  if (law === 'uniform') fillUniform(rng, weights, 1);
  else fillNormal(rng, weights, 1);
  fillNormal(rng, into.subarray(width * width), 1);
}

function split(buffer: Float64Array, width: number): LayerDraws {
  return { weights: buffer.subarray(0, width * width), biasNoise: buffer.subarray(width * width) };
}

/** A store of at most `maxBytes` bytes of draws (default 64 MiB; 0 keeps nothing). */
export function createDepthDraws(maxBytes: number = DEFAULT_MAX_BYTES): DepthDraws {
  let key = '';
  let layers: (LayerDraws | undefined)[] = [];
  // Every buffer the store owns (kept layers and the scratch), reused after a change of key.
  let owned: Float64Array[] = [];
  let free: Float64Array[] = [];
  let scratch: Float64Array | undefined;
  let bytes = 0;
  /** A buffer of at least `size` numbers: a free one when one is large enough, else a new one. */
  const buffer = (size: number): Float64Array => {
    const at = free.findIndex((b) => b.length >= size);
    if (at >= 0) return (free.splice(at, 1)[0] as Float64Array).subarray(0, size);
    const made = new Float64Array(size);
    owned.push(made);
    return made;
  };
  return {
    get bytes() {
      return bytes;
    },
    layer(seed, width, law, l) {
      const wanted = `${seed}|${width}|${law}`;
      if (wanted !== key) {
        key = wanted;
        layers = [];
        scratch = undefined;
        bytes = 0;
        // Fresh buffers would cost page faults; drop only what the budget no longer allows.
        let room = maxBytes + (width * width + width) * 8;
        owned = owned.filter((b) => (room -= b.length * 8) >= 0);
        free = [...owned];
      }
      const kept = layers[l];
      if (kept) return kept;
      const size = width * width + width;
      if (bytes + size * 8 <= maxBytes) {
        const into = buffer(size);
        drawLayer(seed, law, l, width, into);
        const draws = split(into, width);
        layers[l] = draws;
        bytes += size * 8;
        return draws;
      }
      scratch ??= buffer(size);
      drawLayer(seed, law, l, width, scratch);
      return split(scratch, width);
    },
  };
}
