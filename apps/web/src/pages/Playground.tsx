/**
 * The training playground: TensorFlow Playground's page with the whole activation catalog, softmax
 * for three classes, several optimizers and initializations, gradient norms per layer and model
 * export. The page only composes: settings live in the URL (playground/settings.ts), training in a
 * worker (playground/use-training.ts), drawing in plain functions (playground/draw/).
 */
import { formatPercent } from '@actlab/format';
import { useCallback, useMemo } from 'react';
import { useQuery } from '../lib/use-url-state.js';
import { Charts } from '../playground/components/Charts.js';
import { DataPanel } from '../playground/components/DataPanel.js';
import { DecisionMap } from '../playground/components/DecisionMap.js';
import { ModelPanel } from '../playground/components/ModelPanel.js';
import { NetworkPanel } from '../playground/components/NetworkPanel.js';
import { OptimizerPanel } from '../playground/components/OptimizerPanel.js';
import { TrainingBar } from '../playground/components/TrainingBar.js';
import { importModel } from '../playground/model-io.js';
import type { PlaygroundSettings } from '../playground/settings.js';
import { normalizeSettings, settingsFromQuery, settingsToQuery } from '../playground/settings.js';
import { useThrottled } from '../playground/use-throttled.js';
import { useTraining } from '../playground/use-training.js';
import '../playground/playground.css';

/** The /playground page. */
export default function Playground() {
  const [query, setQuery] = useQuery();
  const search = query.toString();
  const settings = useMemo(() => settingsFromQuery(new URLSearchParams(search)), [search]);
  const training = useTraining(settings);
  const { view } = training;
  const update = useCallback(
    (patch: Partial<PlaygroundSettings>) => setQuery(settingsToQuery({ ...settings, ...patch })),
    [settings, setQuery],
  );
  const onImport = (text: string): string | null => {
    const result = importModel(text, settings);
    if ('error' in result) return result.error;
    const next = normalizeSettings(result.settings);
    training.importModel(result.model, next);
    setQuery(settingsToQuery(next));
    return null;
  };
  const snapshot =
    view.snapshot && view.snapshot.generation === view.generation ? view.snapshot : undefined;
  const divergence = snapshot?.divergence;
  const regression = view.data?.task === 'regression';
  const charts = useThrottled(
    useMemo(() => ({ history: view.history, snapshot }), [view.history, snapshot]),
    100,
  );
  return (
    <section className="playground">
      <h1>Training playground</h1>
      <p className="pg-intro">
        Train a small neural network in your browser and watch it learn to tell the classes apart,
        or to fit a surface. Change the data, the input features, the layers and their activations,
        then press Play. Everything you set is kept in the link.
      </p>
      <TrainingBar
        playing={snapshot?.playing ?? false}
        epoch={snapshot?.epoch ?? 0}
        trainLoss={snapshot?.trainLoss ?? NaN}
        testLoss={snapshot?.testLoss ?? NaN}
        speed={settings.speed}
        canTrain={!view.error && !divergence && view.data?.generation === view.generation}
        onPlay={training.play}
        onPause={training.pause}
        onStep={training.step}
        onReset={training.reset}
        onSpeed={(speed) => update({ speed })}
      />
      {view.error ? (
        <p className="error pg-message" role="alert">
          This network cannot be trained: {view.error}
        </p>
      ) : null}
      {divergence ? (
        <p className="error pg-message" role="alert" data-testid="divergence">
          {divergence.message}
        </p>
      ) : null}
      <div className="pg-grid">
        <div className="pg-col">
          <DataPanel settings={settings} onChange={update} />
          <OptimizerPanel settings={settings} onChange={update} />
        </div>
        <div className="pg-col">
          <NetworkPanel
            settings={settings}
            onChange={update}
            data={view.data}
            snapshot={view.snapshot}
          />
        </div>
        <div className="pg-col">
          <section className="panel pg-panel" aria-labelledby="pg-output">
            <h2 id="pg-output">Output</h2>
            {regression ? (
              // Accuracy means nothing for real-valued targets; R² is the share of variance fitted.
              <p className="readout pg-accuracy">
                R²: training <span data-testid="train-r2">{formatFraction(snapshot?.trainR2)}</span>
                , test {formatFraction(snapshot?.testR2)}
              </p>
            ) : (
              <p className="readout pg-accuracy">
                Accuracy: training {formatShare(snapshot?.trainAccuracy)}, test{' '}
                {formatShare(snapshot?.testAccuracy)}
              </p>
            )}
            <DecisionMap
              data={view.data}
              snapshot={view.snapshot}
              showTest={settings.showTest}
              discrete={settings.discrete}
              onDiscrete={(discrete) => update({ discrete })}
              custom={settings.custom}
              onCustom={(custom) => update({ custom })}
            />
            <Charts
              history={charts.history}
              snapshot={charts.snapshot}
              activations={view.data?.activations ?? []}
            />
          </section>
        </div>
      </div>
      <ModelPanel exported={view.exported} onExport={training.exportModel} onImport={onImport} />
    </section>
  );
}

/** A fraction such as R² to two decimals, or a dash before the first measurement. */
function formatFraction(x: number | undefined): string {
  return x === undefined || Number.isNaN(x) ? '–' : x.toFixed(2);
}

/** A share as a whole percentage, or a dash before the first measurement. */
function formatShare(p: number | undefined): string {
  return p === undefined || Number.isNaN(p) ? '–' : formatPercent(p, 0);
}
