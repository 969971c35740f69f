/**
 * The properties of the shown functions side by side: output range and the yes/no shape
 * properties, each row explained in words, at the current parameters (core's `shapeAt`: linear
 * with slope 2 and intercept 3 is not zero-centred). A custom formula has no hand-written entry:
 * its column shows core's estimates, marked as estimated in its header and the caption.
 */
import type { ActivationProperties, Interval } from '@actlab/core';
import { shapeAt } from '@actlab/core';
import { formatInterval, formatNumber } from '@actlab/format';
import { PROSE_STYLE } from '../lib/number-style.js';
import { PROPERTY_ROWS, yesNo } from './describe.js';
import type { ShownFunction } from './params.js';

/** The range and properties a column shows: exact at the parameters, or the formula's estimates. */
function columnOf(f: ShownFunction): {
  range: readonly Interval[];
  properties: ActivationProperties;
} {
  if (f.description) {
    return { range: [f.description.properties.range], properties: f.description.properties };
  }
  const { range, properties } = shapeAt(f.info.id, f.act.params);
  return { range, properties };
}

/** A range in words: intervals joined by ∪, a single value as {v} (threshold: {0} ∪ (1, ∞)). */
function rangeText(range: readonly Interval[]): string {
  return range
    .map((i) =>
      i.min === i.max
        ? `{${formatNumber(i.min, 6, PROSE_STYLE)}}`
        : formatInterval(i, { minus: '−' }),
    )
    .join(' ∪ ');
}

/** Props of PropertiesTable. */
export interface PropertiesTableProps {
  readonly fns: readonly ShownFunction[];
}

/** A table with a column per shown function. */
export function PropertiesTable({ fns }: PropertiesTableProps) {
  if (fns.length === 0) return null;
  const estimate = fns.find((f) => f.description)?.description?.properties;
  const short = (x: number) => formatNumber(x, 6, PROSE_STYLE);
  return (
    <section aria-labelledby="explorer-properties">
      <h2 id="explorer-properties">Properties</h2>
      <div className="explorer-scroll">
        <table className="explorer-properties">
          <caption className="hint">
            At the current parameters.
            {estimate
              ? ` The custom formula's column is estimated: f and f′ sampled over [${short(estimate.over.from)}, ${short(estimate.over.to)}] at the current parameters, not proven.`
              : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Property</th>
              {fns.map((f) => (
                <th key={f.id} scope="col">
                  {f.info.name}
                  {f.description ? <span className="hint"> (estimated)</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">
                Range <span className="hint">(the outputs it can take)</span>
              </th>
              {fns.map((f) => (
                <td key={f.id} className="readout">
                  {rangeText(columnOf(f).range)}
                </td>
              ))}
            </tr>
            {PROPERTY_ROWS.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  {row.label} <span className="hint">({row.meaning})</span>
                </th>
                {fns.map((f) => (
                  <td key={f.id}>{yesNo(columnOf(f).properties[row.key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
