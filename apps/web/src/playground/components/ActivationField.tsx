/**
 * One layer's activation: a choice from the whole catalog and a field per parameter, with core's
 * own message when a value is out of range.
 */
import { catalog } from '@actlab/core';
import { formatInterval } from '@actlab/format';
import { useId } from 'react';
import { finiteNumber } from '../../lib/typed-number.js';
import type { LayerActivation } from '../activation-choice.js';
import { activationProblem } from '../activation-choice.js';
import type { Choice } from './Select.js';
import { Select } from './Select.js';

/** Every activation of the catalog, element-wise ones first. */
const ACTIVATION_CHOICES: readonly Choice[] = catalog.map((a) => ({
  value: a.id,
  label: a.name,
  group: a.kind === 'scalar' ? 'Element-wise' : 'Whole-vector',
}));

/** Props of ActivationField. */
export interface ActivationFieldProps {
  /** e.g. "Activation of hidden layer 1". */
  readonly label: string;
  readonly value: LayerActivation;
  readonly onChange: (value: LayerActivation) => void;
  readonly choices?: readonly Choice[];
}

/** An activation select plus its parameters. */
export function ActivationField({ label, value, onChange, choices }: ActivationFieldProps) {
  const id = useId();
  const info = catalog.find((a) => a.id === value.id);
  const problem = activationProblem(value);
  return (
    <div className="pg-activation">
      <Select
        label={label}
        value={value.id}
        choices={choices ?? ACTIVATION_CHOICES}
        onChange={(next) => onChange({ id: next, params: {} })}
      />
      {info?.params.map((spec) => (
        <div className="field" key={spec.name}>
          <label htmlFor={`${id}-${spec.name}`}>
            {label}: {spec.name}
          </label>
          <input
            id={`${id}-${spec.name}`}
            type="number"
            step="any"
            value={value.params[spec.name] ?? spec.default}
            aria-describedby={`${id}-${spec.name}-h`}
            onChange={(e) => {
              const n = finiteNumber(e.target.value);
              if (n !== undefined) {
                onChange({ id: value.id, params: { ...value.params, [spec.name]: n } });
              }
            }}
          />
          <span id={`${id}-${spec.name}-h`} className="hint">
            {spec.description} Range {formatInterval(spec, { digits: 'exact' })}.
          </span>
        </div>
      ))}
      {problem ? (
        <span className="error" role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
