import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { widest } from '../test/keys.js';
import { FormulaField, formulaFieldLines } from './FormulaField.js';

describe('the formula field', () => {
  it('shows the text with a cursor and says how to use it', () => {
    const { lastFrame, unmount } = render(<FormulaField text="x * tanh(x)" width={60} />);
    const [field, under] = (lastFrame() ?? '').split('\n');
    expect(field).toBe('f(x) = x * tanh(x)▏');
    expect(under).toMatch(/Enter plots it, Esc cancels/);
    unmount();
  });

  it('puts carets under the fault, then the reason, in characters', () => {
    const fault = { message: 'unknown name "sigmod"', position: 4, end: 10 };
    const { lastFrame, unmount } = render(
      <FormulaField text="x * sigmod(x)" fault={fault} width={60} />,
    );
    const [field = '', under = ''] = (lastFrame() ?? '').split('\n');
    expect(under.indexOf('^')).toBe(field.indexOf('sigmod'));
    expect(under).toMatch(/\^{6} unknown name "sigmod"$/);
    unmount();
  });

  it('shows the end being typed of a long formula, and a fault far in, within its width', () => {
    const text = `${'x + '.repeat(30)}sigmoid(x)`;
    const typing = formulaFieldLines({ text, width: 40 });
    expect([...typing.field].length).toBeLessThanOrEqual(40);
    expect(typing.field).toMatch(/^f\(x\) = ….*sigmoid\(x\)▏$/);
    const position = text.indexOf('x + x', 40);
    const far = formulaFieldLines({
      text,
      width: 40,
      fault: { message: 'no', position, end: position + 1 },
    });
    expect([...far.field].length).toBeLessThanOrEqual(40);
    const caret = far.under[0] ?? '';
    expect([...caret].length).toBeLessThanOrEqual(40);
    expect(caret.indexOf('^')).toBeGreaterThan('f(x) = '.length);
    expect(far.field[caret.indexOf('^')]).toBe('x');
    const { lastFrame, unmount } = render(<FormulaField text={text} width={40} />);
    expect(widest(lastFrame())).toBeLessThanOrEqual(40);
    unmount();
  });

  it('gives a fault without a place on its own line', () => {
    const lines = formulaFieldLines({ text: '', width: 50, fault: { message: 'type a formula' } });
    expect(lines.under).toEqual(['type a formula']);
  });

  it('goes on with a long reason on the next line, every line within the width', () => {
    const message = 'unknown name "sigmod": did you mean sigmoid? Or declare it after a semicolon';
    const lines = formulaFieldLines({
      text: 'x * sigmod(x)',
      width: 50,
      fault: { message, position: 4, end: 10 },
    });
    expect(lines.under).toHaveLength(2);
    for (const line of lines.under) expect([...line].length).toBeLessThanOrEqual(50);
    expect(`${lines.under[0]?.replace(/^ *\^+ /, '')} ${lines.under[1]}`).toBe(message);
  });
});
