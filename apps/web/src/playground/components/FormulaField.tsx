/**
 * The text field of a typed activation. Every keystroke is checked by core; a formula that parses
 * becomes the layer's activation at once, one that does not stays in the field with core's message
 * and the place it points at, while training keeps the last formula that worked.
 */
import { FORMULA_FUNCTIONS, customActivation } from '@actlab/core';
import { Suspense, lazy, useId, useMemo, useState } from 'react';
import type { LayerActivation } from '../activation-choice.js';
import type { FormulaProblem } from '../formula-choice.js';
import { formulaIdOf, formulaParamSpecs, formulaProblem, formulaText } from '../formula-choice.js';

/** Copy as code, loaded the first time it is opened (it brings the four code generators). */
const ExportCode = lazy(() =>
  import('../../export/ExportCode.js').then((m) => ({ default: m.ExportCode })),
);

/** Props of FormulaField. */
export interface FormulaFieldProps {
  /** The layer's activation label, e.g. "Activation of hidden layer 1". */
  readonly label: string;
  /** The layer's activation: a `formula:` id that parses. */
  readonly value: LayerActivation;
  readonly onChange: (value: LayerActivation) => void;
}

/** The typed text with a line of carets under the offending part, for sighted readers. */
function pointer(text: string, problem: FormulaProblem): string | null {
  if (problem.position === undefined) return null;
  const width = Math.max(1, (problem.end ?? problem.position + 1) - problem.position);
  return `${text}\n${' '.repeat(problem.position)}${'^'.repeat(width)}`;
}

/** Core's message as a sentence (it starts lower-case to read well after a prefix). */
function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** The derivative core found for the layer's formula, as text, or null if it cannot build it. */
function derivativeOf(value: LayerActivation): string | null {
  try {
    return customActivation(value.id, value.params).derivativeText;
  } catch {
    return null;
  }
}

/** A labelled formula input with live, inline validation. */
export function FormulaField({ label, value, onChange }: FormulaFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(() => formulaText(value.id));
  const [shown, setShown] = useState(value.id);
  const [exporting, setExporting] = useState(false);
  // The URL can change under the field (back, a link, an imported model): show the new formula,
  // unless it is what the learner is typing.
  if (shown !== value.id) {
    setShown(value.id);
    if (formulaIdOf(draft) !== value.id) setDraft(formulaText(value.id));
  }
  const problem = useMemo(() => formulaProblem(draft), [draft]);
  const derivative = useMemo(() => derivativeOf(value), [value]);
  const edit = (text: string) => {
    setDraft(text);
    if (formulaProblem(text) !== null) return;
    const next = formulaIdOf(text);
    // Values of parameters the new text still declares are kept; the others go.
    const declared = formulaParamSpecs(next) ?? [];
    const params = Object.fromEntries(
      Object.entries(value.params).filter(([name]) => declared.some((s) => s.name === name)),
    );
    if (next !== value.id) onChange({ id: next, params });
  };
  const caret = problem ? pointer(draft, problem) : null;
  return (
    <div className="field pg-formula">
      <label htmlFor={id}>{label}: formula</label>
      <input
        id={id}
        type="text"
        value={draft}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-e ${id}-h` : `${id}-h`}
        onChange={(e) => edit(e.target.value)}
      />
      {/* Always present, so screen readers announce the message when it appears. */}
      <div id={`${id}-e`} aria-live="polite">
        {problem ? (
          <div className="error pg-formula-error">
            <span>
              {sentence(problem.message)}
              {' The page keeps the last formula that worked: '}
              <code>{formulaText(value.id)}</code>.
            </span>
            {caret ? (
              <pre className="pg-formula-caret" aria-hidden="true">
                {caret}
              </pre>
            ) : null}
          </div>
        ) : null}
      </div>
      {!problem && derivative ? (
        <span className="hint pg-formula-derivative">
          Its derivative: f′(x) = <code>{derivative}</code>
        </span>
      ) : null}
      <details onToggle={(e) => setExporting(e.currentTarget.open)}>
        <summary>Copy the formula as code</summary>
        {exporting ? (
          <Suspense fallback={<p className="hint">Loading…</p>}>
            <ExportCode name={value.id} params={value.params} label={formulaText(value.id)} />
          </Suspense>
        ) : null}
      </details>
      <span id={`${id}-h`} className="hint">
        {`In x: numbers, pi, e, + − * / ^, where(x > 0, a, b), ${FORMULA_FUNCTIONS.join(', ')}, and any element-wise activation by name, such as leaky_relu(x, alpha = 0.2). Parameters go after a semicolon: x * sigmoid(beta * x); beta = 1.702 in (0, 10].`}
      </span>
    </div>
  );
}
