/**
 * The catalog's properties of the shown functions side by side: output range and the yes/no shape
 * properties, each row explained in words. They hold at the default parameters.
 */
import { formatInterval } from '@actlab/format';
import { PROPERTY_ROWS, yesNo } from './describe.js';
import type { ShownFunction } from './params.js';

/** Props of PropertiesTable. */
export interface PropertiesTableProps {
  readonly fns: readonly ShownFunction[];
}

/** A table with a column per shown function. */
export function PropertiesTable({ fns }: PropertiesTableProps) {
  if (fns.length === 0) return null;
  return (
    <section aria-labelledby="explorer-properties">
      <h2 id="explorer-properties">Properties</h2>
      <div className="explorer-scroll">
        <table className="explorer-properties">
          <caption className="hint">From the catalog, at the default parameters.</caption>
          <thead>
            <tr>
              <th scope="col">Property</th>
              {fns.map((f) => (
                <th key={f.id} scope="col">
                  {f.info.name}
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
                  {formatInterval(f.info.range, { minus: '−' })}
                </td>
              ))}
            </tr>
            {PROPERTY_ROWS.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  {row.label} <span className="hint">({row.meaning})</span>
                </th>
                {fns.map((f) => (
                  <td key={f.id}>{yesNo(f.info.properties[row.key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
