/**
 * The race lesson's extra contender: a button that adds a formula of the learner's own, then the
 * formula field (checked as it is typed) and a button that takes it out again.
 */
import { FormulaField } from '../playground/components/FormulaField.js';
import { STARTER_FORMULA, formulaText } from '../playground/formula-choice.js';

/** Props of RaceContender. */
export interface RaceContenderProps {
  /** The learner's formula as a `formula:` id, or undefined when only the experiment's race. */
  readonly value: string | undefined;
  /** The new formula text, or null to remove it. */
  readonly onChange: (text: string | null) => void;
  readonly disabled?: boolean;
}

/** Add, edit or remove a typed contender. */
export function RaceContender({ value, onChange, disabled }: RaceContenderProps) {
  if (value === undefined) {
    return (
      <div className="lesson-contender">
        <button type="button" onClick={() => onChange(STARTER_FORMULA)} disabled={disabled}>
          Add a contender of your own
        </button>
      </div>
    );
  }
  return (
    <fieldset className="lesson-contender" disabled={disabled}>
      <legend>Your contender</legend>
      <FormulaField
        label="Your contender"
        value={{ id: value, params: {} }}
        onChange={(next) => onChange(formulaText(next.id))}
      />
      <p className="hint">
        It races as one more copy of the network, from the same weights and batches, last in the
        legend and the table.
      </p>
      <button type="button" onClick={() => onChange(null)}>
        Remove your contender
      </button>
    </fieldset>
  );
}
