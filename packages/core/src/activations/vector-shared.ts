/**
 * Pieces the vector activations share: length checks and the Jacobians that are built from an
 * output vector alone (softmax's p_i(delta_ij - p_j), sparsemax's diag(s) - s s^T/|S|).
 */
import { ActlabError } from '../errors.js';

/** Throws SHAPE_MISMATCH unless v has one entry per output (`outputs` of them). */
export function checkVjpLength(outputs: number, v: ArrayLike<number>): void {
  if (outputs !== v.length) {
    throw new ActlabError(
      'SHAPE_MISMATCH',
      `v has ${v.length} elements but the output has ${outputs}; they must match`,
    );
  }
}

/**
 * The Jacobian scale * p_i (delta_ij - p_j) (softmax family), or scale * (delta_ij - p_j) when
 * `log` is set (log_softmax), as rows.
 */
export function outerJacobian(p: Float64Array, scale: number, log: boolean): Float64Array[] {
  const n = p.length;
  const rows: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(n);
    const pi = p[i] as number;
    for (let j = 0; j < n; j++) {
      const delta = i === j ? 1 : 0;
      row[j] = log ? scale * (delta - (p[j] as number)) : scale * pi * (delta - (p[j] as number));
    }
    rows.push(row);
  }
  return rows;
}
