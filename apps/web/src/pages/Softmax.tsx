/**
 * The softmax page: editable logits and temperature, the distribution as bars, sparsemax beside
 * it, cross-entropy with its gradient p − y, the course's naive normalization and the naive
 * formula's overflow at logits of 1000. The state lives in the URL
 * (`/softmax?logits=2.33,-1.46,0.56&t=1&true=0`); every number comes from @actlab/core through
 * softmax/distributions.ts, except the naive ones the page shows on purpose (softmax/naive.ts).
 */
import { activationInfo } from '@actlab/core';
import { NumberSlider } from '../components/NumberSlider.js';
import { formatParam } from '../lib/query.js';
import { useQuery } from '../lib/use-url-state.js';
import { CrossEntropy } from '../softmax/CrossEntropy.js';
import { crossEntropy, softmaxOf, sparsemaxOf } from '../softmax/distributions.js';
import { LogitsEditor } from '../softmax/LogitsEditor.js';
import { NaiveComparison } from '../softmax/NaiveComparison.js';
import { OverflowDemo } from '../softmax/OverflowDemo.js';
import { ProbabilityBars } from '../softmax/ProbabilityBars.js';
import {
  COURSE_LOGITS,
  COURSE_SCORES,
  TEMPERATURE,
  logitsPatch,
  readSoftmaxState,
  shiftedBy1000,
} from '../softmax/softmax-state.js';
import { sparsemaxExplanation } from '../softmax/sparsemax-text.js';
import '../softmax/softmax.css';

const TEMPERATURE_HINT = activationInfo('softmax').params[0]?.description;

/** Softmax, sparsemax, cross-entropy and the naive alternatives, for logits in the URL. */
export default function Softmax() {
  const [query, update] = useQuery();
  const { logits, temperature, trueClass, problems } = readSoftmaxState(query);
  const p = softmaxOf(logits, temperature);
  const sparse = sparsemaxOf(logits, temperature);
  const loss = crossEntropy(logits, temperature, trueClass);
  const setLogits = (next: readonly number[]) => update(logitsPatch(next, trueClass));
  const scores = temperature === 1 ? 'scores z' : 'scores z/T';

  return (
    <div className="softmax-page">
      <h1>Softmax</h1>
      <p className="lede">
        Softmax turns a list of raw scores (logits), one per class, into probabilities between 0%
        and 100% that add up to 100%. The course&rsquo;s example scores 2.33, −1.46 and 0.56 become
        83.83%, 1.89% and 14.28%. The course&rsquo;s table shows 83.82% and 14.27% because it cuts
        the digits off instead of rounding them: the exact shares are 0.838273… and 0.142785…, and
        10.278 / 12.26 is 0.83834… too.
      </p>
      {problems.length > 0 ? (
        <p className="error" role="alert">
          Part of this link could not be used: {problems.join('; ')}.
        </p>
      ) : null}
      <div className="layout">
        <section aria-labelledby="sm-dist">
          <h2 id="sm-dist">Probabilities</h2>
          <div className="side-by-side">
            <div>
              <h3>Softmax</h3>
              <ProbabilityBars
                label="Softmax probabilities"
                values={p}
                trueClass={trueClass}
                zeroWords=" after rounding"
              />
            </div>
            <div>
              <h3>Sparsemax</h3>
              <ProbabilityBars
                label="Sparsemax probabilities"
                values={sparse.p}
                trueClass={trueClass}
                variant="sparse"
              />
            </div>
          </div>
          <p>{sparsemaxExplanation(sparse.p, sparse.tau)}</p>
          <p className="hint">
            Both are applied to the {scores}. In exact arithmetic softmax never gives 0: every class
            keeps some probability, however small. A computer&rsquo;s numbers stop near 10
            <sup>−308</sup> (the smallest go down to 5 × 10<sup>−324</sup>), so a class whose score
            is more than about 745 below the top score gets a share that rounds to 0, shown as
            &ldquo;0% after rounding&rdquo;.
          </p>
        </section>
        <div className="panel">
          <h2>Logits</h2>
          <LogitsEditor logits={logits} onChange={setLogits} />
          <NumberSlider
            label="Temperature T"
            value={temperature}
            min={TEMPERATURE.min}
            max={TEMPERATURE.max}
            step={TEMPERATURE.step}
            hint={TEMPERATURE_HINT}
            onChange={(t) => update({ t: formatParam(t) })}
          />
        </div>
      </div>
      <section aria-labelledby="sm-ce">
        <h2 id="sm-ce">Cross-entropy and its gradient</h2>
        <CrossEntropy
          result={loss}
          trueClass={trueClass}
          temperature={temperature}
          onTrueClassChange={(k) => update({ true: String(k) })}
        />
      </section>
      <section aria-labelledby="sm-naive">
        <h2 id="sm-naive">Why not just divide by the sum?</h2>
        <NaiveComparison
          logits={logits}
          softmax={p}
          onUseCourseScores={() => setLogits(COURSE_SCORES)}
        />
      </section>
      <section aria-labelledby="sm-overflow">
        <h2 id="sm-overflow">Logits of 1000: why the stable form matters</h2>
        <OverflowDemo
          logits={logits}
          temperature={temperature}
          softmax={p}
          onTry1000={() => setLogits(shiftedBy1000(logits))}
          onReset={() => update({ ...logitsPatch(COURSE_LOGITS, trueClass), t: null })}
        />
      </section>
    </div>
  );
}
