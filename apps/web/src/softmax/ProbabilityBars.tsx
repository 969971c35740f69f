/**
 * A probability distribution as HTML bars: each class's bar with its percentage written beside it,
 * so the numbers do not depend on seeing the bar (or its colour). Exact zeros are said in words.
 */
import { percentText } from './share-text.js';

/** Props of ProbabilityBars. */
export interface ProbabilityBarsProps {
  /** Accessible name of the list, e.g. "Softmax probabilities". */
  readonly label: string;
  readonly values: ArrayLike<number>;
  /** Class whose row is marked "true class" in words. */
  readonly trueClass?: number;
  /** CSS modifier for the bar fill, e.g. "sparse". */
  readonly variant?: string;
  /**
   * Words after a share of 0: " exactly" (the default) where 0 is the true value, as in
   * sparsemax; softmax is never 0 in exact arithmetic, so its zeros say they come from rounding.
   */
  readonly zeroWords?: string;
}

/** One bar per class with its share as text. */
export function ProbabilityBars({
  label,
  values,
  trueClass,
  variant,
  zeroWords = ' exactly',
}: ProbabilityBarsProps) {
  return (
    <ol className={variant ? `bars ${variant}` : 'bars'} aria-label={label}>
      {Array.from(values, (p, i) => (
        <li key={i} className="bar-row">
          <span className="bar-label">
            Class {i + 1}
            {i === trueClass ? <span className="tag"> (true)</span> : null}
            <span className="visually-hidden">: </span>
          </span>
          <span className="bar-track" aria-hidden="true">
            <span
              className="bar-fill"
              style={{ width: `${Number.isFinite(p) ? Math.max(0, Math.min(1, p)) * 100 : 0}%` }}
            />
          </span>
          <span className="bar-value">
            {percentText(p)}
            {p === 0 ? <span className="tag">{zeroWords}</span> : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
