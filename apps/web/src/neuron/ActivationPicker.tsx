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

/** Largest magnitude typed for a parameter without finite ends (core checks the rest). */
const TYPED_LIMIT = 1e6;

/**
 * A parameter's ranges: the slider spans its own finite ends, else a span around the default wide
 * enough to explore, widened to reach the current value (the course's T = 10); the typed field
 * takes any value the parameter allows (core refuses the open ends with a message). An open end
 * (temperature-like "above 0") moves the slider in by a step so it never offers it.
 */
function paramRange(
  spec: ParamSpec,
  value: number,
): { min: number; max: number; sliderMin: number; sliderMax: number; step: number } {
  const step = 0.05;
  const lo = Number.isFinite(spec.min) ? spec.min : Math.min(-5, spec.default - 5, value);
  const hi = Number.isFinite(spec.max) ? spec.max : Math.max(5, spec.default + 5, value);
  return {
    min: Number.isFinite(spec.min) ? spec.min : -TYPED_LIMIT,
    max: Number.isFinite(spec.max) ? spec.max : TYPED_LIMIT,
    sliderMin: spec.minInclusive || !Number.isFinite(spec.min) ? lo : lo + step,
    sliderMax: spec.maxInclusive || !Number.isFinite(spec.max) ? hi : hi - step,
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
        const value = params[spec.name] ?? spec.default;
        const range = paramRange(spec, value);
        return (
          <NumberSlider
            key={`${fn}-${spec.name}`}
            label={spec.name}
            value={value}
            {...range}
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
