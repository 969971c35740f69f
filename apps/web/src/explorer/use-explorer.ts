/**
 * The explorer's state and actions: the query read into state, the curves sampled by core for the
 * window, the window itself (y fitted to the curves unless the link fixes it), and one function per
 * user action, each a query patch.
 */
import type { ParamSpec, ScalarId } from '@actlab/core';
import { isFormulaId } from '@actlab/core';
import { useMemo } from 'react';
import { formatParam } from '../lib/query.js';
import type { ExplorerState } from './explorer-state.js';
import { readExplorerState } from './explorer-state.js';
import { formulaPatch } from './formula-state.js';
import type { ShownFunction, ShownId } from './params.js';
import { paramPatch, resetParamsPatch } from './params.js';
import type { PlotModel } from './plot-model.js';
import { sampleFunctions, saturationOf, visibleValues } from './plot-model.js';
import { FORMULA_SHADE, selectionPatch, toggledIds } from './selection.js';
import { useExplorerQuery } from './use-explorer-query.js';
import type { View } from './view.js';
import { RESET_VIEW_PATCH, fitX, fitY, roundToSpan, viewPatch } from './view.js';

/** What the page's controls can do. */
export interface ExplorerActions {
  readonly toggleFunction: (id: ScalarId) => void;
  readonly setParam: (fn: ShownFunction, spec: ParamSpec, value: number) => void;
  readonly resetParams: (fn: ShownFunction) => void;
  readonly setX: (x: number) => void;
  readonly pickX: (x: number) => void;
  readonly setView: (view: View) => void;
  readonly resetView: () => void;
  readonly showCurve: (curve: 'f' | 'df', show: boolean) => void;
  readonly shade: (id: ShownId | undefined) => void;
  /** Draws the custom formula `text` (valid), or removes it (null). */
  readonly setFormula: (text: string | null) => void;
}

/** The explorer's state, its plot model and its actions. */
export function useExplorer(): {
  state: ExplorerState;
  model: PlotModel;
  actions: ExplorerActions;
} {
  const [query, update] = useExplorerQuery();
  const state = useMemo(() => readExplorerState(query), [query]);
  // Without a window in the link, fit x to the functions at their parameters (T = 10 in view).
  const [from, to] = useMemo(
    () =>
      state.view.xFromLink
        ? state.view.x
        : fitX(state.fns.flatMap((f) => f.act.kinks.map((k) => k.x))),
    [state.view, state.fns],
  );
  const sampled = useMemo(() => sampleFunctions(state.fns, from, to), [state.fns, from, to]);
  const model = useMemo((): PlotModel => {
    const [ymin, ymax] = state.view.y ?? fitY(visibleValues(sampled, state.showF, state.showDf));
    const shaded = state.fns.find((f) => f.id === state.shadeId);
    return {
      view: { xmin: from, xmax: to, ymin, ymax },
      sampled,
      showF: state.showF,
      showDf: state.showDf,
      zones: shaded ? saturationOf(shaded.act, from, to) : [],
      pickedX: state.x,
    };
  }, [state, sampled, from, to]);
  const actions: ExplorerActions = {
    toggleFunction: (id) => update(selectionPatch(query, toggledIds(state.ids, id))),
    setParam: (fn, spec, value) => update(paramPatch(query, state.ids, fn.id, spec, value)),
    resetParams: (fn) => update(resetParamsPatch(query, state.ids, fn.id)),
    setX: (x) => update({ x: formatParam(x) }),
    pickX: (x) => update({ x: formatParam(roundToSpan(x, to - from)) }),
    setView: (view) => update(viewPatch(view)),
    resetView: () => update(RESET_VIEW_PATCH),
    showCurve: (curve, show) => update({ [curve]: show ? null : '0' }),
    shade: (id) =>
      update({
        shade:
          id === undefined
            ? 'none'
            : id === state.fns[0]?.id
              ? null
              : isFormulaId(id)
                ? FORMULA_SHADE
                : id,
      }),
    setFormula: (text) => update(formulaPatch(query, state.ids, text)),
  };
  return { state, model, actions };
}
