/**
 * The backprop stepper: one training step of a small network on one example, one step at a time.
 * The diagram marks the unit or connections each step concerns, the panel shows its formula with
 * the numbers filled in, and "Compare with ReLU" puts ReLU's slope beside the current one. Every
 * number comes from train's `backpropTrace` (backprop/trace-run.ts); the whole state, step
 * included, lives in the URL (backprop/backprop-state.ts).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { BackpropDiagram } from '../backprop/BackpropDiagram.js';
import type { BackpropState } from '../backprop/backprop-state.js';
import {
  clampStep,
  layerSizes,
  readBackpropState,
  stepPatch,
  weightsPatch,
} from '../backprop/backprop-state.js';
import { ComparePanel } from '../backprop/ComparePanel.js';
import { focusDescription, layoutDiagram } from '../backprop/diagram-layout.js';
import { LayerFields } from '../backprop/LayerFields.js';
import { SetupControls } from '../backprop/SetupControls.js';
import { StepControls } from '../backprop/StepControls.js';
import { StepPanel } from '../backprop/StepPanel.js';
import { stepTex } from '../backprop/step-tex.js';
import type { TraceOutcome } from '../backprop/trace-run.js';
import { compareWithRelu, patchRefusal, runTrace } from '../backprop/trace-run.js';
import type { QueryPatch } from '../lib/url-state.js';
import { useQuery } from '../lib/use-url-state.js';
import '../backprop/backprop.css';

/** Time between two steps while playing. */
const PLAY_INTERVAL_MS = 1200;

/** The state of the URL, or the course's neuron when the engine refuses the link's network. */
function usableState(query: URLSearchParams): { state: BackpropState; outcome: TraceOutcome } {
  const state = readBackpropState(query);
  const outcome = runTrace(state);
  if (outcome.ok) return { state, outcome };
  const fallback = readBackpropState(new URLSearchParams());
  return {
    state: { ...fallback, problems: [...state.problems, outcome.message] },
    outcome: runTrace(fallback),
  };
}

/** The backprop stepper page. */
export default function Backprop() {
  const [query, update] = useQuery();
  const search = query.toString();
  const { state, outcome } = useMemo(() => usableState(new URLSearchParams(search)), [search]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const apply = useCallback(
    (patch: QueryPatch): string | undefined => {
      const why = patchRefusal(new URLSearchParams(search), patch);
      setRefusal(why ?? null);
      if (why === undefined) update(patch);
      return why;
    },
    [search, update],
  );
  const trace = outcome.ok ? outcome.trace : undefined;
  const count = trace?.steps.length ?? 1;
  const step = clampStep(state.step, count);
  const goTo = useCallback(
    (next: number) => update(stepPatch(clampStep(next, count))),
    [update, count],
  );
  useEffect(() => {
    if (!playing) return;
    if (step >= count - 1) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => goTo(step + 1), PLAY_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [playing, step, count, goTo]);

  if (!trace) {
    return (
      <section>
        <h1>Backpropagation, step by step</h1>
        <p className="error" role="alert">
          {outcome.ok ? '' : outcome.message}
        </p>
      </section>
    );
  }
  const current = trace.steps[step] ?? trace.steps[0];
  if (!current) return null;
  const sizes = layerSizes(state.hidden, state.targets.length);
  const focus = focusDescription(trace, current);
  const layout = layoutDiagram(trace, step, state.inputs);
  const comparison = state.compare ? compareWithRelu(state, trace, current) : undefined;
  const allRelu = state.activations.every((a) => a === 'relu');
  return (
    <div className="backprop-page">
      <h1>Backpropagation, step by step</h1>
      <p className="lede">
        One training step on one example: the forward pass computes each unit&rsquo;s z = w·x + b
        and a = f(z), the loss measures the error, the backward pass applies the chain rule ∂L/∂z =
        ∂L/∂a · f&prime;(z) from the output back, and the update moves every weight by −η ∂L/∂w.
        Step through it and check each number by hand.
      </p>
      {state.problems.length > 0 ? (
        <p className="error" role="alert">
          Part of this link could not be used: {state.problems.join('; ')}.
        </p>
      ) : null}
      {refusal ? (
        <p className="error" role="alert">
          Not applied: {refusal}. The last valid setting is kept.
        </p>
      ) : null}
      <div className="layout">
        <div className="backprop-main">
          <StepControls
            step={step}
            count={count}
            playing={playing}
            onStep={goTo}
            onPlayingChange={setPlaying}
          />
          <BackpropDiagram
            layout={layout}
            onSetWeight={(index, value) =>
              apply(weightsPatch(state.weights.map((w, k) => (k === index ? value : w))))
            }
            description={`The network: ${state.inputs.length} input${state.inputs.length > 1 ? 's' : ''}, layers of ${sizes.join(', ')} unit${sizes.length > 1 || sizes[0] !== 1 ? 's' : ''} and the loss L. Highlighted: ${focus}.`}
          />
          <p className="hint">
            The highlighted part has a double outline, thicker lines and the word &ldquo;now&rdquo;;
            dashed lines are negative weights.
          </p>
          <StepPanel
            phase={current.phase}
            focus={focus}
            tex={stepTex(trace, current, sizes, state.loss, state.targets)}
            text={current.text}
          />
          <div className="button-row">
            <button
              type="button"
              aria-pressed={state.compare}
              disabled={allRelu}
              onClick={() => apply({ cmp: state.compare ? null : '1' })}
            >
              Compare with ReLU
            </button>
            {allRelu ? <span className="hint">The network already uses ReLU.</span> : null}
          </div>
          {state.compare && !allRelu ? (
            <ComparePanel comparison={comparison} single={sizes.length === 1 && sizes[0] === 1} />
          ) : null}
        </div>
        <div className="panel backprop-controls">
          <h2>Setting</h2>
          <SetupControls state={state} apply={apply} />
          <h2>Weights and activations</h2>
          <LayerFields state={state} apply={apply} />
        </div>
      </div>
    </div>
  );
}
