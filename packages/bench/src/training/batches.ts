/**
 * The data plumbing that makes the contenders comparable: one seeded batch order for all of them,
 * rows gathered into batch buffers, and actlab's row-major weights laid out as TF.js wants them.
 */
import { mulberry32 } from '../kit/index.js';

/**
 * `epochs` seeded Fisher-Yates permutations of 0..size-1, one per epoch, each shuffled from the
 * previous one as a trainer reshuffles its order. Computed once and given to every contender.
 */
export function epochOrders(size: number, epochs: number, seed: number): Uint32Array[] {
  const next = mulberry32(seed);
  const order = Uint32Array.from({ length: size }, (_, i) => i);
  const orders: Uint32Array[] = [];
  for (let e = 0; e < epochs; e++) {
    for (let i = size - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    orders.push(order.slice());
  }
  return orders;
}

/** The consecutive batches of `order`, `batchSize` rows each (the last one may be shorter). */
export function batchesOf(order: Uint32Array, batchSize: number): Uint32Array[] {
  const batches: Uint32Array[] = [];
  for (let start = 0; start < order.length; start += batchSize) {
    batches.push(order.subarray(start, Math.min(start + batchSize, order.length)));
  }
  return batches;
}

/** Copies rows `rows` of a row-major `source` (`width` values a row) into `into`, in that order. */
export function gatherRows<T extends Float64Array | Float32Array>(
  source: Float64Array,
  width: number,
  rows: ArrayLike<number>,
  into: T,
): T {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    for (let c = 0; c < width; c++) into[i * width + c] = source[row * width + c] as number;
  }
  return into;
}

/** One-hot float32 rows of `classes` values for the class indices of `rows` in `targets`. */
export function oneHot(
  targets: Float64Array,
  rows: ArrayLike<number>,
  classes: number,
): Float32Array {
  const out = new Float32Array(rows.length * classes);
  for (let i = 0; i < rows.length; i++) {
    const k = targets[rows[i] as number] as number;
    if (!Number.isInteger(k) || k < 0 || k >= classes) {
      throw new Error(`class index ${k} is not in [0, ${classes})`);
    }
    out[i * classes + k] = 1;
  }
  return out;
}

/**
 * A `rows` x `cols` row-major matrix transposed to `cols` x `rows`, in float32: actlab stores a
 * dense layer's W as units x inputs (z = W x + b), TF.js as a [inputs, units] kernel (z = x W + b).
 */
export function transposed(weights: ArrayLike<number>, rows: number, cols: number): Float32Array {
  if (weights.length !== rows * cols) {
    throw new Error(`a ${rows} x ${cols} matrix has ${rows * cols} values, got ${weights.length}`);
  }
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out[c * rows + r] = weights[r * cols + c] as number;
  }
  return out;
}
