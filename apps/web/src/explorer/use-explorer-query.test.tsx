import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { URL_CHANGE_EVENT } from '../lib/url-state.js';
import { URL_WRITE_INTERVAL_MS, useExplorerQuery } from './use-explorer-query.js';

afterEach(() => vi.useRealTimers());

describe('useExplorerQuery', () => {
  it('shows every change at once but writes the URL at most once per interval, the last change included', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?fn=relu');
    let writes = 0;
    const count = () => writes++;
    window.addEventListener(URL_CHANGE_EVENT, count);
    const { result } = renderHook(() => useExplorerQuery());
    act(() => {
      for (let i = 1; i <= 50; i++) result.current[1]({ x: String(i) });
    });
    expect(result.current[0].get('x')).toBe('50');
    expect(result.current[0].get('fn')).toBe('relu');
    expect(writes).toBe(1);
    expect(window.location.search).toBe('?fn=relu&x=1');
    act(() => vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS));
    expect(writes).toBe(2);
    expect(window.location.search).toBe('?fn=relu&x=50');
    window.removeEventListener(URL_CHANGE_EVENT, count);
  });

  it('drops pending changes after navigating to another page instead of writing them there', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?fn=relu');
    const { result, unmount } = renderHook(() => useExplorerQuery());
    act(() => {
      result.current[1]({ x: '1' });
      result.current[1]({ x: '2' });
    });
    window.history.pushState(null, '', '/softmax');
    unmount();
    expect(window.location.pathname + window.location.search).toBe('/softmax');
  });
});
