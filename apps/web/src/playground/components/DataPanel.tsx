/**
 * The data: which dataset, how noisy, how many points, how they split, the seed, and which
 * features of the plane the network sees.
 */
import { memo } from 'react';
import { NumberSlider } from '../../components/NumberSlider.js';
import { finiteNumber } from '../../lib/typed-number.js';
import { FeaturePicker } from './FeaturePicker.js';
import type { PlaygroundSettings } from '../settings.js';
import { PLAYGROUND_DATASETS, isGenerated } from '../settings.js';
import { Select } from './Select.js';

/** Props of DataPanel. */
export interface DataPanelProps {
  readonly settings: PlaygroundSettings;
  readonly onChange: (patch: Partial<PlaygroundSettings>) => void;
}

/** The data controls. */
export const DataPanel = memo(function DataPanel({ settings, onChange }: DataPanelProps) {
  const info = PLAYGROUND_DATASETS.find((d) => d.name === settings.dataset);
  const generated = isGenerated(settings.dataset);
  return (
    <section className="panel pg-panel" aria-labelledby="pg-data">
      <h2 id="pg-data">Data</h2>
      <Select
        label="Dataset"
        value={settings.dataset}
        choices={PLAYGROUND_DATASETS.map((d) => ({
          value: d.name,
          label: d.title,
        }))}
        // A new dataset has its own classes: its clicked points, output and loss no longer apply.
        onChange={(dataset) =>
          onChange({ dataset, custom: [], output: undefined, loss: undefined })
        }
        hint={info?.description}
      />
      <NumberSlider
        label="Training share (%)"
        value={settings.trainPercent}
        min={10}
        max={90}
        step={10}
        integer
        onChange={(trainPercent) => onChange({ trainPercent })}
        hint="The rest is held out to test the network."
      />
      {generated ? (
        <>
          <NumberSlider
            label="Noise"
            value={settings.noise}
            min={0}
            max={1}
            step={0.05}
            onChange={(noise) => onChange({ noise })}
          />
          <NumberSlider
            label="Points"
            value={settings.points}
            min={50}
            max={2000}
            step={50}
            integer
            onChange={(points) => onChange({ points })}
          />
        </>
      ) : (
        <p className="hint">
          Iris is measured data: it has no noise or point count. Its inputs are standardized (mean
          0, standard deviation 1).
        </p>
      )}
      <FeaturePicker value={settings.inputs} onChange={(inputs) => onChange({ inputs })} />
      <div className="field">
        <label htmlFor="pg-seed">Seed</label>
        <div className="field-row">
          <input
            id="pg-seed"
            type="number"
            min={0}
            step={1}
            value={settings.seed}
            onChange={(e) => {
              const seed = finiteNumber(e.target.value);
              if (seed !== undefined && Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)
                onChange({ seed });
            }}
          />
          <button
            type="button"
            onClick={() => onChange({ seed: Math.floor(Math.random() * 100000) })}
          >
            New seed
          </button>
        </div>
        <span className="hint">The same seed gives the same data, split and starting weights.</span>
      </div>
      <div className="field">
        <label className="pg-check">
          <input
            type="checkbox"
            checked={settings.showTest}
            onChange={(e) => onChange({ showTest: e.target.checked })}
          />
          Show test data (outlined)
        </label>
      </div>
    </section>
  );
});
