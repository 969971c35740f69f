/** How the network learns: optimizer, learning rate, batch size, regularization, initialization. */
import { memo } from 'react';
import { NumberSlider } from '../../components/NumberSlider.js';
import type { PlaygroundSettings } from '../settings.js';
import {
  LEARNING_RATES,
  PRESERVING_INIT,
  REGULARIZATIONS,
  REGULARIZATION_RATES,
  preservingGain,
} from '../settings.js';
import { Select } from './Select.js';

/** Props of OptimizerPanel. */
export interface OptimizerPanelProps {
  readonly settings: PlaygroundSettings;
  readonly onChange: (patch: Partial<PlaygroundSettings>) => void;
}

const OPTIMIZERS = [
  { value: 'sgd', label: 'Plain gradient descent (SGD)' },
  { value: 'momentum', label: 'SGD with momentum 0.9' },
  { value: 'adam', label: 'Adam' },
];

const INITS = [
  { value: 'xavier', label: 'Xavier (Glorot) uniform' },
  { value: 'he', label: 'He normal (for ReLU)' },
  { value: 'lecun', label: 'LeCun normal (1 / fan-in)' },
  { value: PRESERVING_INIT, label: 'Variance-preserving gain (for this activation)' },
  { value: 'uniform', label: 'Uniform in [-0.5, 0.5]' },
  { value: 'zeros', label: 'All zeros (cannot break symmetry)' },
];

/** A rate list with the current value in it, even when a hand-edited link chose another. */
function rates(list: readonly number[], current: number) {
  const all = list.includes(current) ? list : [...list, current].sort((a, b) => a - b);
  return all.map((r) => ({ value: String(r), label: String(r) }));
}

/** What the variance-preserving choice draws, or why it falls back to Xavier. */
function initHint(settings: PlaygroundSettings): string | undefined {
  if (settings.init !== PRESERVING_INIT) return undefined;
  const gain = preservingGain(settings);
  return gain === undefined
    ? 'The first layer’s activation has no variance-preserving gain; Xavier is used.'
    : `Normal weights with std ${gain.toPrecision(4)} / √fan-in (1 / √E[f(z)²] for the first layer’s activation), biases 0.`;
}

/** The training controls (re-rendered only when the settings change). */
export const OptimizerPanel = memo(function OptimizerPanel({
  settings,
  onChange,
}: OptimizerPanelProps) {
  const hint = initHint(settings);
  return (
    <section className="panel pg-panel" aria-labelledby="pg-training">
      <h2 id="pg-training">Training</h2>
      <Select
        label="Optimizer"
        value={settings.optimizer}
        choices={OPTIMIZERS}
        onChange={(v) => onChange({ optimizer: v as PlaygroundSettings['optimizer'] })}
      />
      <Select
        label="Learning rate"
        value={String(settings.learningRate)}
        choices={rates(LEARNING_RATES, settings.learningRate)}
        onChange={(v) => onChange({ learningRate: Number(v) })}
        hint="How big each step is. Too big and training blows up."
      />
      <NumberSlider
        label="Batch size"
        value={settings.batchSize}
        min={1}
        max={100}
        step={1}
        integer
        onChange={(batchSize) => onChange({ batchSize })}
        hint="Examples averaged per step."
      />
      <Select
        label="Regularization"
        value={settings.regularization}
        choices={REGULARIZATIONS.map((r) => ({
          value: r,
          label:
            r === 'none'
              ? 'None'
              : r === 'l1'
                ? 'L1 (pushes weights to zero)'
                : 'L2 (keeps weights small)',
        }))}
        onChange={(v) => onChange({ regularization: v as PlaygroundSettings['regularization'] })}
      />
      <Select
        label="Regularization rate"
        value={String(settings.regularizationRate)}
        choices={rates(REGULARIZATION_RATES, settings.regularizationRate)}
        onChange={(v) => onChange({ regularizationRate: Number(v) })}
      />
      <Select
        label="Initial weights"
        value={settings.init}
        choices={INITS}
        onChange={(v) => onChange({ init: v as PlaygroundSettings['init'] })}
        {...(hint === undefined ? {} : { hint })}
      />
    </section>
  );
});
