/**
 * The custom formula box: type f(x) and it is checked by core as you type. A valid formula is
 * drawn at once (and goes into the link); an invalid one shows what is wrong and where, while the
 * plot keeps the last valid formula. Starting points fill the box; the Playground link trains a
 * network with the formula drawn.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { Link } from '../lib/navigation.js';
import { formulaProblem, isBlankFormula } from './formula-problem.js';
import { playgroundHref } from './formula-state.js';
import { FORMULA_STARTERS, starterOf } from './formula-starters.js';
import { FormulaProblemView } from './FormulaProblemView.js';
import type { ShownFunction } from './params.js';

/** Props of FormulaEditor. */
export interface FormulaEditorProps {
  /** The formula in the link (the last valid one typed), or null. */
  readonly urlText: string | null;
  /** The formula's function when the link's formula is valid. */
  readonly fn: ShownFunction | undefined;
  /** Draws a valid formula, or removes the formula (null). */
  readonly onFormula: (text: string | null) => void;
}

/** The labelled formula field with its checks, starting points and Playground link. */
export function FormulaEditor({ urlText, fn, onFormula }: FormulaEditorProps) {
  const id = useId();
  const [text, setText] = useState(urlText ?? '');
  useEffect(() => {
    // Follow outside changes (back, forward, a starter) unless the box already says the same.
    setText((t) => (t.trim() === (urlText ?? '') ? t : (urlText ?? '')));
  }, [urlText]);
  const problem = useMemo(() => (isBlankFormula(text) ? null : formulaProblem(text)), [text]);
  const edit = (next: string) => {
    setText(next);
    if (isBlankFormula(next)) onFormula(null);
    else if (formulaProblem(next) === null) onFormula(next);
  };
  const note = starterOf(urlText)?.note;
  return (
    <section aria-labelledby={`${id}-title`} className="panel explorer-formula-box">
      <h2 id={`${id}-title`}>Your own activation</h2>
      <p id={`${id}-help`} className="hint">
        Write f(x) with x, numbers, <code>+ − * / ^</code>, <code>exp log sqrt abs tanh erf</code>{' '}
        and kin, any activation of the list by name (<code>sigmoid(x)</code>,{' '}
        <code>leaky_relu(x, alpha = 0.2)</code>) and <code>where(x &gt; 0, x, 0)</code>. Declare
        parameters after a semicolon: <code>x * sigmoid(b * x); b = 1.702 in (0, 10]</code>.
      </p>
      <div className="field">
        <label htmlFor={`${id}-input`}>Formula f(x) =</label>
        <input
          id={`${id}-input`}
          type="text"
          className="explorer-formula-input"
          value={text}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          placeholder="e.g. x * tanh(softplus(x))"
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-help ${id}-check`}
          onChange={(e) => edit(e.target.value)}
        />
      </div>
      <div id={`${id}-check`} aria-live="polite">
        {problem ? (
          <>
            <FormulaProblemView text={text} problem={problem} onText={edit} />
            {fn ? <p className="hint">The plot still shows the last valid formula.</p> : null}
          </>
        ) : fn && !isBlankFormula(text) ? (
          <p className="hint">
            Valid: drawn as “{fn.info.name}” beside the functions ticked, with its derivative.
          </p>
        ) : null}
      </div>
      <div className="explorer-starters" role="group" aria-labelledby={`${id}-starters`}>
        <span id={`${id}-starters`}>Start from:</span>
        {FORMULA_STARTERS.map((s) => (
          <button
            key={s.label}
            type="button"
            aria-pressed={urlText === s.text}
            onClick={() => edit(s.text)}
          >
            {s.label}
          </button>
        ))}
        {urlText !== null ? (
          <button type="button" onClick={() => edit('')}>
            Clear
          </button>
        ) : null}
      </div>
      {note ? <p className="explorer-starter-note">{note}</p> : null}
      {fn ? (
        <p>
          <Link to={playgroundHref(fn)} className="explorer-link-button">
            Train in Playground
          </Link>{' '}
          <span className="hint">
            with {problem ? 'the last valid formula (the one drawn)' : 'this formula'} as the hidden
            layers&apos; activation.
          </span>
        </p>
      ) : null}
    </section>
  );
}
