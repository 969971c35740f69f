import { describe, expect, it } from 'vitest';
import { DRAG_LIMIT, draggedValue, keyedValue, tidy } from './weight-drag.js';

describe('dragging and nudging a weight', () => {
  it('moves up by 0.01 a pixel dragged upward and down for downward, in tidy hundredths', () => {
    expect(draggedValue(0.5, -30)).toBe(0.8);
    expect(draggedValue(0.5, 70)).toBe(-0.2);
    expect(draggedValue(0.1, -20)).toBe(0.3);
    expect(draggedValue(0, 0.4)).toBe(0);
    // Float noise never shows: 0.1 + 0.2 is written 0.3.
    expect(keyedValue(0.2, 'ArrowUp', false)).toBe(0.3);
  });

  it('stays within the drag limit', () => {
    expect(draggedValue(9.5, -500)).toBe(DRAG_LIMIT);
    expect(draggedValue(-9.5, 500)).toBe(-DRAG_LIMIT);
    expect(tidy(-0.001)).toBe(0);
    expect(keyedValue(10, 'ArrowUp', false)).toBe(DRAG_LIMIT);
  });

  it('lets a typed value beyond the limit move back inside without jumping to the limit', () => {
    expect(draggedValue(25, 10)).toBe(24.9);
    expect(draggedValue(25, -10)).toBe(25);
    expect(keyedValue(-25, 'ArrowDown', false)).toBe(-25);
    expect(keyedValue(-25, 'ArrowUp', true)).toBe(-24.99);
  });

  it('steps by 0.1 per arrow key, 0.01 with Shift, and ignores other keys', () => {
    expect(keyedValue(0.5, 'ArrowUp', false)).toBe(0.6);
    expect(keyedValue(0.5, 'ArrowLeft', false)).toBe(0.4);
    expect(keyedValue(0.5, 'ArrowDown', true)).toBe(0.49);
    expect(keyedValue(0.5, 'Home', false)).toBe(0);
    expect(keyedValue(0.5, 'a', false)).toBeUndefined();
  });
});
