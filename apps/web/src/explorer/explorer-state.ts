/**
 * The explorer's whole state, read from its query in one pure step: the functions shown (built by
 * core with their parameters), the x of the values table, the window, which curves are drawn and
 * whose saturation zones are shaded, plus a notice for everything in the link that was not usable.
 */
import type { ScalarId } from '@actlab/core';
import { numberParam } from '../lib/query.js';
import type { ShownFunction } from './params.js';
import { shownFunction, unusedParamNotices } from './params.js';
import type { Notice } from './selection.js';
import { readSelection } from './selection.js';
import type { ViewQuery } from './view.js';
import { readView } from './view.js';

/** The x of the values table when the link gives none. */
export const DEFAULT_X = 1;

/** Everything the page shows, as the query says. */
export interface ExplorerState {
  readonly ids: readonly ScalarId[];
  readonly fns: readonly ShownFunction[];
  /** The x whose f(x) and f'(x) are tabled. */
  readonly x: number;
  readonly view: ViewQuery;
  readonly showF: boolean;
  readonly showDf: boolean;
  /** The function whose saturation zones are shaded, or undefined for none. */
  readonly shadeId: ScalarId | undefined;
  /** Messages about the link, shown above the page (never an error page). */
  readonly notices: readonly Notice[];
}

/** Reads the explorer's state from its query string. */
export function readExplorerState(query: URLSearchParams): ExplorerState {
  const selection = readSelection(query.get('fn'));
  const fns = selection.ids.map((id) => shownFunction(query, id));
  const view = readView(query);
  const notices: Notice[] = [
    ...selection.notices,
    ...fns.flatMap((f) => f.notices),
    ...unusedParamNotices(query, selection.ids),
    ...view.notices,
  ];
  const rawX = query.get('x');
  const x = numberParam(rawX, NaN);
  if (rawX !== null && !Number.isFinite(x)) {
    notices.push({ text: `x=${rawX} is not a number, so values are shown at x = ${DEFAULT_X}.` });
  }
  const shade = query.get('shade');
  let shadeId: ScalarId | undefined = selection.ids[0];
  if (shade === 'none') shadeId = undefined;
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
    x: Number.isFinite(x) ? x : DEFAULT_X,
    view,
    showF: query.get('f') !== '0',
    showDf: query.get('df') !== '0',
    shadeId,
    notices,
  };
}
