/**
 * Parameters in the explorer's URL. A plain name (`alpha=0.2`) applies to every shown function that
 * has that parameter; a qualified name (`elu.alpha=0.5`) applies to one function and wins over the
 * plain one; the custom formula's parameters have keys of their own (`p.beta=2`). Values are
 * validated by core (`paramProblems`), never here: an invalid value is reported in words and the
 * function falls back to its default for that parameter.
 */
import type {
  ActivationInfo,
  FormulaDescription,
  FormulaId,
  ParamSpec,
  ScalarActivation,
  ScalarId,
} from '@actlab/core';
import {
  activation,
  activationInfo,
  describeFormula,
  isFormulaId,
  paramProblems,
} from '@actlab/core';
import { formatParam } from '../lib/query.js';
import type { QueryPatch } from '../lib/url-state.js';
import { FORMULA_PARAM_PREFIX, RESERVED_KEYS, isFormulaParamKey } from './selection.js';
import type { Notice } from './selection.js';

/** The id of a shown function: a catalog id, or the custom formula's `formula:` id. */
export type ShownId = ScalarId | FormulaId;

/** How the custom formula is named in legends, tables and labels (its text is shown beside it). */
const FORMULA_NAME = 'Custom formula';

/** One function ready to draw: its catalog entry and the activation at the link's parameters. */
export interface ShownFunction {
  readonly id: ShownId;
  /** The catalog entry, or for the formula core's catalog-style entry at its declared defaults. */
  readonly info: ActivationInfo;
  /** Built by core with the parameters in force (invalid ones replaced by defaults). */
  readonly act: ScalarActivation;
  /** Messages about parameter values in the link that could not be used. */
  readonly notices: readonly Notice[];
  /** The custom formula only: its LaTeX, derivative and estimated properties at these parameters. */
  readonly description?: FormulaDescription;
}

/**
 * The query key that holds `name` for `id`: the formula's own `p.` key; for a catalog function
 * the qualified key when present, else the plain one.
 */
function paramKey(query: URLSearchParams, id: ShownId, name: string): string {
  if (isFormulaId(id)) return `${FORMULA_PARAM_PREFIX}${name}`;
  const qualified = `${id}.${name}`;
  return query.has(qualified) ? qualified : name;
}

/**
 * Core's entries of recent formulas by id: the entry estimates properties by sampling, and a
 * dragged slider rebuilds the formula's function many times a second with the same text.
 */
const formulaInfos = new Map<string, ActivationInfo>();

/** The entry of `id`, named FORMULA_NAME when it is a formula. */
function infoOf(id: ShownId): ActivationInfo {
  if (!isFormulaId(id)) return activationInfo(id);
  let info = formulaInfos.get(id);
  if (!info) {
    info = { ...activationInfo(id), name: FORMULA_NAME };
    if (formulaInfos.size >= 16) formulaInfos.delete(formulaInfos.keys().next().value as string);
    formulaInfos.set(id, info);
  }
  return info;
}

/** The function shown for `id` at `params` (already accepted by core). */
function built(
  id: ShownId,
  info: ActivationInfo,
  params: Record<string, number>,
  notices: Notice[],
): ShownFunction {
  if (!isFormulaId(id)) return { id, info, act: activation(id as ScalarId, params), notices };
  const act = activation(id as FormulaId, params);
  const description = describeFormula(id, params);
  return { id: act.id, info, act, notices, description };
}

/**
 * Builds `id` (a catalog id, or a formula id that parses) with the parameters the query gives it,
 * dropping values core refuses.
 */
export function shownFunction(query: URLSearchParams, id: ShownId): ShownFunction {
  const info = infoOf(id);
  const notices: Notice[] = [];
  const given: Record<string, number> = {};
  for (const spec of info.params) {
    const key = paramKey(query, id, spec.name);
    const raw = query.get(key);
    if (raw === null) continue;
    const value = raw.trim() === '' ? NaN : Number(raw);
    if (Number.isFinite(value)) given[spec.name] = value;
    else
      notices.push({
        text: `${key}=${raw} is not a number, so ${info.name} uses its default ${spec.name} = ${spec.default}.`,
      });
  }
  // Core checks ranges and cross-conditions (rrelu's lower <= upper); each problem names the
  // parameter at fault, which is dropped before checking again (dropping an out-of-range value can
  // uncover a conflict with the default put in its place).
  for (;;) {
    const problems = paramProblems(id, given);
    const [first] = problems;
    if (first === undefined || Object.keys(given).length === 0) {
      return built(id, info, given, notices);
    }
    const atFault = problems.filter((p) => p.param !== undefined && p.param in given);
    if (atFault.length === 0) {
      // The default of the refused parameter clashes with another given value: start over.
      notices.push({
        text: `${first.message}; ${info.name} uses its default parameters instead.`,
      });
      for (const key of Object.keys(given)) delete given[key];
      continue;
    }
    for (const problem of atFault) {
      const param = problem.param as string;
      const spec = info.params.find((p) => p.name === param);
      notices.push({
        text: `${problem.message}; ${info.name} uses the default ${param} = ${spec?.default} instead.`,
      });
      delete given[param];
    }
  }
}

/** Notices for parameter keys in the query that no shown function takes (they are ignored). */
export function unusedParamNotices(
  query: URLSearchParams,
  ids: readonly ScalarId[],
): readonly Notice[] {
  const notices: Notice[] = [];
  const names = (id: ScalarId) => activationInfo(id).params.map((p) => p.name);
  const shownNames = ids.map((id) => [activationInfo(id).name, names(id)] as const);
  for (const key of new Set(query.keys())) {
    if (RESERVED_KEYS.includes(key) || isFormulaParamKey(key)) continue;
    const dot = key.indexOf('.');
    const id = (dot > 0 ? key.slice(0, dot) : '') as ScalarId;
    const name = dot > 0 ? key.slice(dot + 1) : key;
    const applies =
      dot > 0
        ? ids.includes(id) && names(id).includes(name)
        : shownNames.some(([, n]) => n.includes(name));
    if (applies) continue;
    const shown =
      shownNames
        .map(([n]) => n)
        .join(', ')
        .replace(/, ([^,]*)$/, ' or $1') || 'any shown function';
    notices.push({ text: `${key} is not a parameter of ${shown}, so it is ignored.` });
  }
  return notices;
}

/**
 * The patch that sets `id`'s parameter to `value`: the plain key when no other shown function has a
 * parameter of that name, else the qualified key (so the others keep theirs); the formula's `p.`
 * key for the formula. A value equal to what the function would get anyway removes the key,
 * keeping links short.
 */
export function paramPatch(
  query: URLSearchParams,
  ids: readonly ScalarId[],
  id: ShownId,
  spec: ParamSpec,
  value: number,
): QueryPatch {
  if (isFormulaId(id)) {
    const key = `${FORMULA_PARAM_PREFIX}${spec.name}`;
    return { [key]: value === spec.default ? null : formatParam(value) };
  }
  const qualified = `${id}.${spec.name}`;
  const shared = ids.some(
    (other) => other !== id && activationInfo(other).params.some((p) => p.name === spec.name),
  );
  if (shared) {
    const plain = Number(query.get(spec.name) ?? NaN);
    const inherited = Number.isFinite(plain) ? plain : spec.default;
    return { [qualified]: value === inherited ? null : formatParam(value) };
  }
  return { [spec.name]: value === spec.default ? null : formatParam(value), [qualified]: null };
}

/** The patch that puts every parameter of `id` back to its default. */
export function resetParamsPatch(
  query: URLSearchParams,
  ids: readonly ScalarId[],
  id: ShownId,
): QueryPatch {
  const patch: Record<string, string | null> = {};
  for (const spec of infoOf(id).params)
    Object.assign(patch, paramPatch(query, ids, id, spec, spec.default));
  return patch;
}

/** A slider's span for a parameter: its valid range where finite, else a window around the default. */
export interface SliderRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/**
 * The slider range of `spec` showing `value`: finite ends of the valid range as they are (an
 * excluded end is nudged in by a step), infinite ones replaced by a window wide enough for the
 * default and the current value. The number field beside it accepts the whole valid range.
 */
export function sliderRange(spec: ParamSpec, value: number = spec.default): SliderRange {
  const reach = Math.max(1, 3 * Math.abs(spec.default), Math.abs(value));
  let min = Number.isFinite(spec.min) ? spec.min : -Math.max(5, 2 * reach);
  let max = Number.isFinite(spec.max)
    ? spec.max
    : Number.isFinite(spec.min)
      ? spec.min + reach
      : Math.max(5, 2 * reach);
  min = Math.min(min, value);
  max = Math.max(max, value);
  const step = niceStep((max - min) / 100);
  if (!spec.minInclusive && min === spec.min) min += step;
  if (!spec.maxInclusive && max === spec.max) max -= step;
  return { min, max, step };
}

/** The smallest 1, 2 or 5 times a power of ten at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return (
    [1, 2, 5, 10].map((m) => Number((m * power).toPrecision(12))).find((s) => s >= raw) ??
    10 * power
  );
}

/** Why core refuses `value` for `fn`'s parameter `name` (other parameters as now), or null. */
export function paramProblem(fn: ShownFunction, name: string, value: number): string | null {
  const problem = paramProblems(fn.id, { ...fn.act.params, [name]: value })[0];
  // Core prefixes its messages with the id (`elu: `, or `formula: ` for a typed formula).
  const prefix = isFormulaId(fn.id) ? /^formula: / : `${fn.id}: `;
  return problem ? problem.message.replace(prefix, '') : null;
}
