/**
 * A screen's key handler: Ink's `useInput`, live only while the screen is shown. Ink subscribes
 * and unsubscribes handlers in a passive effect after a render, so a key that arrives between the
 * render that hid a screen (the help opened, another screen chosen) and that effect would still
 * reach the hidden screen; a ref set during the render turns such keys away.
 */
import type { Key } from 'ink';
import { useInput } from 'ink';
import { useRef } from 'react';

/** Calls `handler` for each key while `active` is true, as of the latest render. */
export function useScreenInput(handler: (input: string, key: Key) => void, active: boolean): void {
  const shown = useRef(active);
  shown.current = active;
  useInput(
    (input, key) => {
      if (shown.current) handler(input, key);
    },
    { isActive: active },
  );
}
