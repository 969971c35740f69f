/**
 * The instrument's controls: up to four activations to overlay, depth, width, the initialization,
 * the custom weight gain, the bias variance, and the one-click variance-preserving gain.
 */
import { isFormulaId } from '@actlab/core';
import { useId } from 'react';
import { NumberSlider } from '../components/NumberSlider.js';
import { FormulaField } from '../playground/components/FormulaField.js';
import { FORMULA_CHOICE, STARTER_FORMULA, formulaIdOf } from '../playground/formula-choice.js';
import { INIT_LABELS, SCALAR_CHOICES } from './depth-names.js';
import type { DepthInit, DepthParams } from './depth-params.js';
import {
  DEPTH_INITS,
  DEPTH_PARAM_LIMITS,
  MAX_DEPTH_ACTIVATIONS,
  withPreservingGain,
} from './depth-params.js';

/** Props of DepthControls. */
export interface DepthControlsProps {
  readonly params: DepthParams;
  readonly onChange: (params: DepthParams) => void;
}

/** The value of an activation select that removes the activation. */
const NONE = '';

/**
 * The formulas a new "Custom formula…" slot starts from, first one not already overlaid (the
 * list of curves holds each activation once, so a second copy of a starter would be dropped).
 */
const STARTERS: readonly string[] = [
  STARTER_FORMULA,
  'x * sigmoid(1.702 * x)',
  'x / (1 + abs(x))',
  'where(x > 0, x, 0.1 * x)',
];

/** A formula id for a new custom slot that none of `taken` already is. */
function starterFormula(taken: readonly string[]): string {
  const free = STARTERS.map(formulaIdOf).find((id) => !taken.includes(id));
  return free ?? formulaIdOf(STARTER_FORMULA);
}

/**
 * One activation slot: the catalog or a formula of one's own. A formula gets a text field that
 * core checks at every keystroke; the curves follow only formulas that parse, so a typo never
 * reaches the worker and the last valid curve stays.
 */
function ActivationSelect(props: {
  readonly index: number;
  readonly value: string;
  /** Every activation overlaid now (a new formula slot starts from one that is not). */
  readonly taken: readonly string[];
  readonly onChange: (value: string) => void;
}) {
  const id = useId();
  const { index, value, taken, onChange } = props;
  const formula = isFormulaId(value);
  const label = `Activation ${index + 1}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={formula ? FORMULA_CHOICE : value}
        onChange={(e) =>
          onChange(e.target.value === FORMULA_CHOICE ? starterFormula(taken) : e.target.value)
        }
      >
        {index > 0 ? <option value={NONE}>(none)</option> : null}
        {SCALAR_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
        <option value={FORMULA_CHOICE}>Custom formula…</option>
      </select>
      {formula ? (
        <FormulaField
          label={label}
          value={{ id: value, params: {} }}
          onChange={(next) => onChange(next.id)}
        />
      ) : null}
    </div>
  );
}

/** The controls, writing every change through `onChange`. */
export function DepthControls({ params, onChange }: DepthControlsProps) {
  const initId = useId();
  const set = (patch: Partial<DepthParams>) => onChange({ ...params, ...patch });
  const setActivation = (index: number, value: string) => {
    const slots = Array.from({ length: MAX_DEPTH_ACTIVATIONS }, (_, i) => params.activations[i]);
    slots[index] = value === NONE ? undefined : value;
    const activations = slots.filter(
      (a, i): a is string => a !== undefined && slots.indexOf(a) === i,
    );
    if (activations.length > 0) set({ activations });
  };
  const { depth, width, gain, biasVariance } = DEPTH_PARAM_LIMITS;
  return (
    <div className="depth-controls">
      <fieldset className="depth-activations">
        <legend>Activations overlaid</legend>
        {Array.from({ length: MAX_DEPTH_ACTIVATIONS }, (_, i) => (
          <ActivationSelect
            key={i}
            index={i}
            value={params.activations[i] ?? NONE}
            taken={params.activations}
            onChange={(v) => setActivation(i, v)}
          />
        ))}
      </fieldset>
      <div className="gradient-controls">
        <NumberSlider
          label="Network depth (layers)"
          value={params.depth}
          min={depth.min}
          max={depth.max}
          step={1}
          integer
          onChange={(v) => set({ depth: v })}
        />
        <NumberSlider
          label="Network width (units)"
          value={params.width}
          min={width.min}
          max={width.max}
          step={1}
          integer
          onChange={(v) => set({ width: v })}
          hint="Wider layers follow the mean-field prediction more closely."
        />
        <div className="field">
          <label htmlFor={initId}>Initialization</label>
          <select
            id={initId}
            value={params.init}
            onChange={(e) => set({ init: e.target.value as DepthInit })}
          >
            {DEPTH_INITS.map((init) => (
              <option key={init} value={init}>
                {INIT_LABELS[init]}
              </option>
            ))}
          </select>
        </div>
        <NumberSlider
          label="Weight gain g"
          value={params.gain}
          min={gain.min}
          max={gain.max}
          step={0.01}
          onChange={(v) => set({ gain: v, init: 'custom' })}
          hint="Weights normal with variance g² / fan-in, so σ_w² = g². Moving it picks the custom gain."
        />
        <NumberSlider
          label="Bias variance σ_b²"
          value={params.biasVariance}
          min={biasVariance.min}
          max={biasVariance.max}
          step={0.01}
          onChange={(v) => set({ biasVariance: v })}
        />
      </div>
      <div className="gradient-actions">
        <button type="button" onClick={() => onChange(withPreservingGain(params))}>
          Use the variance-preserving gain
        </button>
        <span className="hint">
          Each activation gets g = 1 / √E[f(z)²] and the biases are removed, so q = 1 is a fixed
          point.
        </span>
      </div>
    </div>
  );
}
