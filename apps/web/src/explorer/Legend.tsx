/**
 * The plot's legend in words: each function's colour sample with its name and line styles, what
 * the shaded bands and the kink markers mean. Colour is never the only cue: f is solid, f' dashed,
 * and every entry is named.
 */
import type { ShownFunction } from './params.js';
import { SATURATION_THRESHOLD } from './plot-model.js';

/** Props of Legend. */
export interface LegendProps {
  readonly fns: readonly ShownFunction[];
  readonly showF: boolean;
  readonly showDf: boolean;
  /** The function whose saturation zones are shaded, if any. */
  readonly shaded: ShownFunction | undefined;
  /** Whether any zone is visible in the window. */
  readonly hasZones: boolean;
}

/** A short sample of a solid and a dashed line in the i-th series colour. */
function Swatch({ index }: { readonly index: number }) {
  const colour = `var(--series-${index % 6})`;
  return (
    <svg className="explorer-swatch" width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">
      <line x1="1" y1="4" x2="43" y2="4" stroke={colour} strokeWidth="2.5" />
      <line x1="1" y1="11" x2="43" y2="11" stroke={colour} strokeWidth="2" strokeDasharray="7 5" />
    </svg>
  );
}

/** The legend under the plot. */
export function Legend({ fns, showF, showDf, shaded, hasZones }: LegendProps) {
  const styles = [showF ? 'f solid' : '', showDf ? 'f′ dashed' : ''].filter(Boolean).join(', ');
  const hasKinks = fns.some((f) => f.act.kinks.length > 0);
  return (
    <div className="explorer-legend">
      <ul aria-label="Legend">
        {fns.map((f, i) => (
          <li key={f.id}>
            <Swatch index={i} /> {f.info.name}
            {styles ? `: ${styles}` : ' (hidden)'}
          </li>
        ))}
      </ul>
      {!showF && !showDf && fns.length > 0 ? (
        <p className="hint">Both curves are hidden: tick f or f′ above to draw them.</p>
      ) : null}
      {shaded ? (
        <p>
          <span className="explorer-shade-swatch" aria-hidden="true" /> Shaded bands: where |f′(x)|
          &lt; {SATURATION_THRESHOLD} for {shaded.info.name}.{' '}
          {hasZones
            ? 'There it saturates: it passes back almost no gradient, so the weights before it barely learn.'
            : 'It does not saturate anywhere in this window.'}
        </p>
      ) : null}
      {hasKinks ? (
        <p>
          Dotted vertical lines mark kinks, where f has no derivative;{' '}
          {showDf ? 'the dot on f′ marks ' : 'see below for '}
          the value used there.
        </p>
      ) : null}
    </div>
  );
}
