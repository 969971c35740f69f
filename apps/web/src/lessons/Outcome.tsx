/** The measured outcome of a lesson's run: its summary, its measurements and whether it held. */
import type { ExperimentOutcome } from '@actlab/train';
import { formatNumber } from '@actlab/format';
import { READOUT_STYLE } from '../lib/number-style.js';

/** Props of Outcome. */
export interface OutcomeProps {
  readonly outcome: ExperimentOutcome;
  /** How long the run took in this browser. */
  readonly seconds?: number;
}

/** The outcome, as text and a table. */
export function Outcome({ outcome, seconds }: OutcomeProps) {
  return (
    <section className="panel lesson-outcome" aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">Measured outcome</h2>
      <p className={outcome.holds ? 'holds' : 'fails'}>
        <strong>
          {outcome.holds
            ? '✓ The lesson held on this run.'
            : '✗ The lesson did not hold on this run.'}
        </strong>{' '}
        Seed {outcome.seed}
        {seconds !== undefined
          ? `, ${formatNumber(seconds, 3, READOUT_STYLE)} s in this browser`
          : ''}
        .
      </p>
      <p>{outcome.summary}</p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Measurements</caption>
          <thead>
            <tr>
              <th scope="col">Measurement</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(outcome.measurements).map(([name, value]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td className="readout">{formatNumber(value, 6, READOUT_STYLE)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
