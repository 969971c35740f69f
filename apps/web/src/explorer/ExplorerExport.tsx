/**
 * The explorer's "Copy as code": one of the functions drawn (the custom formula first choice when
 * there is one), at the parameters in force, as code for NumPy, PyTorch, JAX or TensorFlow.js.
 */
import { useId, useState } from 'react';
import { ExportCode } from '../export/ExportCode.js';
import type { ShownFunction } from './params.js';

/** Props of ExplorerExport. */
export interface ExplorerExportProps {
  readonly fns: readonly ShownFunction[];
}

/** The function picker and the code. */
export function ExplorerExport({ fns }: ExplorerExportProps) {
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  if (fns.length === 0) return null;
  // The choice follows the functions: one no longer drawn falls back to the formula, else the first.
  const fn =
    fns.find((f) => f.id === chosen) ?? fns.find((f) => f.description !== undefined) ?? fns[0];
  if (!fn) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="explorer-export">
      <h2 id={`${id}-title`}>Copy as code</h2>
      {fns.length > 1 ? (
        <div className="field">
          <label htmlFor={`${id}-fn`}>Function</label>
          <select id={`${id}-fn`} value={fn.id} onChange={(e) => setChosen(e.target.value)}>
            {fns.map((f) => (
              <option key={f.id} value={f.id}>
                {f.info.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p className="hint">
        {fn.info.name} at the parameters set above, as a function you can paste into your code.
      </p>
      <ExportCode name={fn.id} params={fn.act.params} label={fn.info.name} />
    </section>
  );
}
