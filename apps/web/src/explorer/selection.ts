/**
 * Which functions the explorer draws: the `fn` query value read into canonical scalar ids, with a
 * plain-language notice for every name it cannot draw (unknown, or a vector activation, which has
 * no curve y = f(x)), and the query patch that changes the selection.
 */
import type { ActivationInfo, ScalarId } from '@actlab/core';
import { activationInfo, catalog, findActivationId, isScalarId, suggestIds } from '@actlab/core';
import { listParam } from '../lib/query.js';
import type { QueryPatch } from '../lib/url-state.js';

/** What the explorer shows when the link names no function at all. */
export const DEFAULT_IDS: readonly ScalarId[] = ['sigmoid'];

/** At most this many overlaid functions: one distinct series colour each. */
export const MAX_FUNCTIONS = 6;

/** The query key of the custom formula's text (`formula=x * tanh(softplus(x))`). */
export const FORMULA_KEY = 'formula';

/**
 * Prefix of the custom formula's parameter keys (`p.beta=2`): a namespace of their own, so a
 * formula's `alpha` never sets, or is set by, a catalog function's `alpha`.
 */
export const FORMULA_PARAM_PREFIX = 'p.';

/** The `shade` value that names the custom formula (its id is the whole text, too long for a link). */
export const FORMULA_SHADE = 'formula';

/** Whether `key` is one of the custom formula's parameter keys. */
export function isFormulaParamKey(key: string): boolean {
  return key.startsWith(FORMULA_PARAM_PREFIX);
}

/** Query keys the explorer owns besides parameters. */
export const RESERVED_KEYS: readonly string[] = [
  'fn',
  FORMULA_KEY,
  'x',
  'xmin',
  'xmax',
  'ymin',
  'ymax',
  'f',
  'df',
  'shade',
];

/** A message shown inline above the page, with an optional link to where the thing can be seen. */
export interface Notice {
  readonly text: string;
  readonly link?: { readonly href: string; readonly label: string };
}

/** The functions to draw, in the order of the link, and what was left out and why. */
export interface Selection {
  readonly ids: readonly ScalarId[];
  readonly notices: readonly Notice[];
}

/** Catalog entries that can be drawn as y = f(x), in catalog order. */
export const SCALAR_ENTRIES: readonly ActivationInfo[] = catalog.filter((c) => c.kind === 'scalar');

/** Catalog entries of vector activations (softmax and kin), which have their own page. */
export const VECTOR_ENTRIES: readonly ActivationInfo[] = catalog.filter((c) => c.kind === 'vector');

/** How `readSelection` fills in and limits the selection. */
export interface SelectionOptions {
  /** The ids shown when the link has no `fn` (a link with a formula shows only the formula). */
  readonly defaults?: readonly ScalarId[];
  /** At most this many catalog functions (one colour is kept for a custom formula). */
  readonly max?: number;
}

/** Reads `fn` (ids or aliases, comma-separated); a missing `fn` means the default selection. */
export function readSelection(raw: string | null, options: SelectionOptions = {}): Selection {
  const max = options.max ?? MAX_FUNCTIONS;
  if (raw === null) return { ids: (options.defaults ?? DEFAULT_IDS).slice(0, max), notices: [] };
  const ids: ScalarId[] = [];
  const notices: Notice[] = [];
  for (const name of listParam(raw)) {
    const id = findActivationId(name);
    if (id === undefined) {
      notices.push({ text: unknownNotice(name) });
    } else if (!isScalarId(id)) {
      notices.push({
        text: `${activationInfo(id).name} turns a whole vector of scores into another vector, so it has no curve y = f(x) to draw here.`,
        link: { href: '/softmax', label: 'See it on the Softmax page' },
      });
    } else if (ids.includes(id as ScalarId)) {
      continue;
    } else if (ids.length >= max) {
      notices.push({
        text: `At most ${MAX_FUNCTIONS} functions are drawn at once${max < MAX_FUNCTIONS ? ' (the custom formula is one)' : ''}, so ${activationInfo(id).name} is left out.`,
      });
    } else {
      ids.push(id as ScalarId);
    }
  }
  return { ids, notices };
}

function unknownNotice(name: string): string {
  const suggestions = suggestIds(name);
  const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.join(' or ')}?)` : '';
  return `The link asks for “${name}”, which is not an activation in the catalog${hint}; it is left out.`;
}

/** The ids with `id` added (at the end) or removed. */
export function toggledIds(ids: readonly ScalarId[], id: ScalarId): ScalarId[] {
  return ids.includes(id) ? ids.filter((i) => i !== id) : [...ids, id];
}

/**
 * The patch that shows `next`: `fn`, and the removal of parameter keys that no longer apply to any
 * shown function (so a link never carries settings nobody sees). Other keys are kept.
 */
export function selectionPatch(query: URLSearchParams, next: readonly ScalarId[]): QueryPatch {
  const patch: Record<string, string | null> = { fn: next.join(',') };
  const names = new Set(next.flatMap((id) => activationInfo(id).params.map((p) => p.name)));
  const allNames = new Set(catalog.flatMap((c) => c.params.map((p) => p.name)));
  for (const key of new Set(query.keys())) {
    if (RESERVED_KEYS.includes(key) || isFormulaParamKey(key)) continue;
    const dot = key.indexOf('.');
    if (dot > 0) {
      if (!next.includes(key.slice(0, dot) as ScalarId)) patch[key] = null;
    } else if (allNames.has(key) && !names.has(key)) {
      patch[key] = null;
    }
  }
  const shade = query.get('shade');
  if (
    shade !== null &&
    shade !== 'none' &&
    shade !== FORMULA_SHADE &&
    !next.includes(shade as ScalarId)
  )
    patch.shade = null;
  return patch;
}
