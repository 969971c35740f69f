/**
 * @actlab/format: how actlab shows numbers to people and sends them on the wire. Display
 * formatting (numbers, percentages, intervals, tables), the JSON encoding of Infinity and NaN,
 * and reading numbers that people type. Shared by the API, the terminal app and the web app.
 *
 * The public surface is this explicit list; everything else is internal.
 */
export type { IntervalStyle } from './interval.js';
export { formatInterval } from './interval.js';
export type { NumberStyle } from './number.js';
export { formatExact, formatNumber, formatPercent, formatTick, withMinus } from './number.js';
export type { ParseOptions, ParseProblem, ParsedNumber } from './parse.js';
export { parseNumber } from './parse.js';
export { formatTable } from './table.js';
export type { Encoded, WireNumber } from './wire.js';
export {
  NON_FINITE_STRINGS,
  decodeNumber,
  decodeNumbers,
  decodeRecord,
  encodeDeep,
  encodeNumber,
  encodeNumbers,
  encodeRecord,
  parseNumberList,
  parseWireNumber,
} from './wire.js';
