/** What the shell gives every screen, and how a screen describes its keys. */

/** Props of a screen component. */
export interface ScreenProps {
  /** Columns the screen may use. */
  readonly width: number;
  /** Rows the screen may use (the shell's header and footer are outside). */
  readonly height: number;
  /** Whether the screen receives keys (false while the help overlay is open). */
  readonly active: boolean;
  /**
   * Tells the shell that the screen is taking typed text (a number being entered, a filter), so
   * the shell's own letter and digit keys (`q`, `?`, a digit per screen) stay with the screen
   * meanwhile.
   */
  readonly onTyping: (typing: boolean) => void;
  /**
   * Whether the shell takes `input` while the screen is not typing: a screen that starts typing on
   * a plain key (Explore's filter) leaves these keys to the shell.
   */
  readonly isShellKey: (input: string) => boolean;
}

/** One line of the help: the keys and what they do. */
export interface KeyHelp {
  readonly keys: string;
  readonly does: string;
}
