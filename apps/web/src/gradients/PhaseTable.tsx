/**
 * Each activation's figures in words: its weight variance, fixed point, phase (ordered, chaotic or
 * edge of chaos), the measured first-layer gradient and where the edge of chaos lies.
 */
import type { DepthCurve } from './depth-compute.js';
import { activationName } from './depth-names.js';
import {
  edgeWords,
  fixedPointWords,
  gradientRatioWords,
  phaseWords,
  weightWords,
} from './depth-words.js';

/** Props of PhaseTable. */
export interface PhaseTableProps {
  readonly curves: readonly DepthCurve[];
  readonly biasVariance: number;
  /** Activations overlaid whose curves are still being measured (each gets a line saying so). */
  readonly pending?: readonly string[];
}

/** One paragraph per activation. */
export function PhaseTable({ curves, biasVariance, pending = [] }: PhaseTableProps) {
  return (
    <ul className="depth-phases">
      {curves.map((c) => (
        <li key={c.activation} data-testid={`phase-${c.activation}`}>
          <strong>{activationName(c.activation)}</strong>:{' '}
          {c.result ? (
            <>
              {weightWords(c.result)}, {fixedPointWords(c.result)}; {phaseWords(c.result)}{' '}
              {gradientRatioWords(c.result)}. Its variance-preserving gain is{' '}
              {c.result.gain.toPrecision(4)}; {edgeWords(c.edge, biasVariance)}.
            </>
          ) : (
            <span className="error">{c.error ?? 'not measured'}</span>
          )}
        </li>
      ))}
      {pending.map((id) => (
        <li key={id} data-testid={`phase-${id}`} aria-busy="true">
          <strong>{activationName(id)}</strong>: being measured…
        </li>
      ))}
    </ul>
  );
}
