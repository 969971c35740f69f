import { describe, expect, it } from 'vitest';
import type { FormulaProblem } from './formula-problem.js';
import {
  applySuggestion,
  formulaProblem,
  markProblem,
  problemPlace,
  withoutOffsets,
} from './formula-problem.js';

/** A problem written by hand, so the marking is tested apart from core's parser. */
const at = (position: number, end: number): FormulaProblem => ({
  message: 'm',
  position,
  end,
  suggestions: [],
});

describe('a formula checked as it is typed', () => {
  it('has no problem when core can draw it', () => {
    expect(formulaProblem('x * tanh(softplus(x))')).toBeNull();
    expect(formulaProblem('where(x > T, x, 0); T = 1 in [-5, 5]')).toBeNull();
  });

  it('locates a misspelt function and suggests the catalog name', () => {
    const text = 'x * sigmod(x)';
    const problem = formulaProblem(text);
    expect(problem).not.toBeNull();
    if (!problem) return;
    // "sigmod" starts at offset 4 and has 6 letters.
    expect([problem.position, problem.end]).toEqual([4, 10]);
    expect(problem.suggestions).toContain('sigmoid');
    expect(problem.message).toMatch(/sigmod/);
    expect(problem.message).not.toMatch(/ at \d/);
    expect(problemPlace(text, problem)).toBe('at characters 5 to 10 (“sigmod”)');
    expect(applySuggestion(text, problem, 'sigmoid')).toBe('x * sigmoid(x)');
  });

  it('says when something is missing at the end', () => {
    const text = 'x * tanh(';
    const problem = formulaProblem(text);
    expect(problem?.position).toBe(text.length);
    if (problem) expect(problemPlace(text, problem)).toBe('at the end of the formula');
  });

  it('keeps every position inside the text', () => {
    for (const text of ['x +', ')', 'x @ 2', 'exp(x', 'x; b = 1 in (2, 1)', 'x * * 2']) {
      const problem = formulaProblem(text);
      expect(problem, text).not.toBeNull();
      if (!problem) continue;
      expect(problem.position).toBeGreaterThanOrEqual(0);
      expect(problem.end).toBeGreaterThanOrEqual(problem.position);
      expect(problem.end).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('marking the offending span', () => {
  it('cuts the text around the span and puts carets under it', () => {
    expect(markProblem('x * sigmod(x)', at(4, 10))).toEqual({
      before: 'x * ',
      marked: 'sigmod',
      after: '(x)',
      caret: '    ^^^^^^',
    });
  });

  it('marks the one character at a span of no length', () => {
    const marked = markProblem('x @ 2', at(2, 2));
    expect([marked.before, marked.marked, marked.after, marked.caret]).toEqual([
      'x ',
      '@',
      ' 2',
      '  ^',
    ]);
    expect(problemPlace('x @ 2', at(2, 2))).toBe('at character 3 (“@”)');
  });

  it('marks nothing but the place past the end when the text stops short', () => {
    const marked = markProblem('x +', at(3, 3));
    expect(marked.marked).toBe('');
    expect(marked.caret).toBe('   ^');
  });

  it('drops core offsets from messages, which count from 0', () => {
    expect(withoutOffsets('unknown function "sigmod" at 4; did you mean sigmoid?')).toBe(
      'unknown function "sigmod"; did you mean sigmoid?',
    );
    expect(withoutOffsets('the formula ends too early at 12: expected x')).toBe(
      'the formula ends too early: expected x',
    );
    expect(withoutOffsets('b is declared twice (at 14)')).toBe('b is declared twice');
  });
});
