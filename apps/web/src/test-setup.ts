/**
 * Component tests run in jsdom, which has no canvas: drawing functions are tested on their own
 * (see src/canvas), so components get a recording 2D context that accepts every call.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setUrlWriteGap } from './lib/url-state.js';

// Tests read window.location right after a change: write every URL change at once.
setUrlWriteGap(0);

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const noop = (): void => undefined;
const context = new Proxy(
  {},
  {
    get: (_target, key) => {
      if (key === 'measureText') return (text: string) => ({ width: text.length * 6 });
      if (key === 'createImageData' || key === 'getImageData') {
        return (w: number, h: number) => ({
          width: w,
          height: h,
          data: new Uint8ClampedArray(w * h * 4),
        });
      }
      if (key === 'createLinearGradient') return () => ({ addColorStop: noop });
      return noop;
    },
    set: () => true,
  },
);
HTMLCanvasElement.prototype.getContext = (() =>
  context) as unknown as HTMLCanvasElement['getContext'];

if (!window.matchMedia) {
  window.matchMedia = ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: noop,
    removeEventListener: noop,
    addListener: noop,
    removeListener: noop,
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
}

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;
