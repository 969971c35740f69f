/**
 * The values under the pointer: x and, per function, f(x) and f'(x) from core, updated as the
 * pointer moves over the plot (or a finger touches it).
 */
import { formatNumber } from '@actlab/format';
import { READOUT_STYLE } from '../lib/number-style.js';
import type { ShownFunction } from './params.js';

/** Props of CursorReadout. */
export interface CursorReadoutProps {
  readonly fns: readonly ShownFunction[];
  /** The pointer's x, or null when it is not over the plot. */
  readonly x: number | null;
}

/** Digits in the moving readout: enough to compare curves, few enough to read while moving. */
const READOUT_DIGITS = 6;

/** The readout under the plot. */
export function CursorReadout({ fns, x }: CursorReadoutProps) {
  if (x === null || fns.length === 0) {
    return (
      <p className="hint explorer-readout">Point at the plot to read f and f′ under the cursor.</p>
    );
  }
  return (
    <p className="explorer-readout readout">
      <span>x = {formatNumber(x, READOUT_DIGITS, READOUT_STYLE)}</span>
      {fns.map((f) => (
        <span key={f.id}>
          {f.info.name}: f = {formatNumber(f.act.f(x), READOUT_DIGITS, READOUT_STYLE)}, f′ ={' '}
          {formatNumber(f.act.df(x), READOUT_DIGITS, READOUT_STYLE)}
        </span>
      ))}
    </p>
  );
}
