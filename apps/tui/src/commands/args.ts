/**
 * The command line's arguments: positionals, `--flag value`, `--flag=value`, repeatable flags
 * (`--param a=1 --param b=2`) and boolean switches. Each command declares the flags it takes, so
 * an unknown flag is a usage error naming the closest ones. A lone `-` or a negative number such as
 * `-2` is a positional (activations are evaluated at negative x all the time).
 */
import { closestNames } from '@actlab/core';
import { parseNumber as parseTyped } from '@actlab/format';
import { UsageError } from './usage-error.js';

/** The flags a command takes: `value` flags need an argument, `switch` flags do not. */
export type FlagSpec = Readonly<Record<string, 'value' | 'repeat' | 'switch'>>;

/** Parsed arguments. */
export interface Parsed {
  readonly positionals: readonly string[];
  /** Last value of each `value` flag. */
  readonly values: Readonly<Record<string, string>>;
  /** Every value of each `repeat` flag, in order. */
  readonly repeats: Readonly<Record<string, readonly string[]>>;
  /** The switches given. */
  readonly switches: ReadonlySet<string>;
}

const NUMBER = /^-(\d|\.\d|Infinity$)/;

/** Parses `argv` (after the command name) against `spec`. */
export function parseArgs(argv: readonly string[], spec: FlagSpec): Parsed {
  const positionals: string[] = [];
  const values: Record<string, string> = {};
  const repeats: Record<string, string[]> = {};
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-' || NUMBER.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    const kind = spec[name];
    if (!kind) {
      const known = Object.keys(spec);
      const near = closestNames(name, known);
      const hint =
        near.length > 0 ? `; did you mean ${near.map((n) => `--${n}`).join(' or ')}?` : '';
      throw new UsageError(`unknown option --${name}${hint}`);
    }
    if (kind === 'switch') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      switches.add(name);
      continue;
    }
    let value: string | undefined = eq >= 0 ? body.slice(eq + 1) : argv[i + 1];
    if (eq < 0) i++;
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    if (kind === 'repeat') (repeats[name] ??= []).push(value);
    else values[name] = value;
    value = undefined;
  }
  return { positionals, values, repeats, switches };
}

/**
 * A number from an argument, read as @actlab/format reads typed numbers (decimals, exponents,
 * `Infinity`, `-inf`, `∞`) and NaN, which the CLI passes on to the kernels; a usage error naming
 * the argument otherwise.
 */
export function parseNumber(text: string, what: string): number {
  const parsed = parseTyped(text, { nan: true });
  if (!parsed.ok) throw new UsageError(`${what} must be a number, got "${text}"`);
  return parsed.value;
}

/** `--param name=value` flags as a params object (undefined when none is given). */
export function paramsFlag(
  values: readonly string[] | undefined,
): Record<string, number> | undefined {
  if (!values || values.length === 0) return undefined;
  const params: Record<string, number> = {};
  for (const item of values) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param takes name=value, got "${item}"`);
    const name = item.slice(0, eq);
    params[name] = parseNumber(item.slice(eq + 1), `--param ${name}`);
  }
  return params;
}

/** `--input 1,0.5`: comma-separated numbers, each read as `parseNumber` reads one. */
export function numberList(text: string, what: string): number[] {
  if (text.trim() === '') throw new UsageError(`${what} needs at least one number`);
  return text.split(',').map((t, i) => parseNumber(t.trim(), `${what}[${i}]`));
}
