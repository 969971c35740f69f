/**
 * The explorer's whole state, read from its query in one pure step: the functions shown (built by
 * core with their parameters, the custom formula last), the x of the values table, the window,
 * which curves are drawn and whose saturation zones are shaded, plus a notice for everything in
 * the link that was not usable.
 */
import type { ScalarId } from '@actlab/core';
import { numberParam } from '../lib/query.js';
import type { FormulaState } from './formula-state.js';
import { readFormula } from './formula-state.js';
import type { ShownFunction, ShownId } from './params.js';
import { shownFunction, unusedParamNotices } from './params.js';
import type { Notice } from './selection.js';
import { FORMULA_SHADE, MAX_FUNCTIONS, readSelection } from './selection.js';
import type { ViewQuery } from './view.js';
import { readView } from './view.js';

/** The x of the values table when the link gives none. */
export const DEFAULT_X = 1;

/** Everything the page shows, as the query says. */
export interface ExplorerState {
  /** The catalog functions ticked. */
  readonly ids: readonly ScalarId[];
  /** Every function drawn: the catalog ones, then the custom formula when it is valid. */
  readonly fns: readonly ShownFunction[];
  /** The custom formula: its text, its problem or its function. */
  readonly formula: FormulaState;
  /** The x whose f(x) and f'(x) are tabled. */
  readonly x: number;
  readonly view: ViewQuery;
  readonly showF: boolean;
  readonly showDf: boolean;
  /** The function whose saturation zones are shaded, or undefined for none. */
  readonly shadeId: ShownId | undefined;
  /** Messages about the link, shown above the page (never an error page). */
  readonly notices: readonly Notice[];
}

/** Reads the explorer's state from its query string. */
export function readExplorerState(query: URLSearchParams): ExplorerState {
  const formula = readFormula(query);
  // A link with a formula and no `fn` shows the formula alone; the formula takes one colour.
  const selection = readSelection(query.get('fn'), {
    ...(formula.text !== null ? { defaults: [] } : {}),
    max: MAX_FUNCTIONS - (formula.fn ? 1 : 0),
  });
  const catalogFns = selection.ids.map((id) => shownFunction(query, id));
  const fns = formula.fn ? [...catalogFns, formula.fn] : catalogFns;
  const view = readView(query);
  const notices: Notice[] = [
    ...selection.notices,
    ...catalogFns.flatMap((f) => f.notices),
    ...unusedParamNotices(query, selection.ids),
    ...formula.notices,
    ...view.notices,
  ];
  const rawX = query.get('x');
  const x = numberParam(rawX, NaN);
  if (rawX !== null && !Number.isFinite(x)) {
    notices.push({ text: `x=${rawX} is not a number, so values are shown at x = ${DEFAULT_X}.` });
  }
  const shade = query.get('shade');
  let shadeId: ShownId | undefined = fns[0]?.id;
  if (shade === 'none') shadeId = undefined;
  // A formula that does not parse has its own message; its shading quietly falls back.
  else if (shade === FORMULA_SHADE) shadeId = formula.fn?.id ?? shadeId;
  else if (shade !== null) {
    if (selection.ids.includes(shade as ScalarId)) shadeId = shade as ScalarId;
    else
      notices.push({
        text: `shade=${shade} is not one of the functions shown, so the first one's zones are shaded.`,
      });
  }
  return {
    ids: selection.ids,
    fns,
    formula,
    x: Number.isFinite(x) ? x : DEFAULT_X,
    view,
    showF: query.get('f') !== '0',
    showDf: query.get('df') !== '0',
    shadeId,
    notices,
  };
}
