/**
 * One function's card: the formula and derivative (KaTeX), its kinks with the derivative used at
 * each at the current parameters, the catalog's plain-language note and where the libraries ship it.
 * For the custom formula: its text, and the derivative core worked out as formula text too.
 */
import { kinkLabel, frameworkRows } from './describe.js';
import { Formula } from './Formula.js';
import type { ShownFunction } from './params.js';

/** Props of FunctionDetails. */
export interface FunctionDetailsProps {
  readonly fn: ShownFunction;
}

/** The card of one shown function. */
export function FunctionDetails({ fn }: FunctionDetailsProps) {
  const { id, info, act, description } = fn;
  const frameworks = frameworkRows(info);
  // A formula's id is its whole text (spaces and all), unfit for an HTML id.
  const slug = description ? 'formula' : id;
  return (
    <article className="panel explorer-card" aria-labelledby={`explorer-${slug}`}>
      <h3 id={`explorer-${slug}`}>{info.name}</h3>
      {description ? (
        <p>
          <code className="explorer-formula-text">f(x) = {description.definition.text}</code>
        </p>
      ) : null}
      <Formula tex={info.formula} label={`Formula of ${info.name}`} />
      <Formula tex={info.derivative} label={`Derivative of ${info.name}`} />
      {description ? (
        <p>
          Worked out symbolically by actlab, as formula text:{' '}
          <code className="explorer-formula-text">f′(x) = {description.derivativeText}</code>
        </p>
      ) : null}
      {act.kinks.length > 0 ? (
        <div>
          <h4>Kinks</h4>
          <p>
            Where f has a corner or a jump it has no derivative; actlab, like PyTorch&apos;s
            autograd, uses a fixed value there
            {info.params.length > 0 ? ' (at the current parameters)' : ''}:
          </p>
          <ul>
            {act.kinks.map((k) => (
              <li key={k.x} className="readout">
                {kinkLabel(description ? 'f' : id, k)}
              </li>
            ))}
          </ul>
          {info.kinkConvention ? <p>{info.kinkConvention}</p> : null}
        </div>
      ) : (
        <p>
          No kinks: f has a derivative everywhere
          {info.params.length > 0 ? ' at these parameters' : ''}.
        </p>
      )}
      {!info.usefulGradient ? (
        <p>
          <strong>Its derivative is zero almost everywhere,</strong> so gradient descent cannot
          train a network through it.
        </p>
      ) : null}
      <h4>In plain words</h4>
      <p>{info.note}</p>
      {info.aliases.length > 0 ? (
        <p className="hint">Also called: {info.aliases.join(', ')}.</p>
      ) : null}
      {frameworks.length > 0 ? (
        <>
          <h4>In the libraries</h4>
          <ul className="explorer-frameworks">
            {frameworks.map(([lib, name, note]) => (
              <li key={lib}>
                {lib}: <code>{name}</code>
                {note ? <span className="hint"> — {note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
