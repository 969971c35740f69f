/**
 * A labelled number control: a slider for quick changes and a number field for exact values, both
 * bound to one value. Values outside [min, max] typed into the field are refused with an inline
 * message naming the range; the last valid value stays in force.
 */
import { useEffect, useId, useState } from 'react';

/** Props of NumberSlider. */
export interface NumberSliderProps {
  /** Visible label, e.g. "alpha". */
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Slider step (the field accepts any value in range). */
  readonly step: number;
  readonly onChange: (value: number) => void;
  /** A short explanation under the control. */
  readonly hint?: string;
  /** True to accept only whole numbers. */
  readonly integer?: boolean;
}

/** A slider and a number field for one value, with its label and range. */
export function NumberSlider(props: NumberSliderProps) {
  const { label, value, min, max, step, onChange, hint, integer } = props;
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  // Follow outside changes (the slider, a reset, the URL) unless the user is mid-edit with an error.
  useEffect(() => {
    setText(String(value));
    setError(null);
  }, [value]);
  const commit = (raw: string) => {
    setText(raw);
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n)) {
      setError(`${label} must be a number`);
    } else if (n < min || n > max) {
      setError(`${label} must be between ${min} and ${max}`);
    } else if (integer && !Number.isInteger(n)) {
      setError(`${label} must be a whole number`);
    } else {
      setError(null);
      onChange(n);
    }
  };
  return (
    <div className="field">
      <label htmlFor={`${id}-n`}>{label}</label>
      <div className="field-row">
        <input
          type="range"
          aria-label={`${label} slider`}
          min={min}
          max={max}
          step={step}
          value={Math.min(max, Math.max(min, value))}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <input
          id={`${id}-n`}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step="any"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-e` : hint ? `${id}-h` : undefined}
          onChange={(e) => commit(e.target.value)}
        />
      </div>
      {error ? (
        <span id={`${id}-e`} className="error" role="alert">
          {error}
        </span>
      ) : hint ? (
        <span id={`${id}-h`} className="hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
