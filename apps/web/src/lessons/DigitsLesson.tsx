/**
 * The digits lesson: the experiment's network trained here, in a worker, on the compact subset of
 * MNIST the build ships; then a pad to draw a digit (or a button to pick a held-out test digit)
 * and the network's ten probabilities. Epochs, hidden units, seed and the picked test digit are in
 * the URL.
 */
import type { ExperimentInfo } from '@actlab/train';
import { useEffect, useMemo, useState } from 'react';
import { NumberSlider } from '../components/NumberSlider.js';
import { formatNumber, formatPercent } from '@actlab/format';
import { READOUT_STYLE } from '../lib/number-style.js';
import { clampedParam, formatParam } from '../lib/query.js';
import { useQuery } from '../lib/use-url-state.js';
import { MNIST_SIDE } from './digit-image.js';
import { digitProbabilities } from './digit-predict.js';
import type { DigitSubset } from './digits-format.js';
import { fetchDigits } from './digits-driver.js';
import type { DigitsSettings } from './digits-training.js';
import { DIGITS_DEFAULTS } from './digits-training.js';
import { DigitsOutcome } from './DigitsOutcome.js';
import { DrawingPad } from './DrawingPad.js';
import { LessonNav } from './LessonNav.js';
import { ProbabilityBars } from './ProbabilityBars.js';
import { useDigitsTraining } from './use-digits-training.js';

/** Props of DigitsLesson. */
export interface DigitsLessonProps {
  readonly info: ExperimentInfo;
}

const PAD_SIZE = 280;

/** The subset on the main thread, for showing test digits (fetched once, from the HTTP cache). */
let testDigits: Promise<DigitSubset> | undefined;

/** The settings from the query. */
function readSettings(query: URLSearchParams): DigitsSettings {
  return {
    epochs: Math.round(clampedParam(query.get('epochs'), DIGITS_DEFAULTS.epochs, 1, 10)),
    hidden: Math.round(clampedParam(query.get('hidden'), DIGITS_DEFAULTS.hidden, 8, 128)),
    seed: Math.round(clampedParam(query.get('seed'), DIGITS_DEFAULTS.seed, 0, 9999)),
  };
}

/** The digits lesson page. */
export function DigitsLesson({ info }: DigitsLessonProps) {
  const [query, update] = useQuery();
  const settings = readSettings(query);
  const sampleParam = query.get('sample');
  const sample = sampleParam === null ? null : Math.max(0, Math.round(Number(sampleParam)) || 0);
  const { state, train, cancel } = useDigitsTraining();
  const [subset, setSubset] = useState<DigitSubset>();
  const [drawn, setDrawn] = useState<Float64Array | null>(null);
  const [clearKey, setClearKey] = useState(0);
  const [loadError, setLoadError] = useState<string>();
  const busy = state.status === 'loading' || state.status === 'training';
  const model = state.result?.model;

  const testImage = useMemo(() => {
    if (sample === null || !subset) return null;
    const index = sample % subset.test.size;
    const pixels = MNIST_SIDE * MNIST_SIDE;
    return {
      index,
      label: subset.test.targets[index] as number,
      pixels: subset.test.inputs.slice(index * pixels, (index + 1) * pixels),
    };
  }, [sample, subset]);
  const input = testImage?.pixels ?? drawn;
  const probabilities = useMemo(
    () => (model && input ? digitProbabilities(model, input) : null),
    [model, input],
  );

  const pickTestDigit = () => {
    testDigits ??= fetchDigits(window.location.origin);
    testDigits.then(
      (data) => {
        setSubset(data);
        setLoadError(undefined);
        update({ sample: formatParam(Math.floor(Math.random() * data.test.size)) });
      },
      (error: unknown) => {
        testDigits = undefined;
        setLoadError(error instanceof Error ? error.message : String(error));
      },
    );
  };
  const clear = () => {
    update({ sample: null });
    setDrawn(null);
    setClearKey((k) => k + 1);
  };
  // A link with ?sample= opens with that test digit once the subset is here.
  const wantSubset = sample !== null && !subset;
  useEffect(() => {
    if (!wantSubset) return;
    let live = true;
    testDigits ??= fetchDigits(window.location.origin);
    testDigits.then(
      (data) => live && setSubset(data),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wantSubset]);

  const progress = state.progress;
  const result = state.result;
  return (
    <article>
      <LessonNav id={info.id} />
      <h1>{info.title}</h1>
      <p className="lesson-claim">{info.lesson}</p>
      <p>
        Each 28 × 28 image is 784 brightness values between 0 and 1. One hidden layer of ReLU units
        finds strokes and shapes, and a softmax over 10 outputs gives the probability of each digit.
        Here the network trains in your browser, on 4,000 handwritten digits from MNIST (stored with
        16 grey levels to keep the download small), and is tested on 1,000 digits it never sees
        while training.
      </p>
      <div className="panel lesson-controls">
        <div className="lesson-settings">
          <NumberSlider
            label="Epochs"
            value={settings.epochs}
            min={1}
            max={10}
            step={1}
            integer
            onChange={(v) => update({ epochs: formatParam(v) })}
            hint="Passes over the training digits."
          />
          <NumberSlider
            label="Hidden units"
            value={settings.hidden}
            min={8}
            max={128}
            step={8}
            integer
            onChange={(v) => update({ hidden: formatParam(v) })}
          />
          <NumberSlider
            label="Seed"
            value={settings.seed}
            min={0}
            max={9999}
            step={1}
            integer
            onChange={(v) => update({ seed: formatParam(v) })}
          />
        </div>
        <div className="lesson-actions">
          <button type="button" onClick={() => train(settings)} disabled={busy}>
            {result ? 'Train again' : 'Train the network'}
          </button>
          {busy ? (
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          ) : null}
        </div>
        <label className="field">
          <span className="label">Training progress</span>
          <progress max={1} value={progress?.fraction ?? (result ? 1 : 0)} />
        </label>
        <p role="status" className="readout">
          {state.status === 'loading'
            ? 'Loading the digits…'
            : state.status === 'training'
              ? `Epoch ${Math.min(settings.epochs, (progress?.epoch ?? 0) + 1)} of ${settings.epochs} on ${state.counts?.train ?? '…'} digits, loss ${formatNumber(progress?.loss ?? NaN, 3, READOUT_STYLE)}${progress?.testAccuracy !== undefined ? `, test accuracy so far ${formatPercent(progress.testAccuracy, 1)}` : ''}`
              : state.status === 'done' && result
                ? `Trained: ${formatPercent(result.testAccuracy, 1)} of ${state.counts?.test ?? ''} test digits recognized.`
                : state.status === 'idle'
                  ? 'Not trained yet.'
                  : ''}
        </p>
        {state.status === 'error' ? (
          <p className="error" role="alert">
            Training failed: {state.error}
          </p>
        ) : null}
      </div>

      {result ? (
        <DigitsOutcome
          result={result}
          hidden={settings.hidden}
          epochs={settings.epochs}
          testCount={state.counts?.test ?? 0}
        />
      ) : null}

      <section aria-labelledby="draw-heading">
        <h2 id="draw-heading">Draw a digit</h2>
        {!model ? (
          <p className="hint">Train the network first; then draw here and see what it reads.</p>
        ) : null}
        <div className="digits-draw">
          <div>
            <DrawingPad
              size={PAD_SIZE}
              image={testImage?.pixels ?? null}
              clearKey={clearKey}
              onInput={setDrawn}
              onDrawStart={() => update({ sample: null })}
            />
            <div className="lesson-actions">
              <button type="button" onClick={clear}>
                Clear
              </button>
              <button type="button" onClick={pickTestDigit}>
                Pick a test digit
              </button>
            </div>
            {testImage ? (
              <p className="readout">
                Test digit #{testImage.index}, labelled {testImage.label}.
              </p>
            ) : null}
            {loadError ? (
              <p className="error" role="alert">
                {loadError}
              </p>
            ) : null}
          </div>
          {probabilities ? (
            <ProbabilityBars probabilities={probabilities} />
          ) : (
            <p className="hint">
              {model ? 'Draw a digit or pick a test digit to see the ten probabilities.' : ''}
            </p>
          )}
        </div>
      </section>
    </article>
  );
}
