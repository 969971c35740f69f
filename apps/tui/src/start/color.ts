/**
 * Whether to paint in colour. Kept apart from the UI so the scriptable commands can ask without
 * loading Ink.
 */

/**
 * True when colour is wanted: output is a terminal, `NO_COLOR` is unset or empty (no-color.org)
 * and `TERM` is not `dumb`.
 */
export function colorWanted(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/**
 * True when the terminal can take text styles (bold, dim, inverse) at all: not under `TERM=dumb`.
 * `NO_COLOR` takes colour away, not these.
 */
export function stylesWanted(env: NodeJS.ProcessEnv): boolean {
  return env.TERM !== 'dumb';
}
