/**
 * Signal through depth: for each chosen activation, the variance of the forward signal and of the
 * backpropagated gradients layer by layer through a random network, measured and predicted by
 * mean-field theory, with the phase in words. State in the URL; the numbers come from a worker.
 */
import { DepthCharts } from './DepthCharts.js';
import { DepthControls } from './DepthControls.js';
import { pendingActivations } from './depth-compute.js';
import type { DepthParams } from './depth-params.js';
import { PhaseTable } from './PhaseTable.js';
import { useDepthDriver } from './use-depth-driver.js';

/** Props of DepthInstrument. */
export interface DepthInstrumentProps {
  readonly params: DepthParams;
  readonly onChange: (params: DepthParams) => void;
}

/** The instrument: controls, status, charts and the phase of each activation. */
export function DepthInstrument({ params, onChange }: DepthInstrumentProps) {
  const { view, stale, error } = useDepthDriver(params);
  const pending = view ? pendingActivations(view) : [];
  return (
    <section aria-labelledby="depth-title" className="depth-instrument">
      <h2 id="depth-title">Signal through depth</h2>
      <p>
        At initialization, how big is the signal at each layer? Each layer multiplies the
        pre-activation variance q by the weight variance σ_w² times E[f(z)²] and adds the bias
        variance σ_b²; repeated, q settles at a fixed point q*. On the way back, each layer
        multiplies the gradient variance by χ = σ_w² E[f′(z)²] at q*. With χ &lt; 1 (ordered)
        gradients vanish toward the input, with χ &gt; 1 (chaotic) they explode, and at χ = 1 (the
        edge of chaos) they keep their size. The curves are measured in a random network and
        predicted by that theory (mean field, exact for infinitely wide layers).
      </p>
      <div className="panel">
        <DepthControls params={params} onChange={onChange} />
        <p aria-live="polite" className="readout" data-testid="depth-status">
          {error
            ? ''
            : stale
              ? 'Measuring…'
              : view?.pending
                ? `Measuring… ${view.curves.length} of ${view.curves.length + view.pending} curves shown.`
                : view
                  ? `Measured on ${view.batch} random inputs through ${params.depth} layers of ${params.width} units (seed 1): the batch and seed of actlab depth and POST /v1/depth, so they answer the same numbers.`
                  : ''}
        </p>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {view ? (
        <>
          <DepthCharts curves={view.curves} pending={pending} />
          <h3>Phase of each activation</h3>
          <PhaseTable
            curves={view.curves}
            biasVariance={view.params.biasVariance}
            pending={pending}
          />
        </>
      ) : null}
    </section>
  );
}
