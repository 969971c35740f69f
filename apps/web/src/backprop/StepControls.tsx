/**
 * The stepper's buttons: Back, Step, Play/Pause and Reset, with the position in words. Plain
 * buttons, so Tab reaches them and Enter or Space presses them; Play's state is announced through
 * aria-pressed and its own label.
 */

/** Props of StepControls. */
export interface StepControlsProps {
  /** Current step, 0-based. */
  readonly step: number;
  /** Number of steps in the trace. */
  readonly count: number;
  readonly playing: boolean;
  readonly onStep: (step: number) => void;
  readonly onPlayingChange: (playing: boolean) => void;
}

/** Back / Step / Play-Pause / Reset. */
export function StepControls({ step, count, playing, onStep, onPlayingChange }: StepControlsProps) {
  const atEnd = step >= count - 1;
  return (
    <div className="step-controls" role="group" aria-label="Step through the trace">
      <button type="button" onClick={() => onStep(step - 1)} disabled={step <= 0}>
        ◀ Back
      </button>
      <button type="button" onClick={() => onStep(step + 1)} disabled={atEnd}>
        Step ▶
      </button>
      <button
        type="button"
        aria-pressed={playing}
        onClick={() => {
          // Play from the end starts over, as a video player does.
          if (!playing && atEnd) onStep(0);
          onPlayingChange(!playing);
        }}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        onClick={() => {
          onPlayingChange(false);
          onStep(0);
        }}
        disabled={step === 0 && !playing}
      >
        Reset
      </button>
      <span className="step-position">
        Step {step + 1} of {count}
      </span>
    </div>
  );
}
