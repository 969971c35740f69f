/**
 * GLU, the gated linear unit (Dauphin et al., 2017): the input's first half a gated by the sigmoid
 * of its second half b, y_i = a_i sigmoid(b_i). Inputs of odd length are a SHAPE_MISMATCH.
 */
import { gluInfo } from '../catalog/glu.js';
import { ActlabError } from '../errors.js';
import { sigmoid, sigmoidDerivative } from '../numeric/special.js';
import type { VectorDefinition } from './kernel.js';
import { checkVjpLength } from './vector-shared.js';

/** Half the input length, after checking that the input splits into two halves. */
function half(xs: ArrayLike<number>): number {
  if (xs.length % 2 !== 0) {
    throw new ActlabError(
      'SHAPE_MISMATCH',
      `glu needs an input of even length (first half gated by the second), got ${xs.length}`,
    );
  }
  return xs.length / 2;
}

/** glu(x) = a * sigmoid(b), a and b the two halves of x. */
function gluF(xs: ArrayLike<number>): Float64Array {
  const h = half(xs);
  const y = new Float64Array(h);
  for (let i = 0; i < h; i++) y[i] = (xs[i] as number) * sigmoid(xs[h + i] as number);
  return y;
}

const glu: VectorDefinition = {
  info: gluInfo,
  build: () => ({
    f: gluF,
    // Row i: dy_i/da_i = sigmoid(b_i) at column i, dy_i/db_i = a_i sigmoid'(b_i) at column h + i.
    jacobian: (xs) => {
      const h = half(xs);
      const rows: Float64Array[] = [];
      for (let i = 0; i < h; i++) {
        const row = new Float64Array(2 * h);
        const a = xs[i] as number;
        const b = xs[h + i] as number;
        row[i] = sigmoid(b);
        row[h + i] = a * sigmoidDerivative(b);
        if (a !== a || b !== b) row.fill(NaN);
        rows.push(row);
      }
      return rows;
    },
    vjp: (xs, v) => {
      const h = half(xs);
      checkVjpLength(h, v);
      const g = new Float64Array(2 * h);
      for (let i = 0; i < h; i++) {
        const a = xs[i] as number;
        const b = xs[h + i] as number;
        const vi = v[i] as number;
        g[i] = vi * sigmoid(b);
        g[h + i] = vi * a * sigmoidDerivative(b);
      }
      return g;
    },
  }),
};

/** The GLU definition, by id. */
export const gluDefinitions = { glu } as const;
