/**
 * The one-line field where a formula is typed on Explore, and the lines under it: carets under the
 * fault followed by core's reason when the formula does not parse (in characters, not colour
 * alone), or how to use the field. A long formula shows the window of it around the end being
 * typed, or around the fault.
 */
import { Text } from 'ink';
import type { ReactNode } from 'react';
import { caretView } from '../../caret.js';
import { fit, wrap } from '../draw/wrap.js';
import type { FormulaFault } from '../state/explore-formula.js';
import { FORMULA_EXAMPLE } from '../state/explore-formula.js';
import { Paint } from '../theme.js';

/** What the field starts with; the caret line is indented as far. */
const PROMPT = 'f(x) = ';

/** Narrowest room worth starting the reason on the caret line. */
const MIN_REASON = 16;

/** Props of the formula field. */
export interface FormulaFieldProps {
  /** The text typed so far. */
  readonly text: string;
  /** Why it did not parse when last committed, if it did not. */
  readonly fault?: FormulaFault;
  /** Columns for every line. */
  readonly width: number;
}

/** Most lines the field takes: the field, the carets with the reason, and the rest of the reason. */
export const FORMULA_FIELD_LINES = 3;

/**
 * The field's lines as text: the prompt and text (with the cursor), then the line under it (how
 * to use the field), or the carets and the reason (which goes on to a third line when long).
 */
export function formulaFieldLines(props: FormulaFieldProps): { field: string; under: string[] } {
  const { text, fault, width } = props;
  // One column for the cursor after the text.
  const room = Math.max(8, width - PROMPT.length - 1);
  const at = fault?.position ?? text.length;
  const view = caretView(text, at, fault?.end ?? (fault ? undefined : at), room);
  const field = `${PROMPT}${view.line}▏`;
  if (!fault)
    return { field, under: [fit(`Enter plots it, Esc cancels · e.g. ${FORMULA_EXAMPLE}`, width)] };
  if (fault.position === undefined) return { field, under: wrap(fault.message, width, 2) };
  const carets = `${' '.repeat(PROMPT.length)}${view.caret}`;
  const reasonRoom = width - carets.length - 1;
  if (reasonRoom < MIN_REASON)
    return { field, under: [fit(carets, width), ...wrap(fault.message, width, 1)] };
  const [first = ''] = wrap(fault.message, reasonRoom);
  const rest = fault.message.trim().slice(first.length).trim();
  return { field, under: [`${carets} ${first}`, ...(rest ? wrap(rest, width, 1) : [])] };
}

/** The formula field and the lines under it. */
export function FormulaField(props: FormulaFieldProps): ReactNode {
  const { field, under } = formulaFieldLines(props);
  return (
    <>
      <Text wrap="truncate">
        <Paint tone="accent" bold>
          {field}
        </Paint>
      </Text>
      {under.map((line, i) => (
        <Text key={i} wrap="truncate">
          <Paint tone={props.fault ? 'bad' : 'muted'}>{line}</Paint>
        </Text>
      ))}
    </>
  );
}
