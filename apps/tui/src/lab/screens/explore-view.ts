/**
 * What the Explore screen draws, computed from its state: the plot rows (f solid, f' dotted, one
 * tone and curve number per function), the strip of saturation zones, kinks and x, and each shown
 * function's f(x) and f'(x). Pure, so the screen component only lays it out.
 */
import type { ScalarActivation } from '@actlab/core';
import { activation, sampleCurve, saturationZones } from '@actlab/core';
import type { PlotSeries, StripMark } from '../draw/plot.js';
import { plotRows } from '../draw/plot.js';
import type { Row, Tone } from '../draw/runs.js';
import { seriesTone } from '../draw/runs.js';
import { fit } from '../draw/wrap.js';
import type { ExploreState } from '../state/explore.js';
import { paramsOf, shownIds } from '../state/explore.js';
import { formulaText, isTypedFormula } from '../state/explore-formula.js';

/** One drawn function with its values at x. */
export interface ShownFunction {
  readonly id: string;
  /** How the screen names it: the catalog id, or `ƒ` and the start of a typed formula. */
  readonly label: string;
  readonly number: number;
  readonly tone: Tone;
  readonly fx: number;
  readonly dfx: number;
}

/** Longest name of a function beside its values (a formula's text is cut to it). */
const LABEL_WIDTH = 12;

/** The name the screen shows for an id: a formula as `ƒ` and its text, cut to `width`. */
export function functionLabel(id: string, width = LABEL_WIDTH): string {
  return isTypedFormula(id) ? fit(`ƒ ${formulaText(id)}`, width) : id;
}

/** |f'| below this is marked as saturated (the core's default). */
export const SATURATION = 0.05;

/** The plot and values for the current state, `width` x `height` characters. */
export function exploreView(
  state: ExploreState,
  width: number,
  height: number,
): { readonly rows: Row[]; readonly shown: readonly ShownFunction[] } {
  const acts = shownIds(state).map((id) => activation(id, paramsOf(state, id)) as ScalarActivation);
  const series: PlotSeries[] = [];
  const labels: { x: number; y: number; text: string; tone: Tone }[] = [];
  const strip: StripMark[] = [];
  const points = Math.max(32, width * 2 + 1);
  acts.forEach((act, i) => {
    const tone = seriesTone(i);
    const curve = sampleCurve(act, { from: state.from, to: state.to, points });
    series.push({ x: curve.x, y: curve.y, tone });
    if (state.derivative) series.push({ x: curve.x, y: curve.dy, tone, dotted: true });
    // The curve's number near its right end says which curve is which without colour.
    const labelX = state.to - (state.to - state.from) * 0.02 * (1 + 2 * i);
    labels.push({ x: labelX, y: act.f(labelX), text: String(i + 1), tone });
    for (const kink of act.kinks) strip.push({ from: kink.x, to: kink.x, char: '^', tone });
  });
  const selected = acts.find((a) => a.id === state.selected) ?? acts[acts.length - 1];
  if (selected) {
    for (const zone of saturationZones(selected, {
      from: state.from,
      to: state.to,
      threshold: SATURATION,
    })) {
      strip.unshift({ ...zone, char: '░', tone: 'muted' });
    }
  }
  strip.push({ from: state.x, to: state.x, char: '|', tone: 'accent' });
  const rows = plotRows({
    width,
    height,
    x: [state.from, state.to],
    series,
    labels,
    verticals: [{ x: state.x, tone: 'accent' }],
    strip,
  });
  const shown = acts.map((act, i) => ({
    id: act.id,
    label: functionLabel(act.id),
    number: i + 1,
    tone: seriesTone(i),
    fx: act.f(state.x),
    dfx: act.df(state.x),
  }));
  return { rows, shown };
}
