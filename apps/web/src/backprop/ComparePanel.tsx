/**
 * Sigmoid (or whatever the page uses) beside ReLU at the same step: the same weights and example,
 * every layer ReLU. It shows f'(z) and dL/dz for both and how many times larger ReLU's slope is,
 * the course's reason ReLU trains deep networks faster.
 */
import { activationInfo } from '@actlab/core';
import { formatNumber } from '@actlab/format';
import { READOUT_STYLE } from '../lib/number-style.js';
import type { SlopeComparison } from './trace-run.js';

/** Props of ComparePanel. */
export interface ComparePanelProps {
  /** The comparison, or undefined when the engine refused the ReLU network. */
  readonly comparison: SlopeComparison | undefined;
  /** Whether the network is a single neuron (then the unit is simply "the neuron"). */
  readonly single: boolean;
}

function n(x: number): string {
  return formatNumber(x, 4, READOUT_STYLE);
}

/** The comparison table and its verdict in words. */
export function ComparePanel({ comparison, single }: ComparePanelProps) {
  if (!comparison) {
    return (
      <section className="panel compare-panel" aria-labelledby="backprop-compare">
        <h2 id="backprop-compare">Compared with ReLU</h2>
        <p>The same network with ReLU cannot be traced with this loss.</p>
      </section>
    );
  }
  const { current, relu, slopeRatio } = comparison;
  const name = activationInfo(comparison.activation).name;
  const who = single
    ? 'The neuron'
    : `Unit ${comparison.unit + 1} of layer ${comparison.layer + 1}`;
  const verdict = !Number.isFinite(slopeRatio)
    ? `${name}'s slope is 0 here, so no gradient passes; ReLU's is ${n(relu.fPrime)}.`
    : slopeRatio > 1
      ? `ReLU's f'(z) is ${formatNumber(slopeRatio, 3, READOUT_STYLE)} times larger than ${name}'s, so a larger error signal dL/dz reaches the weights.`
      : slopeRatio === 1
        ? `The two slopes are equal here.`
        : `ReLU's f'(z) is smaller here (${formatNumber(slopeRatio, 3, READOUT_STYLE)} times ${name}'s): z ≤ 0 switches ReLU off.`;
  return (
    <section className="panel compare-panel" aria-labelledby="backprop-compare">
      <h2 id="backprop-compare">Compared with ReLU</h2>
      <table>
        <caption>
          {`${who}, with the same weights and example and every layer ${name} or ReLU`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Quantity</th>
            <th scope="col">{name}</th>
            <th scope="col">ReLU</th>
          </tr>
        </thead>
        <tbody className="readout">
          <tr>
            <th scope="row">z</th>
            <td>{n(current.z)}</td>
            <td>{n(relu.z)}</td>
          </tr>
          <tr>
            <th scope="row">f&prime;(z)</th>
            <td data-testid="slope-current">{n(current.fPrime)}</td>
            <td data-testid="slope-relu">{n(relu.fPrime)}</td>
          </tr>
          <tr>
            <th scope="row">∂L/∂z</th>
            <td>{n(current.dLdz)}</td>
            <td>{n(relu.dLdz)}</td>
          </tr>
        </tbody>
      </table>
      <p data-testid="compare-verdict">{verdict}</p>
    </section>
  );
}
