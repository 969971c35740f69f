import { describe, expect, it } from 'vitest';
import { crossEntropy, softmaxOf, sparsemaxOf } from './distributions.js';

// Independent references for the course's logits 2.33, -1.46, 0.56: mpmath at 30 digits, kept as
// text because a float literal that long would be rounded silently (and lint rightly objects).
const COURSE = [2.33, -1.46, 0.56];
const P = ['0.838273143770392813', '0.0189412861991240326', '0.142785570030483154'].map(Number);
const P_T2 = ['0.639781958899464532', '0.0961709588544920321', '0.264047082246043436'].map(Number);
const NLL = ['0.176411284389269751', '3.96641128438926975', '1.94641128438926975'].map(Number);

describe('softmax of the course example', () => {
  it('gives 83.83%, 1.89%, 14.28% to full precision', () => {
    const p = softmaxOf(COURSE, 1);
    P.forEach((ref, i) => expect(p[i]).toBeCloseTo(ref, 15));
  });

  it('flattens at temperature 2', () => {
    const p = softmaxOf(COURSE, 2);
    P_T2.forEach((ref, i) => expect(p[i]).toBeCloseTo(ref, 15));
  });

  it('is unchanged when every logit moves up by 1000', () => {
    const p = softmaxOf(
      COURSE.map((z) => z + 1000),
      1,
    );
    P.forEach((ref, i) => expect(p[i]).toBeCloseTo(ref, 12));
  });
});

describe('sparsemax', () => {
  it('gives the course example exact zeros: only the top score is above tau = 1.33', () => {
    const { p, tau } = sparsemaxOf(COURSE, 1);
    expect(Array.from(p)).toEqual([1, 0, 0]);
    expect(tau).toBeCloseTo(1.33, 12);
  });

  it('shares the mass between close scores (0.5, 0.4 -> 0.55, 0.45, tau = -0.05)', () => {
    const { p, tau } = sparsemaxOf([0.5, 0.4], 1);
    expect(p[0]).toBeCloseTo(0.55, 15);
    expect(p[1]).toBeCloseTo(0.45, 15);
    expect(tau).toBeCloseTo(-0.05, 15);
  });

  it('divides the scores by the temperature first', () => {
    // (1, 0.8) / 2 = (0.5, 0.4)
    expect(sparsemaxOf([1, 0.8], 2).p[0]).toBeCloseTo(0.55, 15);
  });
});

describe('cross-entropy', () => {
  it('is -log p_k for each true class', () => {
    NLL.forEach((ref, k) => expect(crossEntropy(COURSE, 1, k).loss).toBeCloseTo(ref, 14));
  });

  it('has gradient p - y with respect to the logits', () => {
    const { gradient, y } = crossEntropy(COURSE, 1, 1);
    expect(Array.from(y)).toEqual([0, 1, 0]);
    P.forEach((ref, i) => expect(gradient[i]).toBeCloseTo(ref - (i === 1 ? 1 : 0), 14));
  });

  it('matches central finite differences of the loss, also at a temperature', () => {
    for (const t of [1, 0.5, 3]) {
      const { gradient } = crossEntropy(COURSE, t, 2);
      const h = 1e-6;
      COURSE.forEach((_, i) => {
        const up = COURSE.map((z, j) => (j === i ? z + h : z));
        const down = COURSE.map((z, j) => (j === i ? z - h : z));
        const fd = (crossEntropy(up, t, 2).loss - crossEntropy(down, t, 2).loss) / (2 * h);
        expect(gradient[i]).toBeCloseTo(fd, 7);
      });
    }
  });

  it('stays finite at logits of 1000 where p_k rounds to 0', () => {
    const { loss } = crossEntropy([1000, 0], 1, 1);
    expect(loss).toBeCloseTo(1000, 10);
  });
});
