import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import fastStringWidth, { ONE_COLUMN } from './string-width.js';

describe('the fast string width', () => {
  it('agrees with string-width on every character it measures by itself', () => {
    let checked = 0;
    for (let cp = 0x20; cp <= 0x2fff; cp++) {
      const c = String.fromCodePoint(cp);
      if (!ONE_COLUMN.test(c)) continue;
      expect(stringWidth(c), `U+${cp.toString(16)}`).toBe(1);
      checked++;
    }
    expect(checked).toBeGreaterThan(1800);
  });
  it('agrees on lines the lab draws and on text it hands over', () => {
    const lines = [
      ' 1.06┤⠒⠒⠒⠋⠋⠃⠂ ░░|  ^ kink',
      '\u001B[36m‹alpha=0.1›\u001B[39m valid [0, ∞)',
      '▸ 1  2.33  ██████████████▎  83.83% ← most likely',
      'f(x) = { x if x > 0; α x if x ≤ 0 } √(2/π) x³',
      '表 wide 👍 emoji e\u0301',
      '\u00AD soft hyphen',
    ];
    for (const line of lines) expect(fastStringWidth(line), line).toBe(stringWidth(line));
  });
});
