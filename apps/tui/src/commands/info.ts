/**
 * `actlab info <id>`: an activation's formula, derivative, range, parameters and notes; for a
 * typed formula (`--formula <text>` or a `formula:` id), core's `describeFormula`: its normalized
 * text, LaTeX, symbolic derivative, declared parameters, kinks and estimated properties.
 */
import type {
  ActivationInfo,
  FormulaDescription,
  Interval,
  ParamSpec,
  ShapeAt,
} from '@actlab/core';
import { activation, activationInfo, describeFormula, isFormulaId, shapeAt } from '@actlab/core';
import { encodeDeep, formatExact, formatInterval, formatNumber } from '@actlab/format';
import { paramsFlag, parseArgs } from './args.js';
import type { Command } from './command.js';
import { json, namedFirst, resolving } from './shared.js';
import { UsageError } from './usage-error.js';

/** An interval exactly, as core's messages write it: `[0, Infinity)`. */
function interval(i: Interval): string {
  return formatInterval(i, { digits: 'exact', infinity: 'Infinity' });
}

/** One line per parameter: default, valid range and meaning. */
function paramLines(params: readonly ParamSpec[]): string {
  const lines = params.map((p) =>
    `  ${p.name} = ${formatExact(p.default)}  valid ${interval(p)}  ${p.description}`.trimEnd(),
  );
  return lines.length > 0 ? `parameters:\n${lines.join('\n')}` : 'parameters: none';
}

function describe(info: ActivationInfo): string {
  const lines = [
    `${info.name} (${info.id}, ${info.kind})`,
    info.aliases.length > 0 ? `aliases: ${info.aliases.join(', ')}` : '',
    `formula (LaTeX):    ${info.formula}`,
    `derivative (LaTeX): ${info.derivative}`,
    `range: ${interval(info.range)}`,
    paramLines(info.params),
    info.kinks.length > 0
      ? `kinks: ${info.kinks.map((k) => `x = ${formatExact(k.x)}, f' = ${formatExact(k.derivative)}`).join('; ')}`
      : '',
    info.kinkConvention ? `convention: ${info.kinkConvention}` : '',
    `frameworks: ${Object.entries(info.frameworks)
      .map(([lib, framework]) => `${lib} ${framework.name}`)
      .join(', ')}`,
    '',
    info.note,
  ];
  return lines.filter((l, i) => l !== '' || i === lines.length - 2).join('\n');
}

/** `yes`/`no` for a property. */
const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

/** A range of one or more intervals: `{0} ∪ (10, Infinity)`. */
function rangeText(range: ShapeAt['range']): string {
  return range.map((i) => (i.min === i.max ? `{${formatExact(i.min)}}` : interval(i))).join(' ∪ ');
}

/** The lines that change with the parameters: range, properties and kinks at `params`. */
function atParams(id: string, params: Readonly<Record<string, number>>): string {
  const shape = shapeAt(id, params);
  const act = activation(id, params);
  const kinks = act.kind === 'scalar' ? act.kinks : [];
  const p = shape.properties;
  const at = Object.entries(params)
    .map(([n, v]) => `${n} = ${formatExact(v)}`)
    .join(', ');
  return [
    `at ${at}:`,
    `  range: ${rangeText(shape.range)}`,
    `  monotonic: ${yesNo(p.monotonic)}, bounded: ${yesNo(p.bounded)}, zero-centred: ${yesNo(p.zeroCentred)}`,
    `  smooth: ${yesNo(p.smooth)}, saturating: ${yesNo(p.saturating)}, sparse: ${yesNo(p.sparse)}`,
    kinks.length > 0
      ? `  kinks: ${kinks.map((k) => `x = ${formatExact(k.x)}, f' = ${formatExact(k.derivative)}`).join('; ')}`
      : '  kinks: none',
  ].join('\n');
}

/** A formula's description for people; the properties are marked as estimated by sampling. */
function describeTyped(d: FormulaDescription): string {
  const p = d.properties;
  const used = Object.entries(d.params).filter(
    ([name, v]) => d.definition.params.find((s) => s.name === name)?.default !== v,
  );
  const small = p.smallGradient.intervals.map(
    // Zone edges are located by bisection to about 1e-12 of the range: six digits say all they know.
    (i) => `[${formatNumber(i.from, 6)}, ${formatNumber(i.to, 6)}]`,
  );
  return [
    `f(x) = ${d.definition.text}`,
    `formula (LaTeX):    ${d.latex}`,
    `f'(x) = ${d.derivativeText}`,
    `derivative (LaTeX): ${d.derivativeLatex}`,
    paramLines(d.definition.params),
    ...(used.length > 0
      ? [`values used: ${used.map(([n, v]) => `${n} = ${formatExact(v)}`).join(', ')}`]
      : []),
    d.kinks.length > 0
      ? `kinks: ${d.kinks.map((k) => `x = ${formatExact(k.x)}, f' = ${formatExact(k.derivative)}`).join('; ')}`
      : 'kinks: none',
    `estimated by sampling over [${formatExact(p.over.from)}, ${formatExact(p.over.to)}] (not proven):`,
    `  range: ${interval(p.range)}`,
    `  monotonic: ${yesNo(p.monotonic)}, bounded: ${yesNo(p.bounded)}, zero-centred: ${yesNo(p.zeroCentred)}`,
    `  smooth: ${yesNo(p.smooth)}, saturating: ${yesNo(p.saturating)}, sparse: ${yesNo(p.sparse)}`,
    `  |f'| < ${formatExact(p.smallGradient.below)} on: ${small.length > 0 ? small.join(', ') : 'nowhere'}`,
  ].join('\n');
}

/** A formula's description as JSON: core's `FormulaDescription` without the syntax tree. */
function typedJson(d: FormulaDescription): string {
  const { source, expression, text, params } = d.definition;
  return json(encodeDeep({ ...d, definition: { source, expression, text, params } }));
}

/** `actlab info`. */
export const infoCommand: Command = {
  summary: "an activation's formula, derivative, parameters and notes",
  usage:
    'actlab info <id> [--param name=value]... [--json]\n' +
    "       actlab info --formula '<formula>' [--param name=value]... [--json]",
  flags: { json: 'switch', formula: 'value', param: 'repeat' },
  run(argv) {
    const args = parseArgs(argv, this.flags);
    const typed = args.values.formula;
    const [id, ...rest] = namedFirst(typed, args.positionals);
    if (id === undefined || rest.length > 0) {
      throw new UsageError('info takes one activation id, or --formula <text>');
    }
    const params = paramsFlag(args.repeats.param);
    if (isFormulaId(id)) {
      const d = resolving(() => describeFormula(id, params), id, typed);
      return args.switches.has('json') ? typedJson(d) : describeTyped(d);
    }
    const info = resolving(() => activationInfo(id));
    if (params !== undefined) {
      // The entry at the defaults, then what the given parameters change (the course's T = 10).
      const shape = resolving(() => shapeAt(id, params));
      if (args.switches.has('json')) return json(encodeDeep({ ...info, at: { params, ...shape } }));
      return `${describe(info)}\n\n${atParams(id, params)}`;
    }
    // As the API answers GET /v1/activations/:id: infinite range ends as "Infinity", not null.
    return args.switches.has('json') ? json(encodeDeep(info)) : describe(info);
  },
};
