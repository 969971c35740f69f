/**
 * The logits as a list of labelled number fields with add and remove buttons. A field holding
 * something that is not a usable number shows an inline message and is not applied: the page keeps
 * the last valid logits (and the URL with them) until the text is fixed.
 */
import { useEffect, useId, useState } from 'react';
import { finiteNumber, textMeans } from '../lib/typed-number.js';
import { MAX_CLASSES, MIN_CLASSES, logitProblem } from './softmax-state.js';

/** Props of LogitsEditor. */
export interface LogitsEditorProps {
  readonly logits: readonly number[];
  /** Called with the whole new list whenever it is valid. */
  readonly onChange: (logits: number[]) => void;
}

/** Props of one field. */
interface LogitFieldProps {
  readonly index: number;
  readonly value: number;
  readonly onCommit: (value: number) => void;
  readonly onRemove: (() => void) | null;
}

function LogitField({ index, value, onCommit, onRemove }: LogitFieldProps) {
  const id = useId();
  const label = `Class ${index + 1} logit`;
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  // Follow outside changes (presets, removal of an earlier class, the URL), but leave text that
  // already means this value alone, so typing "2." or "1e3" is not rewritten under the cursor.
  useEffect(() => {
    setText((old) => (textMeans(old, value) ? old : String(value)));
    setError(null);
  }, [value]);
  const edit = (raw: string) => {
    setText(raw);
    const problem = logitProblem(raw, label);
    setError(problem);
    const n = finiteNumber(raw);
    if (!problem && n !== undefined) onCommit(n);
  };
  return (
    <li className="logit-row">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step="any"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-e` : undefined}
        onChange={(e) => edit(e.target.value)}
      />
      <button
        type="button"
        onClick={onRemove ?? undefined}
        disabled={!onRemove}
        aria-label={`Remove class ${index + 1}`}
      >
        Remove
      </button>
      {error ? (
        <span id={`${id}-e`} className="error logit-error" role="alert">
          {error}
        </span>
      ) : null}
    </li>
  );
}

/** Editable logits, one field per class. */
export function LogitsEditor({ logits, onChange }: LogitsEditorProps) {
  const canRemove = logits.length > MIN_CLASSES;
  return (
    <div className="logits-editor">
      <ol className="logit-list">
        {logits.map((z, i) => (
          <LogitField
            key={i}
            index={i}
            value={z}
            onCommit={(v) => onChange(logits.map((old, j) => (j === i ? v : old)))}
            onRemove={canRemove ? () => onChange(logits.filter((_, j) => j !== i)) : null}
          />
        ))}
      </ol>
      <button
        type="button"
        onClick={() => onChange([...logits, 0])}
        disabled={logits.length >= MAX_CLASSES}
      >
        Add a class
      </button>
      <p className="hint">
        {MIN_CLASSES} to {MAX_CLASSES} classes. A logit is a raw score; any real number works.
      </p>
    </div>
  );
}
