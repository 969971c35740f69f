/** The shell's state: which screen is shown and whether the help overlay is open. */

/** The screens, in tab order. */
export const SCREEN_IDS = ['explore', 'softmax', 'train', 'lessons'] as const;
/** One screen's id. */
export type ScreenId = (typeof SCREEN_IDS)[number];

/** Shell state. */
export interface ShellState {
  readonly screen: ScreenId;
  readonly help: boolean;
}

/** What can happen to the shell. */
export type ShellAction =
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'go'; readonly screen: ScreenId }
  | { readonly type: 'toggle-help' }
  | { readonly type: 'close-help' };

/** The state on start: `screen` (default Explore) with the help closed. */
export function initialShell(screen: ScreenId = 'explore'): ShellState {
  return { screen, help: false };
}

/** Applies an action. Switching screens closes the help. */
export function shellReducer(state: ShellState, action: ShellAction): ShellState {
  const at = SCREEN_IDS.indexOf(state.screen);
  const n = SCREEN_IDS.length;
  switch (action.type) {
    case 'next':
      return { screen: SCREEN_IDS[(at + 1) % n] as ScreenId, help: false };
    case 'previous':
      return { screen: SCREEN_IDS[(at + n - 1) % n] as ScreenId, help: false };
    case 'go':
      return { screen: action.screen, help: false };
    case 'toggle-help':
      return { ...state, help: !state.help };
    case 'close-help':
      return state.help ? { ...state, help: false } : state;
  }
}
