/**
 * The course's first analogy beside softmax: each score divided by the plain sum (5, 3, 2, 5 over
 * 15 gives 33.33%, 20%, 13.33%, 33.33%). It works for positive scores but ignores how much larger
 * one score is, and it breaks once a score is negative or the scores cancel out.
 */
import { naiveShares } from './naive.js';
import { numberText, percentText } from './share-text.js';

/** Props of NaiveComparison. */
export interface NaiveComparisonProps {
  readonly logits: readonly number[];
  /** Softmax of the same logits (at the page's temperature). */
  readonly softmax: ArrayLike<number>;
  /** Loads the course's scores 5, 3, 2, 5. */
  readonly onUseCourseScores: () => void;
}

/** Score ÷ sum next to softmax for the current logits. */
export function NaiveComparison({ logits, softmax, onUseCourseScores }: NaiveComparisonProps) {
  const naive = naiveShares(logits);
  return (
    <div>
      <p>
        The course starts from a simpler idea: divide each score by the sum of all scores. For the
        scores 5, 3, 2, 5 the sum is 15, giving 5/15 = 33.33%, 3/15 = 20%, 2/15 = 13.33% and 5/15 =
        33.33%. Softmax instead divides e<sup>z</sup> by the sum of e<sup>z</sup>, which makes every
        share positive and stretches the gaps between scores.
      </p>
      <button type="button" onClick={onUseCourseScores}>
        Use the course&rsquo;s scores 5, 3, 2, 5
      </button>
      <div className="table-scroll">
        <table className="numbers">
          <caption>
            Your scores: sum = <span className="readout">{numberText(naive.sum)}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">score</th>
              <th scope="col">score ÷ sum</th>
              <th scope="col">softmax</th>
            </tr>
          </thead>
          <tbody>
            {logits.map((z, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td className="readout">{numberText(z)}</td>
                <td className="readout">{percentText(naive.shares[i] ?? NaN)}</td>
                <td className="readout">{percentText(softmax[i] ?? NaN)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {naive.broken ? (
        <p className="warning" role="note">
          <strong>Dividing by the sum fails here:</strong>{' '}
          {naive.sum === 0
            ? 'the scores add up to 0, and nothing can be divided by 0.'
            : 'with a negative score (or a sum near 0) some shares fall below 0% or rise above 100%, which no probability can.'}{' '}
          Softmax has no such problem: e<sup>z</sup> is positive for every z.
        </p>
      ) : null}
    </div>
  );
}
