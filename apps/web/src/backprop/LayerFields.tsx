/**
 * One fieldset per layer: its activation (any scalar activation of core's catalog, or a formula
 * of one's own, checked at every keystroke) and a number field for every weight and bias of each
 * of its units. Values go through the page's `apply`, which refuses what the engine cannot trace
 * and keeps the last valid network.
 */
import { catalog, isFormulaId } from '@actlab/core';
import { useId } from 'react';
import { FormulaField } from '../playground/components/FormulaField.js';
import { FORMULA_CHOICE, STARTER_FORMULA, formulaIdOf } from '../playground/formula-choice.js';
import type { QueryPatch } from '../lib/url-state.js';
import type { BackpropState } from './backprop-state.js';
import { activationsPatch, layerSizes, unitOffset, weightsPatch } from './backprop-state.js';
import { subscript } from './diagram-layout.js';
import { ValueField } from './ValueField.js';

const SCALARS = catalog.filter((info) => info.kind === 'scalar');

/** Props of LayerFields. */
export interface LayerFieldsProps {
  readonly state: BackpropState;
  /** Applies a URL patch, or returns why it cannot. */
  readonly apply: (patch: QueryPatch) => string | undefined;
}

function layerName(l: number, count: number): string {
  if (count === 1) return 'The neuron';
  return l === count - 1 ? `Layer ${l + 1} (output)` : `Layer ${l + 1} (hidden)`;
}

/** The activation select and weight fields of every layer. */
export function LayerFields({ state, apply }: LayerFieldsProps) {
  const id = useId();
  const sizes = layerSizes(state.hidden, state.targets.length);
  const single = sizes.length === 1 && sizes[0] === 1;
  const setActivation = (l: number, next: string) =>
    apply(activationsPatch(state.activations.map((a, k) => (k === l ? next : a))));
  const setWeight = (at: number, value: number) =>
    apply(weightsPatch(state.weights.map((w, k) => (k === at ? value : w))));
  return (
    <>
      {sizes.map((units, l) => {
        const fanIn = l === 0 ? state.inputs.length : (sizes[l - 1] ?? 1);
        const inputName = (i: number) => (l === 0 ? `x${subscript(i + 1)}` : `unit ${i + 1}`);
        return (
          <fieldset key={l} className="layer-fields">
            <legend>{layerName(l, sizes.length)}</legend>
            <div className="field">
              <label htmlFor={`${id}-act-${l}`}>
                Activation{sizes.length > 1 ? ` of layer ${l + 1}` : ''}
              </label>
              <select
                id={`${id}-act-${l}`}
                value={
                  isFormulaId(state.activations[l] ?? '') ? FORMULA_CHOICE : state.activations[l]
                }
                onChange={(e) =>
                  setActivation(
                    l,
                    e.target.value === FORMULA_CHOICE
                      ? formulaIdOf(STARTER_FORMULA)
                      : e.target.value,
                  )
                }
              >
                {SCALARS.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
                <option value={FORMULA_CHOICE}>Custom formula…</option>
              </select>
              {isFormulaId(state.activations[l] ?? '') ? (
                <FormulaField
                  label={`Activation${sizes.length > 1 ? ` of layer ${l + 1}` : ''}`}
                  value={{ id: state.activations[l] ?? '', params: {} }}
                  onChange={(next) => setActivation(l, next.id)}
                />
              ) : null}
            </div>
            {Array.from({ length: units }, (_, j) => {
              const at = unitOffset(state.inputs.length, sizes, l, j);
              const unitWords = single ? 'the neuron' : `unit ${j + 1} of layer ${l + 1}`;
              const tag = single ? '' : `${l + 1}.${j + 1} `;
              return (
                <div
                  key={j}
                  className="unit-weights"
                  role="group"
                  aria-label={`Weights of ${unitWords}`}
                >
                  {Array.from({ length: fanIn }, (_, i) => (
                    <ValueField
                      key={i}
                      label={`${tag}w${subscript(i + 1)}`}
                      name={`weight from ${inputName(i)} to ${unitWords}`}
                      value={state.weights[at + i] ?? 0}
                      onCommit={(v) => setWeight(at + i, v)}
                    />
                  ))}
                  <ValueField
                    label={`${tag}b`}
                    name={`bias of ${unitWords}`}
                    value={state.weights[at + fanIn] ?? 0}
                    onCommit={(v) => setWeight(at + fanIn, v)}
                  />
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </>
  );
}
