/**
 * Chooses the neuron's activation among core's scalar activations and sets its parameters. A
 * parameter combination core refuses (say hard tanh with min_val above max_val) is shown as an
 * inline message and not applied, so the last valid activation stays in force.
 */
import type { ParamSpec, Params, ScalarId } from '@actlab/core';
import { activation, catalog, isActlabError } from '@actlab/core';
import { useId, useState } from 'react';
import { NumberSlider } from '../components/NumberSlider.js';

/** Props of ActivationPicker. */
export interface ActivationPickerProps {
  readonly fn: ScalarId;
  readonly params: Params;
  readonly onFunctionChange: (fn: ScalarId) => void;
  /** Called only with parameters core accepts. */
  readonly onParamsChange: (params: Params) => void;
}

const SCALARS = catalog.filter((info) => info.kind === 'scalar');

/**
 * A slider range for a parameter: its own finite ends, else a span around the default wide enough to
 * explore. An open end (temperature-like "above 0") moves in by a step so the slider never offers it.
 */
function sliderRange(spec: ParamSpec): { min: number; max: number; step: number } {
  const step = 0.05;
  const lo = Number.isFinite(spec.min) ? spec.min : Math.min(-5, spec.default - 5);
  const hi = Number.isFinite(spec.max) ? spec.max : Math.max(5, spec.default + 5);
  return {
    min: spec.minInclusive || !Number.isFinite(spec.min) ? lo : lo + step,
    max: spec.maxInclusive || !Number.isFinite(spec.max) ? hi : hi - step,
    step,
  };
}

/** The activation select and one slider per parameter of the chosen activation. */
export function ActivationPicker({
  fn,
  params,
  onFunctionChange,
  onParamsChange,
}: ActivationPickerProps) {
  const id = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  const info = SCALARS.find((s) => s.id === fn);
  const setParam = (name: string, value: number) => {
    try {
      onParamsChange(activation(fn, { ...params, [name]: value }).params);
      setRefusal(null);
    } catch (error) {
      if (!isActlabError(error)) throw error;
      setRefusal(error.message);
    }
  };
  return (
    <div>
      <div className="field">
        <label htmlFor={`${id}-fn`}>Activation</label>
        <select
          id={`${id}-fn`}
          value={fn}
          onChange={(e) => {
            setRefusal(null);
            onFunctionChange(e.target.value as ScalarId);
          }}
        >
          {SCALARS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        {info ? <span className="hint">{info.note}</span> : null}
      </div>
      {info?.params.map((spec) => {
        const range = sliderRange(spec);
        return (
          <NumberSlider
            key={`${fn}-${spec.name}`}
            label={spec.name}
            value={params[spec.name] ?? spec.default}
            min={range.min}
            max={range.max}
            step={range.step}
            hint={spec.description}
            onChange={(v) => setParam(spec.name, v)}
          />
        );
      })}
      {refusal ? (
        <p className="error" role="alert">
          Not applied: {refusal}.
        </p>
      ) : null}
    </div>
  );
}
