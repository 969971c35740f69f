/**
 * The explorer (`/`): pick one activation or overlay several, or type your own as a formula; see f
 * and f' with pan and zoom, the saturation zones and kinks, read exact values at any x, set the
 * parameters, read each function's formula, properties and note, and copy it as code. The whole
 * state is the URL query, e.g. `/?fn=leaky_relu,elu&alpha=0.2&x=-1` or
 * `/?fn=&formula=x*sigmoid(b*x);b=1.702&p.b=2`. The page only lays out; the parts live in
 * src/explorer/.
 */
import { ExplorerExport } from '../explorer/ExplorerExport.js';
import { ExplorerPlot } from '../explorer/ExplorerPlot.js';
import { FormulaEditor } from '../explorer/FormulaEditor.js';
import { FunctionDetails } from '../explorer/FunctionDetails.js';
import { FunctionPicker } from '../explorer/FunctionPicker.js';
import { Notices } from '../explorer/Notices.js';
import { ParamControls } from '../explorer/ParamControls.js';
import { PropertiesTable } from '../explorer/PropertiesTable.js';
import { MAX_FUNCTIONS } from '../explorer/selection.js';
import { ValuesAtX } from '../explorer/ValuesAtX.js';
import { useExplorer } from '../explorer/use-explorer.js';
import '../explorer/explorer.css';

/** The explorer page. */
export default function Explorer() {
  const { state, model, actions } = useExplorer();
  const { fns } = state;
  return (
    <div className="explorer">
      <h1>Activation explorer</h1>
      <p className="explorer-lede">
        An activation function f turns a neuron&apos;s weighted input x into its output. Its
        derivative f′ is how much of the error signal flows back through the neuron during training:
        where f′ is near zero, learning stalls.
      </p>
      <Notices notices={state.notices} />
      <FormulaEditor
        urlText={state.formula.text}
        fn={state.formula.fn}
        onFormula={actions.setFormula}
      />
      {fns.length === 0 ? (
        <p role="status">No function selected: tick one in the list or type a formula.</p>
      ) : null}
      <div className="layout">
        <aside className="panel explorer-side" aria-label="Functions and parameters">
          <FunctionPicker
            ids={state.ids}
            onToggle={actions.toggleFunction}
            max={MAX_FUNCTIONS - (state.formula.fn ? 1 : 0)}
          />
          <h2>Parameters</h2>
          <ParamControls fns={fns} onChange={actions.setParam} onReset={actions.resetParams} />
        </aside>
        <div className="explorer-main">
          <ExplorerPlot
            fns={fns}
            model={model}
            shadeId={state.shadeId}
            onView={actions.setView}
            onResetView={actions.resetView}
            onToggleCurve={actions.showCurve}
            onShade={actions.shade}
            onPick={actions.pickX}
          />
          <ValuesAtX fns={fns} x={state.x} onX={actions.setX} />
        </div>
      </div>
      <PropertiesTable fns={fns} />
      {fns.length > 0 ? (
        <section aria-labelledby="explorer-details">
          <h2 id="explorer-details">Formulas and notes</h2>
          <div className="explorer-cards">
            {fns.map((fn) => (
              <FunctionDetails key={fn.id} fn={fn} />
            ))}
          </div>
        </section>
      ) : null}
      <ExplorerExport fns={fns} />
    </div>
  );
}
