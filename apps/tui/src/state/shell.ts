/**
 * The shell's state: which screen is shown, whether the help overlay is open, and how far its
 * list is scrolled (on a small terminal it can be longer than the screen).
 */

/** The screens, in tab order. */
export const SCREEN_IDS = ['explore', 'softmax', 'train', 'lessons'] as const;
/** One screen's id. */
export type ScreenId = (typeof SCREEN_IDS)[number];

/** Shell state. */
export interface ShellState {
  readonly screen: ScreenId;
  readonly help: boolean;
  /** The first help line shown. */
  readonly helpScroll: number;
}

/** What can happen to the shell. */
export type ShellAction =
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'go'; readonly screen: ScreenId }
  | { readonly type: 'toggle-help' }
  | { readonly type: 'close-help' }
  /** Scrolls the help by `by` lines, within 0 and `max` (the lines that do not fit). */
  | { readonly type: 'scroll-help'; readonly by: number; readonly max: number };

/** The state on start: `screen` (default Explore) with the help closed. */
export function initialShell(screen: ScreenId = 'explore'): ShellState {
  return { screen, help: false, helpScroll: 0 };
}

/** Applies an action. Switching screens closes the help. */
export function shellReducer(state: ShellState, action: ShellAction): ShellState {
  const at = SCREEN_IDS.indexOf(state.screen);
  const n = SCREEN_IDS.length;
  switch (action.type) {
    case 'next':
      return initialShell(SCREEN_IDS[(at + 1) % n] as ScreenId);
    case 'previous':
      return initialShell(SCREEN_IDS[(at + n - 1) % n] as ScreenId);
    case 'go':
      return initialShell(action.screen);
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
