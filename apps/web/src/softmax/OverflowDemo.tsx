/**
 * What happens at logits of 1000: the textbook formula e^z / Σ e^z computed naively overflows
 * (Math.exp(1000) is Infinity, Infinity / Infinity is NaN), while core's stable softmax, which
 * subtracts the largest logit first, gives the same answer as for the unshifted logits.
 */
import { OVERFLOW_FACTS, naiveExpSoftmax } from './naive.js';
import { numberText, percentText } from './share-text.js';

/** Props of OverflowDemo. */
export interface OverflowDemoProps {
  readonly logits: readonly number[];
  readonly temperature: number;
  /** Core's softmax of the same logits. */
  readonly softmax: ArrayLike<number>;
  /** Adds 1000 to every logit. */
  readonly onTry1000: () => void;
  /** Goes back to the course's example. */
  readonly onReset: () => void;
}

/** The naive formula step by step next to core's stable answer. */
export function OverflowDemo({
  logits,
  temperature,
  softmax,
  onTry1000,
  onReset,
}: OverflowDemoProps) {
  const naive = naiveExpSoftmax(logits, temperature);
  const over = temperature === 1 ? 'z' : 'z/T';
  return (
    <div>
      <p>
        Taken literally, softmax computes e<sup>{over}</sup> for every class, adds them up to K and
        divides. That works for small logits (for the course&rsquo;s example K = 12.26), but a
        computer&rsquo;s numbers stop at about 1.8 × 10<sup>308</sup>: e<sup>1000</sup> is far
        beyond, so it becomes Infinity, and Infinity ÷ Infinity is not a number (NaN). Softmax only
        depends on the differences between logits, so the stable form subtracts the largest one
        first; the biggest exponent is then e<sup>0</sup> = 1 and nothing overflows. The table below
        does it the naive way step by step; its last column is core&rsquo;s stable softmax.
      </p>
      <ul className="naive-facts readout" aria-label="Evaluated by JavaScript, the naive way">
        {OVERFLOW_FACTS.map((fact) => (
          <li key={fact.expression}>
            {fact.expression} = {numberText(fact.value, 5)}
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" onClick={onTry1000}>
          Try logits of 1000 (add 1000 to each)
        </button>
        <button type="button" onClick={onReset}>
          Back to the course&rsquo;s example
        </button>
      </div>
      <div className="table-scroll">
        <table className="numbers">
          <caption>
            The naive way: K = Σ e<sup>{over}</sup> ={' '}
            <span className="readout" data-testid="naive-sum">
              {numberText(naive.sum, 5)}
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">logit</th>
              <th scope="col">
                naive e<sup>{over}</sup>
              </th>
              <th scope="col">naive ÷ K</th>
              <th scope="col">stable</th>
            </tr>
          </thead>
          <tbody>
            {logits.map((z, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td className="readout">{numberText(z)}</td>
                <td className="readout">{numberText(naive.exps[i] ?? NaN, 5)}</td>
                <td className="readout">{percentText(naive.ratios[i] ?? NaN)}</td>
                <td className="readout">{percentText(softmax[i] ?? NaN)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p role="status" className={naive.overflowed ? 'warning' : undefined}>
        {naive.overflowed
          ? 'The naive way broke: an exponential overflowed to Infinity (or every one underflowed to 0), and the division gave NaN. The stable column is still a proper distribution.'
          : 'With these logits the naive way still works and agrees with the stable one.'}
      </p>
    </div>
  );
}
