/** Key sequences a terminal sends, and a pause for Ink to re-render, for ink-testing-library tests. */

/** Escape sequences of the keys the screens use. */
export const KEYS = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  escape: '\u001B',
  backspace: '\u007F',
  tab: '\t',
  shiftTab: '\u001B[Z',
} as const;

/** Waits long enough for Ink to handle input and render (it batches within a tick). */
export function settle(ms = 25): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Writes each key in turn, letting Ink render after each. */
export async function press(
  stdin: { write(data: string): void },
  ...keys: readonly string[]
): Promise<void> {
  for (const key of keys) {
    stdin.write(key);
    // A lone Esc is only known to be Esc once no sequence follows it, so Ink takes longer.
    await settle(key === KEYS.escape ? 80 : 40);
  }
}

/** The widest line of a frame, in characters. */
export function widest(frame: string | undefined): number {
  return Math.max(0, ...(frame ?? '').split('\n').map((line) => [...line].length));
}

/**
 * Polls `lastFrame` until `test` holds and returns that frame; fails with the last frame after
 * `ms`. Under load Ink can take longer than a fixed pause, so assertions on a change wait for it.
 */
export async function frameWhere(
  lastFrame: () => string | undefined,
  test: (frame: string) => boolean,
  ms = 3000,
): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const frame = lastFrame() ?? '';
    if (test(frame)) return frame;
    if (Date.now() > until)
      throw new Error(`no frame matched within ${ms} ms; the last was:\n${frame}`);
    await settle(20);
  }
}

/**
 * Waits for the first frame that passes `test`, then a little longer: Ink subscribes a screen's
 * key handler in an effect after that frame, and keys written before it are lost.
 */
export async function ready(
  lastFrame: () => string | undefined,
  test: (frame: string) => boolean = (frame) => frame.length > 0,
): Promise<string> {
  const frame = await frameWhere(lastFrame, test);
  await settle(50);
  return frame;
}

/**
 * The frame once it has stopped changing for `quietMs` (at most `maxMs`): for a test that reads
 * the frame a key leads to without knowing its text in advance.
 */
export async function settledFrame(
  lastFrame: () => string | undefined,
  quietMs = 60,
  maxMs = 3000,
): Promise<string> {
  const until = Date.now() + maxMs;
  let frame = lastFrame() ?? '';
  let since = Date.now();
  while (Date.now() < until) {
    await settle(15);
    const next = lastFrame() ?? '';
    if (next !== frame) {
      frame = next;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) break;
  }
  return frame;
}
