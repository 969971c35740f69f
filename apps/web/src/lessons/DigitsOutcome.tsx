/**
 * The digits lesson's measured outcome: how many held-out digits the network trained here
 * recognizes, against the experiment's claim, and how long training took in this browser.
 */
import { formatNumber, formatPercent } from '@actlab/format';
import { READOUT_STYLE } from '../lib/number-style.js';
import type { DigitsResult } from './digits-training.js';

/** The experiment's claim: at least this share of held-out digits recognized. */
const CLAIMED_ACCURACY = 0.9;

/** Props of DigitsOutcome. */
export interface DigitsOutcomeProps {
  readonly result: DigitsResult;
  /** Hidden units and epochs the network was trained with. */
  readonly hidden: number;
  readonly epochs: number;
  /** Held-out digits it was tested on. */
  readonly testCount: number;
}

/** The outcome, in a sentence and a table. */
export function DigitsOutcome({ result, hidden, epochs, testCount }: DigitsOutcomeProps) {
  return (
    <section className="panel lesson-outcome" aria-labelledby="digits-outcome">
      <h2 id="digits-outcome">Measured outcome</h2>
      <p>
        <strong>
          {result.testAccuracy >= CLAIMED_ACCURACY
            ? '✓ The lesson held on this run:'
            : '✗ The lesson did not hold on this run:'}
        </strong>{' '}
        a 784-{hidden}-10 network recognized {formatPercent(result.testAccuracy, 1)} of {testCount}{' '}
        held-out digits after {epochs} {epochs === 1 ? 'epoch' : 'epochs'} (the experiment claims at
        least {formatPercent(CLAIMED_ACCURACY, 0)}), in{' '}
        {formatNumber(result.seconds, 3, READOUT_STYLE)} s in this browser.
      </p>
      <table>
        <tbody>
          <tr>
            <th scope="row">test accuracy</th>
            <td className="readout">{formatPercent(result.testAccuracy, 2)}</td>
          </tr>
          <tr>
            <th scope="row">train accuracy</th>
            <td className="readout">{formatPercent(result.trainAccuracy, 2)}</td>
          </tr>
          <tr>
            <th scope="row">test accuracy by epoch</th>
            <td className="readout">
              {result.accuracyByEpoch.map((a) => formatPercent(a, 1)).join(', ')}
            </td>
          </tr>
          <tr>
            <th scope="row">seconds</th>
            <td className="readout">{formatNumber(result.seconds, 3, READOUT_STYLE)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
