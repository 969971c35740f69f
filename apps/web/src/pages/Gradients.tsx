/**
 * Vanishing gradients: sigmoid, tanh and ReLU networks of the chosen depth side by side, their
 * per-layer gradient norms at initialization and while training (log scale), and the update rule
 * for one first-layer weight with its actual numbers; then the signal-through-depth instrument
 * (forward and gradient variance per layer through a random network, measured and predicted, with
 * the phase). State of both is in the URL; the networks train, and the curves are measured, in
 * workers.
 */
import { useEffect, useMemo, useState } from 'react';
import { NumberSlider } from '../components/NumberSlider.js';
import { DepthInstrument } from '../gradients/DepthInstrument.js';
import { depthQuery, readDepthParams } from '../gradients/depth-params.js';
import { decadeRange } from '../gradients/gradient-chart.js';
import { GradientColumn } from '../gradients/GradientColumn.js';
import { NO_HISTORY, withSnapshot } from '../gradients/loss-history.js';
import { CurveFigure } from '../lessons/CurveFigure.js';
import { MAX_EPOCHS } from '../gradients/run.js';
import type { GradientParams } from '../gradients/params.js';
import { GRADIENT_LIMITS, gradientQuery, readGradientParams } from '../gradients/params.js';
import { useGradientDriver } from '../gradients/use-gradient-driver.js';
import { useQuery } from '../lib/use-url-state.js';
import '../gradients/gradients.css';

/** The vanishing-gradients page. */
export default function Gradients() {
  const [query, update] = useQuery();
  const params = readGradientParams(query);
  const set = (patch: Partial<GradientParams>) => update(gradientQuery({ ...params, ...patch }));
  const depthParams = readDepthParams(query);
  const { snapshot, running, error, run, pause, reset } = useGradientDriver(params);
  const y = useMemo(
    () => decadeRange(snapshot?.columns.flatMap((c) => [...c.initialNorms, ...c.norms]) ?? []),
    [snapshot],
  );
  const epoch = snapshot?.epoch ?? 0;
  const [losses, setLosses] = useState(NO_HISTORY);
  useEffect(() => {
    if (snapshot) setLosses((history) => withSnapshot(history, snapshot));
  }, [snapshot]);
  const { depth, width, lr, seed } = GRADIENT_LIMITS;
  return (
    <article>
      <h1>Vanishing gradients</h1>
      <p>
        Backpropagation multiplies the error signal by each layer&apos;s activation derivative on
        its way back to the input. The sigmoid&apos;s derivative is at most ¼, so in a deep sigmoid
        network the first layers get almost no gradient and the update rule barely moves them. The
        three networks below share the data (300 points of two rings), the seed and every setting
        except the activation.
      </p>
      <div className="panel">
        <div className="gradient-controls">
          <NumberSlider
            label="Depth (layers)"
            value={params.depth}
            min={depth.min}
            max={depth.max}
            step={1}
            integer
            onChange={(v) => set({ depth: v })}
            hint="Hidden layers plus the sigmoid output layer."
          />
          <NumberSlider
            label="Width (units per layer)"
            value={params.width}
            min={width.min}
            max={width.max}
            step={1}
            integer
            onChange={(v) => set({ width: v })}
          />
          <NumberSlider
            label="Learning rate α"
            value={params.lr}
            min={lr.min}
            max={lr.max}
            step={0.001}
            onChange={(v) => set({ lr: v })}
            hint="Plain gradient descent, 10 points per step."
          />
          <NumberSlider
            label="Seed"
            value={params.seed}
            min={seed.min}
            max={seed.max}
            step={1}
            integer
            onChange={(v) => set({ seed: v })}
          />
        </div>
        <div className="gradient-actions">
          <button
            type="button"
            onClick={running ? pause : run}
            disabled={!snapshot || (!running && epoch >= MAX_EPOCHS)}
          >
            {running ? 'Pause training' : epoch > 0 ? 'Resume training' : 'Train'}
          </button>
          <button type="button" onClick={reset} disabled={!snapshot || epoch === 0}>
            Reset weights
          </button>
          <span role="status" className="readout">
            {snapshot
              ? `Epoch ${epoch}${running ? ' (training…)' : epoch >= MAX_EPOCHS ? ' (done)' : ''}`
              : 'Building the networks…'}
          </span>
        </div>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <h2>Gradient norm of each layer</h2>
      <div className="gradient-columns">
        {snapshot
          ? snapshot.columns.map((column) => (
              <GradientColumn key={column.activation} column={column} epoch={epoch} y={y} />
            ))
          : null}
      </div>
      {losses.curves.length > 0 && epoch > 0 ? (
        <CurveFigure
          title="Training loss of each network"
          curves={losses.curves}
          xLabel="epoch"
          yLabel="loss"
        />
      ) : null}
      <DepthInstrument params={depthParams} onChange={(p) => update(depthQuery(p))} />
    </article>
  );
}
