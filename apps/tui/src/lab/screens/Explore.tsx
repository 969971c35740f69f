/**
 * Explore: the catalog as a filterable list beside a braille plot of f and f', with the formula,
 * the catalog's note, parameters changed by keyboard within their valid ranges, f(x) and f'(x) at
 * a typed x, and up to four functions compared. Letters always go to the filter, so every command
 * here is a key that no activation name contains.
 */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useLayoutEffect, useMemo, useReducer } from 'react';
import { formatInterval, formatNumber } from '@actlab/format';
import { latexToText } from '../draw/latex-text.js';
import { fit, wrap } from '../draw/wrap.js';
import { useScreenInput } from '../hooks/use-screen-input.js';
import { exploreReducer, filtered, infoOf, initialExplore, paramsOf } from '../state/explore.js';
import type { ExploreState } from '../state/explore.js';
import { Paint, Rows } from '../theme.js';
import { explorePress } from './explore-keys.js';
import { exploreView, SATURATION } from './explore-view.js';
import type { KeyHelp, ScreenProps } from './screen.js';

/** Explore's keys, most used first (the footer shows as many as fit). */
export const EXPLORE_KEYS: readonly KeyHelp[] = [
  { keys: 'letters', does: 'filter the list' },
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
  const list = filtered(state.filter);
  const at = Math.max(
    0,
    list.findIndex((i) => i.id === state.selected),
  );
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
        <Paint tone="muted">{`${list.length} of 38 · ↑↓`}</Paint>
      </Text>
      {list.slice(start, start + rows).map((info) => {
        const pin = state.pinned.indexOf(info.id);
        const cursor = info.id === state.selected;
        const label = `${cursor ? '›' : ' '}${pin >= 0 ? pin + 1 : ' '} ${info.id}${info.kind === 'vector' ? ' ▸vec' : ''}`;
        return (
          <Text key={info.id} wrap="truncate">
            <Paint tone={cursor ? 'accent' : 'plain'} inverse={cursor} bold={pin >= 0}>
              {fit(label, width).padEnd(width)}
            </Paint>
          </Text>
        );
      })}
    </Box>
  );
}

function Detail(props: { state: ExploreState; width: number; height: number }): ReactNode {
  const { state, width, height } = props;
  const info = infoOf(state.selected);
  const formula = info ? wrap(latexToText(info.formula), width, 2) : [];
  const shownCount = Math.max(1, Math.min(4, state.pinned.length + 1));
  const noteLines = 2;
  const plotHeight = Math.max(5, height - (4 + shownCount + formula.length + noteLines));
  const view = useMemo(
    () =>
      info?.kind === 'scalar' || state.pinned.length > 0
        ? exploreView(state, width, plotHeight)
        : undefined,
    [state, info, width, plotHeight],
  );
  if (!info) return null;
  const idWidth = Math.max(0, ...(view?.shown ?? []).map((s) => s.id.length));
  const spec = info.params[Math.min(state.paramIndex, info.params.length - 1)];
  const values = paramsOf(state, info.id);
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      <Text wrap="truncate">
        <Paint bold>{info.name}</Paint>
        <Paint tone="muted">{`  ${info.id} · output in ${formatInterval(info.range)}${info.properties.smooth ? ' · smooth' : ''}${info.properties.saturating ? ' · saturates' : ''}`}</Paint>
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
              <Paint tone={s.tone} bold>{`${s.number} ${s.id.padEnd(idWidth)}`}</Paint>
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
      {wrap(info.note, width, noteLines).map((line, i) => (
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
