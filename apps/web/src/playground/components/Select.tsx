/** A labelled drop-down of plain choices, the playground's most common control. */
import { useId } from 'react';

/** One choice. */
export interface Choice {
  readonly value: string;
  readonly label: string;
  /** Group heading (an optgroup) for long lists such as the activation catalog. */
  readonly group?: string;
}

/** Props of Select. */
export interface SelectProps {
  readonly label: string;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly onChange: (value: string) => void;
  readonly hint?: string;
}

/** A `<select>` with its label and an optional hint under it. */
export function Select({ label, value, choices, onChange, hint }: SelectProps) {
  const id = useId();
  const groups = [...new Set(choices.map((c) => c.group ?? ''))];
  const options = (group: string) =>
    choices
      .filter((c) => (c.group ?? '') === group)
      .map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint ? `${id}-h` : undefined}
      >
        {groups.map((g) =>
          g === '' ? (
            options(g)
          ) : (
            <optgroup key={g} label={g}>
              {options(g)}
            </optgroup>
          ),
        )}
      </select>
      {hint ? (
        <span id={`${id}-h`} className="hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
