/** The plain-words explanation of sparsemax's exact zeros for the current scores. */
import { numberText } from './share-text.js';

/** "classes 2 and 3", "class 2", "classes 1, 2 and 4" for 0-based indices. */
function classList(indices: readonly number[]): string {
  const names = indices.map((i) => String(i + 1));
  if (names.length === 1) return `class ${names[0]}`;
  return `classes ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Why sparsemax gives these zeros: its threshold τ and which classes fall below it. */
export function sparsemaxExplanation(p: ArrayLike<number>, tau: number): string {
  const zeros = Array.from(p, (v, i) => (v === 0 ? i : -1)).filter((i) => i >= 0);
  const intro = `Sparsemax subtracts one threshold, here τ = ${numberText(tau, 4)}, from every score and keeps what is left above 0; the kept parts add up to exactly 100%.`;
  if (zeros.length === 0) {
    return `${intro} Every score is above τ, so no class gets 0 this time: move the scores further apart to see exact zeros.`;
  }
  const verb = zeros.length === 1 ? 'scores' : 'score';
  return `${intro} ${classList(zeros).replace(/^c/, 'C')} ${verb} below τ, so ${zeros.length === 1 ? 'it gets' : 'they get'} exactly 0%: not a small number, as softmax would give, but none at all.`;
}
