/**
 * The current step: its stage, what it concerns (the words beside the diagram's highlight), the
 * formula with its numbers typeset by KaTeX, and the engine's plain sentence. The sentence is a
 * live region, so a screen reader hears each step as it comes.
 */
import { Formula } from '../explorer/Formula.js';

/** The names of the stages as the page says them. */
const PHASE_NAMES = {
  forward: 'Forward pass',
  loss: 'Loss',
  backward: 'Backward pass',
  update: 'Update',
  'new-loss': 'New loss',
} as const;

/** Props of StepPanel. */
export interface StepPanelProps {
  readonly phase: keyof typeof PHASE_NAMES;
  /** What the highlight marks, e.g. "the neuron". */
  readonly focus: string;
  /** LaTeX lines of the step. */
  readonly tex: readonly string[];
  /** The engine's sentence. */
  readonly text: string;
}

/** The formula panel of one step. */
export function StepPanel({ phase, focus, tex, text }: StepPanelProps) {
  return (
    <section className="panel step-panel" aria-labelledby="backprop-step">
      <h2 id="backprop-step">{PHASE_NAMES[phase]}</h2>
      <p data-testid="focus">
        <span aria-hidden="true">▶ </span>Highlighted: {focus}.
      </p>
      <div className="step-formulas">
        {tex.map((line, i) => (
          <Formula
            key={`${phase}-${i}-${line}`}
            tex={line}
            label={`Formula ${i + 1} of this step`}
          />
        ))}
      </div>
      <p className="step-text" aria-live="polite" data-testid="step-text">
        {text}
      </p>
    </section>
  );
}
