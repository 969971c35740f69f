/**
 * One parameter: a slider over a convenient span and a number field that accepts the whole valid
 * range. What core refuses is shown inline and not applied; the last valid value stays in force.
 */
import { useEffect, useId, useState } from 'react';
import { finiteNumber, textMeans } from '../lib/typed-number.js';
import type { SliderRange } from './params.js';

/** Props of ParamField. */
export interface ParamFieldProps {
  /** Visible label, the parameter's name as in the URL. */
  readonly label: string;
  /** Names the function too, for screen readers when several have the same parameter. */
  readonly fullLabel: string;
  readonly value: number;
  readonly range: SliderRange;
  /** The valid range and meaning, under the control. */
  readonly hint: string;
  /** Why a value is refused, or null when it is fine (asked of core). */
  readonly problem: (value: number) => string | null;
  readonly onChange: (value: number) => void;
}

/** A labelled slider and number field for one parameter. */
export function ParamField({
  label,
  fullLabel,
  value,
  range,
  hint,
  problem,
  onChange,
}: ParamFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Follow outside changes (the slider, a reset, the URL), but keep what is being typed when it
    // already means this value: "0." must not snap back to "0" under the cursor.
    setText((t) => (textMeans(t, value) ? t : String(value)));
    setError(null);
  }, [value]);
  const commit = (raw: string) => {
    setText(raw);
    const n = finiteNumber(raw);
    const why = n === undefined ? `${label} must be a number` : problem(n);
    setError(why);
    if (n !== undefined && why === null) onChange(n);
  };
  return (
    <div className="field">
      <label htmlFor={`${id}-n`}>{label}</label>
      <div className="field-row">
        <input
          type="range"
          aria-label={`${fullLabel} slider`}
          min={range.min}
          max={range.max}
          step={range.step}
          value={Math.min(range.max, Math.max(range.min, value))}
          onChange={(e) => commit(e.target.value)}
        />
        <input
          id={`${id}-n`}
          type="text"
          inputMode="decimal"
          aria-label={fullLabel}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-h${error ? ` ${id}-e` : ''}`}
          onChange={(e) => commit(e.target.value)}
          className="explorer-number"
        />
      </div>
      {error ? (
        <span id={`${id}-e`} className="error" role="alert">
          {error}
        </span>
      ) : null}
      <span id={`${id}-h`} className="hint">
        {hint}
      </span>
    </div>
  );
}
