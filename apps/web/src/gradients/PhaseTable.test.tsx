import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DepthCharts } from './DepthCharts.js';
import { computeDepth, pendingActivations } from './depth-compute.js';
import type { DepthParams } from './depth-params.js';
import { PhaseTable } from './PhaseTable.js';

const params: DepthParams = {
  activations: ['relu', 'tanh', 'formula:x * sigmoid(x)'],
  depth: 6,
  width: 16,
  init: 'he',
  gain: 1,
  biasVariance: 0,
};

/** A view as the driver emits it after its first curve: relu measured, two to come. */
function firstCurveOnly() {
  const one = computeDepth({ ...params, activations: ['relu'] });
  return { ...one, params, pending: 2 };
}

describe('curves still being measured', () => {
  it('are the activations after the measured ones, in order', () => {
    expect(pendingActivations(firstCurveOnly())).toEqual(['tanh', 'formula:x * sigmoid(x)']);
    expect(pendingActivations(computeDepth(params))).toEqual([]);
  });

  it('are named in words in the phase list, beside the measured one', () => {
    const view = firstCurveOnly();
    render(<PhaseTable curves={view.curves} biasVariance={0} pending={pendingActivations(view)} />);
    expect(screen.getByTestId('phase-relu').textContent).toMatch(
      /^ReLU: .*variance-preserving gain is 1\.414/,
    );
    expect(screen.getByTestId('phase-relu').textContent).not.toMatch(/being measured/);
    expect(screen.getByTestId('phase-tanh').textContent).toBe('Tanh: being measured…');
    expect(screen.getByTestId('phase-formula:x * sigmoid(x)').textContent).toMatch(
      /x \* sigmoid\(x\).*being measured…/,
    );
  });

  it('are named in the legend and in each chart’s description, not drawn', () => {
    const view = firstCurveOnly();
    render(<DepthCharts curves={view.curves} pending={pendingActivations(view)} />);
    const legend = screen.getByRole('list', { name: 'Legend' }).textContent ?? '';
    expect(legend).toContain('ReLU (circle markers)');
    expect(legend).toContain('Tanh (being measured…)');
    for (const chart of screen.getAllByRole('img')) {
      const label = chart.getAttribute('aria-label') ?? '';
      expect(label).toContain('ReLU measured: layer 1');
      expect(label).not.toContain('Tanh measured');
      expect(label).toMatch(/Still being measured: Tanh, x \* sigmoid\(x\)\.$/);
    }
  });
});
