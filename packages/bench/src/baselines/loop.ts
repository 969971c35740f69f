/** The shape of a baseline: a plain loop over a Float64Array. */

/** Writes g(xs[i]) into out[i] for every i, where g is the loop's formula; out is at least as long as xs. */
export type BulkLoop = (xs: Float64Array, out: Float64Array) => void;
