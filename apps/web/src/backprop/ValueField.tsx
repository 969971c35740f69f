/**
 * A labelled number field for typing an exact value (a weight, an input, a target). Text that is
 * not a number, or a value the page refuses, gets an inline message and is not applied: the last
 * valid value stays in force until the text is fixed.
 */
import { useEffect, useId, useState } from 'react';
import { finiteNumber, textMeans } from '../lib/typed-number.js';

/** Props of ValueField. */
export interface ValueFieldProps {
  /** Visible label, e.g. "w₁". */
  readonly label: string;
  /** A longer name for screen readers, e.g. "weight 1 of the neuron". */
  readonly name?: string;
  readonly value: number;
  /** Applies a value; returns a refusal message when the page cannot use it. */
  readonly onCommit: (value: number) => string | undefined;
}

/** One number field with its label and inline message. */
export function ValueField({ label, name, value, onCommit }: ValueFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  // Follow outside changes (reset, the URL) but keep text that already means the value ("0.").
  useEffect(() => {
    setText((current) => (textMeans(current, value) ? current : String(value)));
    setError(null);
  }, [value]);
  const commit = (raw: string) => {
    setText(raw);
    const n = finiteNumber(raw);
    const refusal = n === undefined ? `${name ?? label} must be a number` : onCommit(n);
    setError(refusal ?? null);
  };
  return (
    <div className="field value-field">
      <label htmlFor={id}>
        {label}
        {name ? <span className="visually-hidden"> ({name})</span> : null}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        className="number-field"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-e` : undefined}
        onChange={(e) => commit(e.target.value)}
      />
      {error ? (
        <span id={`${id}-e`} className="error" role="alert">
          {error}; the last valid value is kept.
        </span>
      ) : null}
    </div>
  );
}
