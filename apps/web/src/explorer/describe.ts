/**
 * Catalog facts in words for the page: kink labels with the derivative used there,
 * yes/no property rows and the plot's text alternative. Numbers come from core; this only words
 * them.
 */
import type { ActivationInfo, ActivationProperties, Kink } from '@actlab/core';
import { formatNumber } from '@actlab/format';
import { PROSE_STYLE } from '../lib/number-style.js';
import type { View } from './view.js';

/** A number for prose: up to 6 significant digits, true minus signs and ∞ for infinities. */
function formatShort(x: number): string {
  return formatNumber(x, 6, PROSE_STYLE);
}

/**
 * The derivative used at a kink, written as an equation: `relu′(0) = 0`; `name` is the catalog
 * id, or `f` for a typed formula (whose id is its whole text).
 */
export function kinkLabel(name: string, kink: Kink): string {
  return `${name}′(${formatShort(kink.x)}) = ${formatShort(kink.derivative)}`;
}

/** One yes/no property with the words that explain it. */
export interface PropertyRow {
  readonly key: keyof ActivationProperties;
  readonly label: string;
  readonly meaning: string;
}

/** The catalog's shape properties in display order, each with its meaning in plain words. */
export const PROPERTY_ROWS: readonly PropertyRow[] = [
  { key: 'monotonic', label: 'Monotonic', meaning: 'never decreases as x grows' },
  { key: 'bounded', label: 'Bounded', meaning: 'outputs stay in a finite interval' },
  { key: 'zeroCentred', label: 'Zero-centred', meaning: 'f(0) = 0 and outputs take both signs' },
  { key: 'smooth', label: 'Smooth', meaning: 'has a derivative everywhere: no kinks or jumps' },
  { key: 'saturating', label: 'Saturating', meaning: 'f′ tends to 0 far out on at least one side' },
  { key: 'sparse', label: 'Sparse', meaning: 'outputs exact zeros over a whole interval' },
];

/** "yes" or "no". */
export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** The frameworks that ship `info`, as [library, name, note] rows. */
export function frameworkRows(info: ActivationInfo): [string, string, string | undefined][] {
  const { pytorch, keras, tfjs } = info.frameworks;
  const rows: [string, string, string | undefined][] = [];
  if (pytorch) rows.push(['PyTorch', pytorch.name, pytorch.note]);
  if (keras) rows.push(['Keras', keras.name, keras.note]);
  if (tfjs) rows.push(['TensorFlow.js', tfjs.name, tfjs.note]);
  return rows;
}

/** The plot's text alternative: what is drawn, how to tell the curves apart, and the window. */
export function plotDescription(
  names: readonly string[],
  showF: boolean,
  showDf: boolean,
  view: View,
): string {
  const what =
    names.length === 0
      ? 'No function selected.'
      : `${names.join(', ')}: ${
          [showF ? 'f as solid lines' : '', showDf ? 'f′ as dashed lines' : '']
            .filter(Boolean)
            .join(' and ') || 'both curves hidden'
        }.`;
  const window = `x from ${formatShort(view.xmin)} to ${formatShort(view.xmax)}, y from ${formatShort(view.ymin)} to ${formatShort(view.ymax)}.`;
  return `Plot of ${what} ${window}`;
}
