/**
 * A value that follows another at most every `ms` milliseconds (and always ends on the latest), for
 * pictures that need not move at the full frame rate: the charts redraw ten times a second while
 * the heatmap keeps every frame.
 */
import { useEffect, useRef, useState } from 'react';

/** `value`, updated at most every `ms` milliseconds. */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = last.current + ms - performance.now();
    if (wait <= 0) {
      last.current = performance.now();
      setShown(value);
      return;
    }
    const timer = setTimeout(() => {
      last.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return shown;
}
