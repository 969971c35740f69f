/**
 * f(x) and f'(x) at an x typed in (or picked on the plot), computed by core: each rounded to 8
 * significant digits for reading, with the full float64 value (shortest round-trip form) beneath
 * for copying.
 */
import { useEffect, useId, useState } from 'react';
import { formatNumber } from '@actlab/format';
import { READOUT_STYLE } from '../lib/number-style.js';
import { finiteNumber, textMeans } from '../lib/typed-number.js';
import type { ShownFunction } from './params.js';

/** Significant digits of the values table. */
const VALUE_DIGITS = 8;

/** Props of ValuesAtX. */
export interface ValuesAtXProps {
  readonly fns: readonly ShownFunction[];
  readonly x: number;
  readonly onX: (x: number) => void;
}

/** The rounded value and the exact float64 beneath it. */
function Value({ v }: { readonly v: number }) {
  const rounded = formatNumber(v, VALUE_DIGITS, READOUT_STYLE);
  const exact = String(v);
  return (
    <>
      <span className="explorer-value">{rounded}</span>
      {Number.isFinite(v) && exact !== rounded ? (
        <span className="explorer-exact">{exact}</span>
      ) : null}
    </>
  );
}

/** The x field and the table of values at x. */
export function ValuesAtX({ fns, x, onX }: ValuesAtXProps) {
  const id = useId();
  const [text, setText] = useState(String(x));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Follow outside changes (a click on the plot, the URL) unless they are what was typed.
    setText((t) => (textMeans(t, x) ? t : String(x)));
    setError(null);
  }, [x]);
  const commit = (raw: string) => {
    setText(raw);
    const n = finiteNumber(raw);
    if (n !== undefined) {
      setError(null);
      onX(n);
    } else setError('x must be a number, e.g. 2, −0.5 or 1e-3');
  };
  return (
    <section aria-labelledby={`${id}-title`} className="explorer-values">
      <h2 id={`${id}-title`}>Values at x</h2>
      <div className="field">
        <label htmlFor={`${id}-x`}>x</label>
        <input
          id={`${id}-x`}
          type="text"
          inputMode="decimal"
          className="explorer-number"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-e` : undefined}
          onChange={(e) => commit(e.target.value)}
        />
        {error ? (
          <span id={`${id}-e`} className="error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
      {fns.length > 0 ? (
        <div className="explorer-scroll">
          <p className="hint" id={`${id}-about`}>
            Computed by core in float64: {VALUE_DIGITS} significant digits, with the full value
            beneath where it has more.
          </p>
          <table aria-describedby={`${id}-about`}>
            <thead>
              <tr>
                <th scope="col">Function</th>
                <th scope="col">f({formatNumber(x, 10, READOUT_STYLE)})</th>
                <th scope="col">f′({formatNumber(x, 10, READOUT_STYLE)})</th>
              </tr>
            </thead>
            <tbody aria-live="polite">
              {fns.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.info.name}</th>
                  <td className="readout">
                    <Value v={f.act.f(x)} />
                  </td>
                  <td className="readout">
                    <Value v={f.act.df(x)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
