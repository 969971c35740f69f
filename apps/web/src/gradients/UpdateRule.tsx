/**
 * The update rule with one weight's actual numbers: theta, alpha, dJ/dtheta and where one step
 * would take the weight, with the step's size in words.
 */
import { formatNumber } from '@actlab/format';
import { READOUT_STYLE } from '../lib/number-style.js';
import type { UpdateNumbers } from './update-rule.js';

/** Props of UpdateRule. */
export interface UpdateRuleProps {
  readonly numbers: UpdateNumbers;
}

/** The update θ := θ − α ∂J/∂θ for the first layer's first weight, with its numbers. */
export function UpdateRule({ numbers }: UpdateRuleProps) {
  const { theta, alpha, gradient, next, change, relativeChange } = numbers;
  return (
    <div className="update-rule">
      <p className="update-rule-title">
        θ := θ − α ∂J/∂θ for the weight from input 1 to unit 1 of layer 1
      </p>
      <dl className="readout">
        <dt>θ</dt>
        <dd>{formatNumber(theta, 12, READOUT_STYLE)}</dd>
        <dt>α</dt>
        <dd>{formatNumber(alpha, 10, READOUT_STYLE)}</dd>
        <dt>∂J/∂θ</dt>
        <dd>{formatNumber(gradient, 6, READOUT_STYLE)}</dd>
        <dt>θ − α ∂J/∂θ</dt>
        <dd>{formatNumber(next, 12, READOUT_STYLE)}</dd>
      </dl>
      <p className="hint">
        One step moves it by {formatNumber(change, 3, READOUT_STYLE)}
        {Number.isFinite(relativeChange)
          ? `, ${formatNumber(relativeChange * 100, 3, READOUT_STYLE)}% of its value`
          : ''}
        . (∂J/∂θ is the gradient of the mean loss over all 300 training points.)
      </p>
      <p className="hint">
        The loss J is built from each point&rsquo;s error = actual − predicted, as in the course
        notes; its gradient says which way, and how steeply, θ changes that error.
      </p>
    </div>
  );
}
