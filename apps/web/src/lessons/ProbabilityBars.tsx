/**
 * The network's ten probabilities as labelled horizontal bars, each with its percentage in text
 * and the most likely digit named in words (not by colour alone).
 */
import { formatPercent } from '@actlab/format';
import { mostLikely } from './digit-predict.js';

/** Props of ProbabilityBars. */
export interface ProbabilityBarsProps {
  /** Probability of each digit 0 to 9. */
  readonly probabilities: readonly number[];
}

/** Ten bars, one per digit. */
export function ProbabilityBars({ probabilities }: ProbabilityBarsProps) {
  const best = mostLikely(probabilities);
  return (
    <div className="probabilities">
      <p className="probabilities-answer">
        The network reads <strong className="readout">{best}</strong> (
        {formatPercent(probabilities[best] ?? 0, 1)} sure).
      </p>
      <ol className="prob-bars" aria-label="Probability of each digit">
        {probabilities.map((p, digit) => (
          <li key={digit} className={digit === best ? 'best' : undefined}>
            <span className="prob-digit">{digit}</span>
            <span className="prob-track" aria-hidden="true">
              <span
                className="prob-fill"
                style={{ width: `${Math.max(0, Math.min(1, p)) * 100}%` }}
              />
            </span>
            <span className="readout prob-value">{formatPercent(p, 1)}</span>
            {digit === best ? <span className="visually-hidden"> most likely</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
