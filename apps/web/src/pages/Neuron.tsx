/**
 * The neuron page: the course's opening picture of one neuron. Inputs, weights and bias are
 * sliders; the page writes out z = Σ w_i x_i + b with the actual numbers, applies the chosen
 * activation from core and says whether the neuron fires. All state lives in the URL
 * (neuron/neuron-state.ts); the numbers come from neuron/neuron-model.ts.
 */
import type { ScalarId } from '@actlab/core';
import { activation, activationInfo } from '@actlab/core';
import { useCallback, useMemo } from 'react';
import { drawLinePlot } from '../canvas/line-plot.js';
import { Canvas } from '../components/Canvas.js';
import type { DrawFunction } from '../components/Canvas.js';
import { NumberSlider } from '../components/NumberSlider.js';
import { formatNumber } from '@actlab/format';
import { READOUT_STYLE } from '../lib/number-style.js';
import { formatParam } from '../lib/query.js';
import { useQuery } from '../lib/use-url-state.js';
import { ActivationPicker } from '../neuron/ActivationPicker.js';
import { activationPlotSpec } from '../neuron/activation-plot.js';
import { NeuronDiagram } from '../neuron/NeuronDiagram.js';
import { layoutNeuronDiagram, subscript } from '../neuron/neuron-diagram.js';
import { runNeuron } from '../neuron/neuron-model.js';
import {
  BIAS_RANGE,
  INPUT_RANGE,
  MAX_INPUTS,
  MIN_INPUTS,
  WEIGHT_RANGE,
  activationPatch,
  paramKey,
  readNeuronState,
  replaced,
  vectorsPatch,
} from '../neuron/neuron-state.js';
import { numericSum, symbolicSum } from '../neuron/sum-text.js';
import '../neuron/neuron.css';

/** One neuron: inputs, weights, bias, activation, output and whether it fires. */
export default function Neuron() {
  const [query, update] = useQuery();
  const state = readNeuronState(query);
  const { inputs, weights, bias, fn, params } = state;
  const result = runNeuron(inputs, weights, bias, fn, params);
  const name = activationInfo(fn).name;
  const layout = layoutNeuronDiagram(
    inputs,
    weights,
    bias,
    result.z,
    result.output,
    name,
    WEIGHT_RANGE.sliderMax,
  );

  const setInput = (i: number, v: number) => update(vectorsPatch(replaced(inputs, i, v), weights));
  const setWeight = (i: number, v: number) => update(vectorsPatch(inputs, replaced(weights, i, v)));
  const addInput = () => update(vectorsPatch([...inputs, 1], [...weights, 0.5]));
  const removeInput = () => update(vectorsPatch(inputs.slice(0, -1), weights.slice(0, -1)));
  const setFunction = (next: ScalarId) => update(activationPatch(fn, next));

  // The URL yields a new params object on every render; key the memo on its content so the canvas
  // redraws only when the activation or the point really changes.
  const paramsKey = JSON.stringify(params);
  const act = useMemo(() => activation(fn, params), [fn, paramsKey]);
  const { z, output } = result;
  const draw = useCallback<DrawFunction>(
    (ctx, width, height, palette) =>
      drawLinePlot(ctx, width, height, palette, activationPlotSpec(act, z, output, palette)),
    [act, z, output],
  );

  const verdict = result.fires ? 'fires' : 'does not fire';
  return (
    <div className="neuron-page">
      <h1>One neuron</h1>
      <p className="lede">
        A neuron multiplies each input by its weight, adds the results and a bias, and passes that
        weighted sum z through an activation function. The activation decides what the neuron sends
        on, and whether it &ldquo;fires&rdquo;. Move the sliders and watch z and the output change.
      </p>
      {state.problems.length > 0 ? (
        <p className="error" role="alert">
          Part of this link could not be used: {state.problems.join('; ')}.
        </p>
      ) : null}
      <div className="layout">
        <div className="neuron-figure">
          <NeuronDiagram
            layout={layout}
            fires={result.fires}
            description={`A neuron with ${inputs.length} input${inputs.length > 1 ? 's' : ''}. Weighted sum z = ${formatNumber(result.z, 6, READOUT_STYLE)}, ${name} gives output ${formatNumber(result.output, 6, READOUT_STYLE)}; the neuron ${verdict}. Solid lines are positive weights, dashed lines negative, thicker lines larger weights.`}
          />
          <p className="hint">
            Line thickness shows the size of a weight; solid lines are positive weights and dashed
            lines negative ones.
          </p>
          <section aria-labelledby="neuron-sum">
            <h2 id="neuron-sum">Weighted sum</h2>
            <p className="readout sum-lines">
              <span>{symbolicSum(inputs.length)}</span>
              {numericSum(inputs, weights, bias, result.terms, result.z).map((line, i) => (
                <span key={i}>{line}</span>
              ))}
            </p>
          </section>
          <section aria-labelledby="neuron-output">
            <h2 id="neuron-output">Output</h2>
            <p className="readout">
              f(z) = {name}({formatNumber(result.z, 6, READOUT_STYLE)}) ={' '}
              {formatNumber(result.output, 8, READOUT_STYLE)}
            </p>
            <p
              className={result.fires ? 'verdict fires' : 'verdict silent'}
              role="status"
              data-testid="verdict"
            >
              <span aria-hidden="true">{result.fires ? '● ' : '○ '}</span>
              The neuron {verdict}.
            </p>
            <p>{result.rule.description}</p>
            <div className="neuron-plot">
              <Canvas
                draw={draw}
                height={220}
                label={`The curve of ${name} from core, with the current point z = ${formatNumber(result.z, 4, READOUT_STYLE)}, f(z) = ${formatNumber(result.output, 4, READOUT_STYLE)} marked.`}
              />
            </div>
          </section>
        </div>
        <div className="panel neuron-controls">
          <h2>Inputs and weights</h2>
          {inputs.map((x, i) => (
            <fieldset key={i} className="input-pair">
              <legend>Input {i + 1}</legend>
              <NumberSlider
                label={`x${subscript(i + 1)} (input ${i + 1})`}
                value={x}
                {...INPUT_RANGE}
                onChange={(v) => setInput(i, v)}
              />
              <NumberSlider
                label={`w${subscript(i + 1)} (weight ${i + 1})`}
                value={weights[i] ?? 0}
                {...WEIGHT_RANGE}
                onChange={(v) => setWeight(i, v)}
              />
            </fieldset>
          ))}
          <div className="button-row">
            <button type="button" onClick={addInput} disabled={inputs.length >= MAX_INPUTS}>
              Add an input
            </button>
            <button type="button" onClick={removeInput} disabled={inputs.length <= MIN_INPUTS}>
              Remove the last input
            </button>
          </div>
          <NumberSlider
            label="b (bias)"
            value={bias}
            {...BIAS_RANGE}
            hint="Shifts z up or down whatever the inputs are."
            onChange={(v) => update({ b: formatParam(v) })}
          />
          <ActivationPicker
            fn={fn}
            params={params}
            onFunctionChange={setFunction}
            onParamsChange={(next) =>
              update(
                Object.fromEntries(
                  Object.entries(next).map(([k, v]) => [paramKey(k), formatParam(v)]),
                ),
              )
            }
          />
        </div>
      </div>
    </div>
  );
}
