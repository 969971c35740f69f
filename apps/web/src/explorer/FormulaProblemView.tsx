/**
 * A formula's problem shown inline: core's message, where it is in words, the text with the
 * offending span marked (a highlighted, underlined span with carets beneath: never colour alone)
 * and a button per name core suggests, which puts that name in place of the span.
 */
import type { FormulaProblem } from './formula-problem.js';
import { applySuggestion, markProblem, problemPlace } from './formula-problem.js';

/** Props of FormulaProblemView. */
export interface FormulaProblemViewProps {
  /** The text as typed. */
  readonly text: string;
  readonly problem: FormulaProblem;
  /** Replaces the text (a suggestion applied). */
  readonly onText: (text: string) => void;
}

/** The message, the marked text and the suggested fixes. */
export function FormulaProblemView({ text, problem, onText }: FormulaProblemViewProps) {
  const { before, marked, after, caret } = markProblem(text, problem);
  // A suggestion replaces a name, so it applies only when core marked one.
  const fixes = problem.end > problem.position ? problem.suggestions.slice(0, 3) : [];
  return (
    <div className="explorer-formula-problem">
      <p className="error">
        <strong>Not a formula yet</strong>, {problemPlace(text, problem)}: {problem.message}
      </p>
      {/* The words above say where; this repeats it visually for reading at a glance. */}
      <pre className="explorer-formula-marked" aria-hidden="true">
        <code>
          {before}
          {marked ? <mark>{marked}</mark> : <mark className="explorer-formula-missing"> </mark>}
          {after}
          {'\n'}
          <span className="explorer-formula-caret">{caret}</span>
        </code>
      </pre>
      {fixes.length > 0 ? (
        <p>
          Did you mean{' '}
          {fixes.map((name, i) => (
            <span key={name}>
              {i > 0 ? ' or ' : ''}
              <button type="button" onClick={() => onText(applySuggestion(text, problem, name))}>
                {name}
              </button>
            </span>
          ))}
          ?
        </p>
      ) : null}
    </div>
  );
}
