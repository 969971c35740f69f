import { describe, expect, it } from 'vitest';
import { caretView, withoutOffset } from './caret.js';

describe('caretView', () => {
  it('puts one caret per offending character under a short text', () => {
    expect(caretView('x * sigmod(x)', 4, 10)).toEqual({
      line: 'x * sigmod(x)',
      caret: '    ^^^^^^',
    });
  });

  it('points between characters and past the end with one caret', () => {
    expect(caretView('x *', 3, undefined).caret).toBe('   ^');
    expect(caretView('x * (', 2, 2).caret).toBe('  ^');
  });

  it('keeps columns where the text holds tabs or line breaks', () => {
    const view = caretView('x\t*\nfoo(x)', 4, 7);
    expect(view.line).toBe('x * foo(x)');
    expect(view.line.slice(view.caret.indexOf('^'), view.caret.length)).toBe('foo');
  });

  it('shows a window of a long text around the place, marked with ellipses', () => {
    const text = `${'a'.repeat(100)}BAD${'b'.repeat(100)}`;
    const view = caretView(text, 100, 103, 30);
    expect(view.line).toHaveLength(30);
    expect(view.line.startsWith('…')).toBe(true);
    expect(view.line.endsWith('…')).toBe(true);
    const column = view.caret.indexOf('^');
    expect(view.line.slice(column, column + 3)).toBe('BAD');
    expect(view.caret.endsWith('^^^')).toBe(true);
  });

  it('shows the start or the end of a long text without an ellipsis there', () => {
    const text = 'abcdefghij'.repeat(10);
    const start = caretView(text, 2, 3, 20);
    expect(start.line.startsWith('abc')).toBe(true);
    expect(start.caret).toBe('  ^');
    const end = caretView(text, 100, undefined, 20);
    expect(end.line.startsWith('…')).toBe(true);
    expect(end.line.endsWith('hij')).toBe(true);
    expect(end.caret.length - 1).toBe(end.line.length);
  });

  it('clips a caret run that goes past the window', () => {
    const text = 'x'.repeat(50);
    const view = caretView(text, 5, 50, 20);
    expect(view.caret.length).toBeLessThanOrEqual(20);
  });
});

describe('withoutOffset', () => {
  it('drops the offset a message names, and nothing else', () => {
    expect(withoutOffset('unknown function "sigmod" at 12; did you mean sigmoid?')).toBe(
      'unknown function "sigmod"; did you mean sigmoid?',
    );
    expect(withoutOffset('the formula ends too early at 11: expected x')).toBe(
      'the formula ends too early: expected x',
    );
    expect(withoutOffset('look at 3 x')).toBe('look at 3 x');
  });
});
