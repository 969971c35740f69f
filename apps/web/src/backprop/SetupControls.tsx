/**
 * The example and the training setting: the network's shape (inputs, hidden layers, outputs), the
 * example's inputs and targets, the loss and the learning rate. A new shape starts over with
 * default weights; everything else keeps the step.
 */
import { useEffect, useId, useState } from 'react';
import { NumberSlider } from '../components/NumberSlider.js';
import { formatParam } from '../lib/query.js';
import type { QueryPatch } from '../lib/url-state.js';
import type { BackpropState, StepperLoss } from './backprop-state.js';
import {
  MAX_INPUTS,
  MAX_LEARNING_RATE,
  MAX_OUTPUTS,
  STEPPER_LOSSES,
  examplePatch,
  parseHidden,
  shapePatch,
} from './backprop-state.js';
import { subscript } from './diagram-layout.js';
import { ValueField } from './ValueField.js';

/** Props of SetupControls. */
export interface SetupControlsProps {
  readonly state: BackpropState;
  /** Applies a URL patch, or returns why it cannot. */
  readonly apply: (patch: QueryPatch) => string | undefined;
}

const LOSS_NAMES: Record<StepperLoss, string> = {
  mse: 'Mean squared error',
  binary_cross_entropy: 'Binary cross-entropy',
};

const counts = (max: number) => Array.from({ length: max }, (_, i) => i + 1);

/** Shape, example, loss and learning rate. */
export function SetupControls({ state, apply }: SetupControlsProps) {
  const id = useId();
  const { inputs, targets, hidden } = state;
  const [hiddenText, setHiddenText] = useState(hidden.join(', '));
  const [hiddenError, setHiddenError] = useState<string | null>(null);
  const hiddenKey = hidden.join(',');
  // Follow outside changes (the URL, a reset) but keep text that already means these sizes.
  useEffect(() => {
    setHiddenText((text) => {
      const parsed = parseHidden(text);
      return 'sizes' in parsed && parsed.sizes.join(',') === hiddenKey
        ? text
        : hiddenKey.replace(/,/g, ', ');
    });
  }, [hiddenKey]);
  const setHidden = (text: string) => {
    setHiddenText(text);
    const parsed = parseHidden(text);
    if ('error' in parsed) {
      setHiddenError(parsed.error);
      return;
    }
    if (parsed.sizes.join(',') === hiddenKey) return setHiddenError(null);
    setHiddenError(apply(shapePatch(state, inputs.length, parsed.sizes, targets.length)) ?? null);
  };
  return (
    <>
      <fieldset>
        <legend>Network</legend>
        <div className="field">
          <label htmlFor={`${id}-inputs`}>Inputs</label>
          <select
            id={`${id}-inputs`}
            value={inputs.length}
            onChange={(e) =>
              apply(shapePatch(state, Number(e.target.value), hidden, targets.length))
            }
          >
            {counts(MAX_INPUTS).map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-hidden`}>Hidden layer sizes</label>
          <input
            id={`${id}-hidden`}
            type="text"
            autoComplete="off"
            value={hiddenText}
            placeholder="none"
            aria-invalid={hiddenError ? true : undefined}
            aria-describedby={`${id}-hidden-h`}
            onChange={(e) => setHidden(e.target.value)}
          />
          {hiddenError ? (
            <span id={`${id}-hidden-h`} className="error" role="alert">
              {hiddenError}; the last valid network is kept.
            </span>
          ) : (
            <span id={`${id}-hidden-h`} className="hint">
              Units per hidden layer, e.g. &ldquo;3, 2&rdquo;; empty for a single layer.
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-outputs`}>Outputs</label>
          <select
            id={`${id}-outputs`}
            value={targets.length}
            onChange={(e) =>
              apply(shapePatch(state, inputs.length, hidden, Number(e.target.value)))
            }
          >
            {counts(MAX_OUTPUTS).map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <fieldset>
        <legend>Example</legend>
        <div className="value-row">
          {inputs.map((x, i) => (
            <ValueField
              key={`x${i}`}
              label={`x${subscript(i + 1)}`}
              name={`input ${i + 1}`}
              value={x}
              onCommit={(v) =>
                apply(
                  examplePatch(
                    inputs.map((y, k) => (k === i ? v : y)),
                    targets,
                  ),
                )
              }
            />
          ))}
          {targets.map((t, j) => (
            <ValueField
              key={`t${j}`}
              label={targets.length === 1 ? 't' : `t${subscript(j + 1)}`}
              name={targets.length === 1 ? 'target' : `target ${j + 1}`}
              value={t}
              onCommit={(v) =>
                apply(
                  examplePatch(
                    inputs,
                    targets.map((y, k) => (k === j ? v : y)),
                  ),
                )
              }
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Training</legend>
        <div className="field">
          <label htmlFor={`${id}-loss`}>Loss</label>
          <select
            id={`${id}-loss`}
            value={state.loss}
            onChange={(e) => apply({ loss: e.target.value === 'mse' ? null : e.target.value })}
          >
            {STEPPER_LOSSES.map((l) => (
              <option key={l} value={l}>
                {LOSS_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <NumberSlider
          label="η (learning rate)"
          value={state.learningRate}
          min={0.001}
          max={MAX_LEARNING_RATE}
          sliderMax={2}
          step={0.01}
          hint="How far one update moves each weight against its gradient."
          onChange={(v) => apply({ lr: formatParam(v) })}
        />
      </fieldset>
    </>
  );
}
