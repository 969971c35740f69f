/**
 * One layer's activation: a choice from the whole catalog or a typed formula, and a field per
 * parameter (the catalog's, or those the formula declares), with core's own message when a value
 * is out of range.
 */
import { catalog, isFormulaId } from '@actlab/core';
import { formatInterval } from '@actlab/format';
import { useId } from 'react';
import { finiteNumber } from '../../lib/typed-number.js';
import type { LayerActivation } from '../activation-choice.js';
import { activationProblem, paramSpecsOf } from '../activation-choice.js';
import { FORMULA_CHOICE, formulaIdOf, starterFormula } from '../formula-choice.js';
import { FormulaField } from './FormulaField.js';
import type { Choice } from './Select.js';
import { Select } from './Select.js';

/** Every activation of the catalog, element-wise ones first, then a formula of one's own. */
const ACTIVATION_CHOICES: readonly Choice[] = [
  ...catalog.map((a) => ({
    value: a.id,
    label: a.name,
    group: a.kind === 'scalar' ? 'Element-wise' : 'Whole-vector',
  })),
  { value: FORMULA_CHOICE, label: 'Custom formula…', group: 'Your own' },
];

/** Props of ActivationField. */
export interface ActivationFieldProps {
  /** e.g. "Activation of hidden layer 1". */
  readonly label: string;
  readonly value: LayerActivation;
  readonly onChange: (value: LayerActivation) => void;
  readonly choices?: readonly Choice[];
}

/** An activation select plus its formula and its parameters. */
export function ActivationField({ label, value, onChange, choices }: ActivationFieldProps) {
  const id = useId();
  const formula = isFormulaId(value.id);
  const specs = paramSpecsOf(value.id);
  const problem = activationProblem(value);
  const choose = (next: string) => {
    if (next !== FORMULA_CHOICE) return onChange({ id: next, params: {} });
    // The formula starts as the layer's current activation written out, ready to edit.
    if (!formula) onChange({ id: formulaIdOf(starterFormula(value.id, value.params)), params: {} });
  };
  return (
    <div className="pg-activation">
      <Select
        label={label}
        value={formula ? FORMULA_CHOICE : value.id}
        choices={choices ?? ACTIVATION_CHOICES}
        onChange={choose}
      />
      {formula ? <FormulaField label={label} value={value} onChange={onChange} /> : null}
      {specs.map((spec) => (
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
            {spec.description ? `${spec.description} ` : ''}Range{' '}
            {formatInterval(spec, { digits: 'exact' })}.
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
