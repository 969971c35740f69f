/**
 * Cross-entropy for a chosen true class: the loss −log p_k and, per class, the gradient p − y that
 * training follows. The numbers come from softmax/distributions.ts (core's log_softmax).
 */
import { useId } from 'react';
import type { CrossEntropyResult } from './distributions.js';
import { numberText, percentText } from './share-text.js';

/** Props of CrossEntropy. */
export interface CrossEntropyProps {
  readonly result: CrossEntropyResult;
  readonly trueClass: number;
  readonly temperature: number;
  readonly onTrueClassChange: (k: number) => void;
}

/** The true-class chooser, the loss and the gradient table. */
export function CrossEntropy({
  result,
  trueClass,
  temperature,
  onTrueClassChange,
}: CrossEntropyProps) {
  const name = useId();
  const { p, y, loss, gradient } = result;
  const scaledNote = temperature === 1 ? '' : ` divided by T = ${numberText(temperature)}`;
  return (
    <div>
      <fieldset className="true-class">
        <legend>True class (the right answer)</legend>
        {Array.from(p, (_, i) => (
          <label key={i} className="radio">
            <input
              type="radio"
              name={name}
              value={i}
              checked={i === trueClass}
              onChange={() => onTrueClassChange(i)}
            />
            Class {i + 1}
          </label>
        ))}
      </fieldset>
      <p className="readout" data-testid="loss">
        loss = −log p<sub>{trueClass + 1}</sub> = −log {numberText(p[trueClass] ?? NaN)} ={' '}
        {numberText(loss)}
      </p>
      <p>
        The loss is 0 when the model puts 100% on the true class and grows without limit as that
        probability falls towards 0. Its gradient with respect to each logit is simply p − y
        {scaledNote}: the predicted probability minus 1 for the true class and minus 0 for the
        others. A negative gradient means training will raise that logit, a positive one lower it.
      </p>
      <div className="table-scroll">
        <table className="numbers">
          <caption className="visually-hidden">Gradient of the loss for each class</caption>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">p</th>
              <th scope="col">y</th>
              <th scope="col">gradient</th>
              <th scope="col">training will</th>
            </tr>
          </thead>
          <tbody>
            {Array.from(p, (pi, i) => {
              const g = gradient[i] ?? NaN;
              return (
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  <td>{percentText(pi)}</td>
                  <td>{y[i]}</td>
                  <td className="readout">{numberText(g, 4)}</td>
                  <td>{g < 0 ? 'raise it' : g > 0 ? 'lower it' : 'leave it'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
