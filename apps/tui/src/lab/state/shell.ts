/**
 * The shell's state: which screen is shown (by its place in the tab order), whether the help
 * overlay is open, and how far its list is scrolled (on a small terminal it can be longer than
 * the screen). It knows how many screens there are, not which: the registry
 * (screens/registry.ts) names them.
 */

/** Shell state. */
export interface ShellState {
  /** Index of the screen shown, in tab order. */
  readonly screen: number;
  /** How many screens there are. */
  readonly count: number;
  readonly help: boolean;
  /** The first help line shown. */
  readonly helpScroll: number;
}

/** What can happen to the shell. */
export type ShellAction =
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  /** Shows the screen at `screen` (ignored outside 0..count-1). */
  | { readonly type: 'go'; readonly screen: number }
  | { readonly type: 'toggle-help' }
  | { readonly type: 'close-help' }
  /** Scrolls the help by `by` lines, within 0 and `max` (the lines that do not fit). */
  | { readonly type: 'scroll-help'; readonly by: number; readonly max: number };

/** The state on start: `count` screens, showing `screen` (default the first), help closed. */
export function initialShell(count: number, screen = 0): ShellState {
  return { screen, count, help: false, helpScroll: 0 };
}

/** Applies an action. Switching screens closes the help. */
export function shellReducer(state: ShellState, action: ShellAction): ShellState {
  const n = state.count;
  switch (action.type) {
    case 'next':
      return initialShell(n, (state.screen + 1) % n);
    case 'previous':
      return initialShell(n, (state.screen + n - 1) % n);
    case 'go':
      if (!Number.isInteger(action.screen) || action.screen < 0 || action.screen >= n) return state;
      return initialShell(n, action.screen);
    case 'toggle-help':
      return { ...state, help: !state.help, helpScroll: 0 };
    case 'close-help':
      return state.help ? { ...state, help: false, helpScroll: 0 } : state;
    case 'scroll-help': {
      const helpScroll = Math.max(0, Math.min(action.max, state.helpScroll + action.by));
      return helpScroll === state.helpScroll ? state : { ...state, helpScroll };
    }
  }
}
