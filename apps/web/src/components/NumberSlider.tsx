/**
 * A labelled number control: a slider for quick changes and a number field for exact values, both
 * bound to one value. Values outside [min, max] typed into the field are refused with an inline
 * message naming the range; the last valid value stays in force.
 */
import { useEffect, useId, useState } from 'react';
import { finiteNumber, textMeans } from '../lib/typed-number.js';

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
  /**
   * The slider's span when it should be narrower than the valid range (a parameter valid on
   * [0, infinity) still slides over [0, 1]); the number field accepts all of [min, max].
   */
  readonly sliderMin?: number;
  readonly sliderMax?: number;
}

/** A slider and a number field for one value, with its label and range. */
export function NumberSlider(props: NumberSliderProps) {
  const { label, value, min, max, step, onChange, hint, integer } = props;
  const low = props.sliderMin ?? min;
  const high = props.sliderMax ?? max;
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  // Follow outside changes (the slider, a reset, the URL), but leave text that already means this
  // value alone: "0." or "1e" being typed must not snap back to "0" or "1".
  useEffect(() => {
    setText((current) => (textMeans(current, value) ? current : String(value)));
    setError(null);
  }, [value]);
  const commit = (raw: string) => {
    setText(raw);
    const n = finiteNumber(raw);
    if (n === undefined) {
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
          min={low}
          max={high}
          step={step}
          value={Math.min(high, Math.max(low, value))}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <input
          id={`${id}-n`}
          // Text, not type=number: browsers blank a number field's value while it holds a
          // half-typed "0." or "1e-", which would fight the typing; we validate ourselves.
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          className="number-field"
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
