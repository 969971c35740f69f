/**
 * The list of functions to draw: a checkbox per scalar activation (up to MAX_FUNCTIONS at once,
 * the first ticked one drawn in the first colour), a filter by name, and the vector activations,
 * which have no curve here, linked to the Softmax page.
 */
import type { ScalarId } from '@actlab/core';
import { useId, useState } from 'react';
import { Link } from '../lib/navigation.js';
import { MAX_FUNCTIONS, SCALAR_ENTRIES, VECTOR_ENTRIES } from './selection.js';

/** Props of FunctionPicker. */
export interface FunctionPickerProps {
  readonly ids: readonly ScalarId[];
  readonly onToggle: (id: ScalarId) => void;
  /** How many catalog functions may be ticked (one fewer while a custom formula is drawn). */
  readonly max?: number;
}

function nameOf(id: ScalarId): string {
  return SCALAR_ENTRIES.find((e) => e.id === id)?.name ?? id;
}

/** Checkboxes for the scalar activations, with a filter. */
export function FunctionPicker({ ids, onToggle, max = MAX_FUNCTIONS }: FunctionPickerProps) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const entries = SCALAR_ENTRIES.filter(
    (e) =>
      needle === '' ||
      [e.id, e.name, ...e.aliases].some((s) =>
        s.toLowerCase().replace(/_/g, ' ').includes(needle.replace(/_/g, ' ')),
      ),
  );
  const full = ids.length >= max;
  return (
    <fieldset className="explorer-picker">
      <legend>Functions</legend>
      <p id={`${id}-hint`} className="hint">
        Tick one to study it, or several (up to {MAX_FUNCTIONS}) to compare them.
        {max < MAX_FUNCTIONS ? ' Your formula counts as one.' : ''}
        {full ? ' Untick one to add another.' : ''}
      </p>
      {ids.length > 0 ? (
        <ul className="explorer-chips" aria-label="Shown functions">
          {ids.map((shown) => (
            <li key={shown}>
              <button
                type="button"
                onClick={() => onToggle(shown)}
                aria-label={`Remove ${nameOf(shown)}`}
              >
                {nameOf(shown)} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-filter`}>Filter by name</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder="e.g. relu, swish"
        />
      </div>
      <ul className="explorer-picker-list" aria-describedby={`${id}-hint`}>
        {entries.map((e) => {
          const checked = ids.includes(e.id as ScalarId);
          return (
            <li key={e.id}>
              <label>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={() => onToggle(e.id as ScalarId)}
                />{' '}
                {e.name}
              </label>
            </li>
          );
        })}
        {entries.length === 0 ? <li className="hint">No function matches “{filter}”.</li> : null}
      </ul>
      <p className="hint">
        Vector activations ({VECTOR_ENTRIES.map((e) => e.name).join(', ')}) turn a whole vector into
        another vector, so they have no curve y = f(x):{' '}
        <Link to="/softmax">see them on the Softmax page</Link>.
      </p>
    </fieldset>
  );
}
