/**
 * The parameters of every shown function that has any, grouped by function, each with the valid
 * range from the catalog and a button back to the defaults.
 */
import type { ParamSpec } from '@actlab/core';
import { formatInterval } from '@actlab/format';
import type { ShownFunction } from './params.js';
import { paramProblem, sliderRange } from './params.js';
import { ParamField } from './ParamField.js';

/** Props of ParamControls. */
export interface ParamControlsProps {
  readonly fns: readonly ShownFunction[];
  readonly onChange: (fn: ShownFunction, spec: ParamSpec, value: number) => void;
  readonly onReset: (fn: ShownFunction) => void;
}

/** A fieldset of parameter controls per shown function that takes parameters. */
export function ParamControls({ fns, onChange, onReset }: ParamControlsProps) {
  const withParams = fns.filter((f) => f.info.params.length > 0);
  if (fns.length === 0) return <p className="hint">Tick a function to see its parameters.</p>;
  if (withParams.length === 0) {
    return (
      <p className="hint">
        {fns.length === 1 ? 'This function has' : 'These functions have'} no parameters.
      </p>
    );
  }
  return (
    <>
      {withParams.map((fn) => (
        <fieldset key={fn.id} className="explorer-params">
          <legend>{fn.info.name}</legend>
          {fn.info.params.map((spec) => {
            const value = fn.act.params[spec.name] ?? spec.default;
            return (
              <ParamField
                key={spec.name}
                label={spec.name}
                fullLabel={`${fn.info.name} ${spec.name}`}
                value={value}
                range={sliderRange(spec, value)}
                hint={`${spec.description} Valid: ${formatInterval(spec, { digits: 'exact' })}, default ${spec.default}.`}
                problem={(v) => paramProblem(fn, spec.name, v)}
                onChange={(v) => onChange(fn, spec, v)}
              />
            );
          })}
          <button type="button" onClick={() => onReset(fn)}>
            Reset {fn.info.name} to defaults
          </button>
        </fieldset>
      ))}
    </>
  );
}
