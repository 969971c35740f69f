/**
 * Explore: the catalog as a filterable list beside a braille plot of f and f', with the formula,
 * the catalog's note, parameters changed by keyboard within their valid ranges, f(x) and f'(x) at
 * a typed x, and up to four functions compared. Formulas typed with `f` join the top of the list
 * and are shown like the catalog's functions (their properties marked as estimated). Letters go
 * to the filter, so every other command here is a key that no activation name contains.
 */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useLayoutEffect, useMemo, useReducer } from 'react';
import type { ShapeAt } from '@actlab/core';
import { shapeAt } from '@actlab/core';
import { formatInterval, formatNumber } from '@actlab/format';
import { latexToText } from '../draw/latex-text.js';
import { fit, wrap } from '../draw/wrap.js';
import { useScreenInput } from '../hooks/use-screen-input.js';
import { FORMULA_FIELD_LINES, FormulaField } from '../components/FormulaField.js';
import {
  exploreReducer,
  filtered,
  infoOf,
  initialExplore,
  listIds,
  paramsOf,
} from '../state/explore.js';
import type { ExploreState } from '../state/explore.js';
import { formulaDerivative, formulaText, isTypedFormula } from '../state/explore-formula.js';
import { Paint, Rows } from '../theme.js';
import { FORMULA_KEY, explorePress } from './explore-keys.js';
import { exploreView, functionLabel, SATURATION } from './explore-view.js';
import type { KeyHelp, ScreenProps } from './screen.js';

/** Explore's keys, most used first (the footer shows as many as fit). */
export const EXPLORE_KEYS: readonly KeyHelp[] = [
  { keys: 'letters', does: 'filter the list' },
  { keys: FORMULA_KEY, does: 'type a formula of your own (filter empty)' },
  { keys: '↑↓', does: 'pick' },
  { keys: 'Space', does: 'pin to compare (up to 4)' },
  { keys: '[ ]', does: 'choose a parameter' },
  { keys: '←→', does: 'change it by a step' },
  { keys: ':', does: 'type its value' },
  { keys: '=', does: 'type an x' },
  { keys: "'", does: "show or hide f' (dotted)" },
  { keys: '+ -', does: 'zoom in or out' },
  { keys: '< >', does: 'pan left or right' },
  { keys: '0', does: 'reset the view and parameters' },
  { keys: 'Backspace / Esc', does: 'edit / clear the filter' },
];

const LIST_WIDTH = 20;

/** shapeAt, or undefined while the parameters are ones core refuses (the state keeps valid ones). */
function shapeAtOrUndefined(
  id: string,
  params: Readonly<Record<string, number>>,
): ShapeAt | undefined {
  try {
    return shapeAt(id, params);
  } catch {
    return undefined;
  }
}

/** The Explore screen. */
export function ExploreScreen(props: ScreenProps): ReactNode {
  const [state, dispatch] = useReducer(exploreReducer, undefined, initialExplore);
  const typing = state.entry !== undefined || state.filter !== '';
  const { onTyping } = props;
  // A layout effect runs within the render that changed `typing`, before the next key arrives.
  useLayoutEffect(() => onTyping(typing), [typing, onTyping]);
  useLayoutEffect(() => () => onTyping(false), [onTyping]);
  const listRows = Math.max(3, props.height - 2);

  useScreenInput((input, key) => {
    dispatch(explorePress(input, key, listRows, props.isShellKey));
  }, props.active);

  const rightWidth = props.width - LIST_WIDTH - 1;
  return (
    <Box flexDirection="row" height={props.height}>
      <List state={state} width={LIST_WIDTH} rows={listRows} />
      <Box width={1} />
      <Detail state={state} width={rightWidth} height={props.height} />
    </Box>
  );
}

function List(props: { state: ExploreState; width: number; rows: number }): ReactNode {
  const { state, width, rows } = props;
  const list = listIds(state);
  const at = Math.max(0, list.indexOf(state.selected));
  // Keep the cursor in view: scroll so it sits in the window.
  const start = Math.min(Math.max(0, at - Math.floor(rows / 2)), Math.max(0, list.length - rows));
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        {state.filter ? (
          <Paint tone="accent">{`/${state.filter}▏`}</Paint>
        ) : (
          <Paint tone="muted">type to filter</Paint>
        )}
      </Text>
      <Text wrap="truncate">
        <Paint tone="muted">{`${filtered(state.filter).length} of 38 · ↑↓`}</Paint>
      </Text>
      {list.slice(start, start + rows).map((id) => {
        const pin = state.pinned.indexOf(id);
        const cursor = id === state.selected;
        const name = isTypedFormula(id) ? functionLabel(id, width - 3) : id;
        const vector = infoOf(id)?.kind === 'vector' ? ' ▸vec' : '';
        const label = `${cursor ? '›' : ' '}${pin >= 0 ? pin + 1 : ' '} ${name}${vector}`;
        return (
          <Text key={id} wrap="truncate">
            <Paint tone={cursor ? 'accent' : 'plain'} inverse={cursor} bold={pin >= 0}>
              {fit(label, width).padEnd(width)}
            </Paint>
          </Text>
        );
      })}
    </Box>
  );
}

/** The lines of a function's formula: a typed one and its derivative as text, else the LaTeX. */
function formulaLines(id: string, latex: string, width: number): string[] {
  if (!isTypedFormula(id)) return wrap(latexToText(latex), width, 2);
  return [fit(`f(x) = ${formulaText(id)}`, width), fit(`f'(x) = ${formulaDerivative(id)}`, width)];
}

function Detail(props: { state: ExploreState; width: number; height: number }): ReactNode {
  const { state, width, height } = props;
  const info = infoOf(state.selected);
  const formula = info ? formulaLines(info.id, info.formula, width) : [];
  const shownCount = Math.max(1, Math.min(4, state.pinned.length + 1));
  // The formula field takes two lines (three with a fault), the rest of them the note's.
  const { entry } = state;
  const fieldLines = entry?.field === 'formula' ? (entry.fault ? FORMULA_FIELD_LINES : 2) : 1;
  const noteLines = 3 - fieldLines;
  // Header, legend, parameters, and the three lines of the note and the status (or field).
  const plotHeight = Math.max(5, height - (6 + shownCount + formula.length));
  const view = useMemo(
    () =>
      info?.kind === 'scalar' || state.pinned.length > 0
        ? exploreView(state, width, plotHeight)
        : undefined,
    [state, info, width, plotHeight],
  );
  if (!info) return null;
  const idWidth = Math.max(0, ...(view?.shown ?? []).map((s) => s.label.length));
  const typed = isTypedFormula(info.id);
  // A formula's range and properties come from sampling it: said first, before any is cut off.
  const about = typed ? 'estimated: ' : `${info.id} · `;
  const spec = info.params[Math.min(state.paramIndex, info.params.length - 1)];
  const values = paramsOf(state, info.id);
  // A catalog entry's range and properties at the parameters in use (the threshold's gap included).
  const shape = !typed && info.kind === 'scalar' ? shapeAtOrUndefined(info.id, values) : undefined;
  const rangeText = shape
    ? shape.range
        .map((i) => (i.min === i.max ? `{${formatNumber(i.min, 6)}}` : formatInterval(i)))
        .join(' ∪ ')
    : formatInterval(info.range);
  const shown = shape?.properties ?? info.properties;
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      <Text wrap="truncate">
        <Paint bold>{typed ? 'Your formula' : info.name}</Paint>
        <Paint tone="muted">{`  ${about}output in ${rangeText}${shown.smooth ? ' · smooth' : ''}${shown.saturating ? ' · saturates' : ''}`}</Paint>
      </Text>
      {view ? (
        <>
          <Rows rows={view.rows} />
          <Text wrap="truncate">
            <Paint tone="muted">{`${state.derivative ? "⠤⠤ f  ⠄⠄ f'  " : '⠤⠤ f  '}░ |f'|<${SATURATION}  ^ kink  `}</Paint>
            <Paint tone="accent">{`| x = ${formatNumber(state.x, 10)}`}</Paint>
          </Text>
          {view.shown.map((s) => (
            <Text key={s.id} wrap="truncate">
              <Paint tone={s.tone} bold>{`${s.number} ${s.label.padEnd(idWidth)}`}</Paint>
              {`  f(x) = ${formatNumber(s.fx)}  f'(x) = ${formatNumber(s.dfx)}`}
            </Text>
          ))}
        </>
      ) : (
        <Box height={plotHeight + 2}>
          <Text wrap="wrap">
            {`${info.id} maps a whole vector to a vector, so it has no curve here: try it on the Softmax screen (press 2).`}
          </Text>
        </Box>
      )}
      <Text wrap="truncate">
        {spec ? (
          <>
            {'params '}
            {info.params.map((p) => (
              <Text key={p.name}>
                <Paint tone={p === spec ? 'accent' : 'plain'} inverse={p === spec}>
                  {`${p === spec ? '‹' : ''}${p.name}=${formatNumber(values[p.name] as number, 6)}${p === spec ? '›' : ''}`}
                </Paint>{' '}
              </Text>
            ))}
            <Paint tone="muted">{`valid ${formatInterval(spec)}`}</Paint>
          </>
        ) : (
          <Paint tone="muted">no parameters</Paint>
        )}
      </Text>
      {formula.map((line, i) => (
        <Text key={`f${i}`} wrap="truncate">
          {line}
        </Text>
      ))}
      {(noteLines > 0 ? wrap(info.note, width, noteLines) : []).map((line, i) => (
        <Text key={`n${i}`} wrap="truncate">
          <Paint tone="muted">{line}</Paint>
        </Text>
      ))}
      <StatusLine state={state} width={width} />
    </Box>
  );
}

function StatusLine(props: { state: ExploreState; width: number }): ReactNode {
  const { entry, message } = props.state;
  if (entry?.field === 'formula') {
    return (
      <FormulaField
        text={entry.text}
        width={props.width}
        {...(entry.fault ? { fault: entry.fault } : {})}
      />
    );
  }
  if (entry) {
    const what = entry.field === 'x' ? 'x' : 'value';
    return (
      <Text wrap="truncate">
        <Paint tone="accent" bold>{`${what} = ${entry.text}▏`}</Paint>
        <Paint tone={message ? 'bad' : 'muted'}>
          {message ? `  ${message}` : '  Enter sets it, Esc cancels'}
        </Paint>
      </Text>
    );
  }
  return (
    <Text wrap="truncate">
      <Paint tone={message ? 'warn' : 'muted'}>{fit(message ?? '', props.width)}</Paint>
    </Text>
  );
}
