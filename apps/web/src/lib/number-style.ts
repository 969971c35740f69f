/**
 * The two ways the web writes a number's signs, as styles for `@actlab/format`'s `formatNumber`.
 * Readouts (tables, charts, the training bar) keep the ASCII minus a person can copy and type back
 * into a field, and write only −∞ with the true minus; prose (descriptions, the written-out sums)
 * uses the true minus everywhere, the exponent's included, as typeset text does.
 */
import type { NumberStyle } from '@actlab/format';

/** Readouts: ASCII `-` for finite numbers, `−∞` for minus infinity. */
export const READOUT_STYLE: NumberStyle = { infinityMinus: '−' };

/** Prose: the true minus `−` for every sign, e.g. `−0.169971` and `−1.2e−7`. */
export const PROSE_STYLE: NumberStyle = { minus: '−' };
