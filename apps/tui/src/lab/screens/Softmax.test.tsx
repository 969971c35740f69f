import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { KEYS, ready, settledFrame } from '../test/keys.js';
import { SOFTMAX_KEYS, SoftmaxScreen } from './Softmax.js';
import { isShellKey } from '../shell-keys.js';

/** The shell's keys with the lab's four screens. */
const shellKey = (input: string): boolean => isShellKey(input, 4);

// The keys under the names this file uses.
const KEY = { ...KEYS, esc: KEYS.escape } as const;

const pause = (): Promise<void> => new Promise((r) => setTimeout(r, 50));

/** Renders the screen and returns a helper that types keys and reads the frame. */
function screen(width = 80, height = 21) {
  const onTyping = vi.fn();
  const app = render(
    <SoftmaxScreen
      width={width}
      height={height}
      active
      onTyping={onTyping}
      isShellKey={shellKey}
    />,
  );
  const press = async (...keys: string[]): Promise<string> => {
    for (const k of keys) {
      app.stdin.write(k);
      await pause();
    }
    return settledFrame(app.lastFrame);
  };
  return { ...app, onTyping, press, frame: () => app.lastFrame() ?? '' };
}

function expectFits(frame: string, width: number, height: number): void {
  const lines = frame.split('\n');
  expect(lines.length).toBeLessThanOrEqual(height);
  for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
}

/** The row of logit `n` (1-based) in a frame. */
function row(frame: string, n: number): string {
  return frame.split('\n').find((l) => new RegExp(`^[▸ ] ${n}\\s`).test(l)) ?? '';
}

/** softmax of a short vector from the scalar formula, as an independent reference. */
function reference(z: readonly number[]): number[] {
  const e = z.map((v) => Math.exp(v));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

describe('Softmax screen', () => {
  it("shows the course's example with its percentages, digits, sum and the top mark", async () => {
    const s = screen();
    await ready(s.lastFrame);
    const f = s.frame();
    expect(row(f, 1)).toContain('83.83%');
    expect(row(f, 1)).toContain('0.838273144');
    expect(row(f, 1)).toContain('← most likely');
    expect(row(f, 2)).toContain('1.89%');
    expect(row(f, 2)).toContain('0.018941286');
    expect(row(f, 2)).not.toContain('most likely');
    expect(row(f, 3)).toContain('14.28%');
    expect(row(f, 3)).toContain('0.14278557');
    expect(f).toContain('temperature T = 1');
    expect(f).toContain('sum of p = 1');
    expect(f).toMatch(/sharpens/);
    expectFits(f, 80, 21);
    s.unmount();
  });

  it('changes the selected logit with the arrows and recomputes', async () => {
    const s = screen();
    await ready(s.lastFrame);
    // Select logit 2 and raise it by 1 (Shift+→ is sent as the xterm sequence) and 0.1.
    const f = await s.press(KEY.down, '\u001B[1;2C', KEY.right);
    const p = reference([2.33, -0.36, 0.56]);
    expect(row(f, 2)).toMatch(/^▸ 2 {2}-0\.36 /);
    expect(row(f, 1)).toContain(`${((p[0] as number) * 100).toFixed(2)}%`);
    expect(row(f, 2)).toContain(`${((p[1] as number) * 100).toFixed(2)}%`);
    expect(row(f, 3)).toContain(`${((p[2] as number) * 100).toFixed(2)}%`);
    const back = await s.press(KEY.left, '<');
    expect(row(back, 2)).toContain('1.89%');
    s.unmount();
  });

  it('types a logit, reporting typing to the shell, and refuses text that is not a number', async () => {
    const s = screen();
    await ready(s.lastFrame);
    expect(s.onTyping).toHaveBeenLastCalledWith(false);
    let f = await s.press(KEY.enter, 'a', 'b', 'c');
    expect(s.onTyping).toHaveBeenLastCalledWith(true);
    expect(f).toContain('logit 1 (now 2.33) = abc');
    f = await s.press(KEY.enter);
    expect(s.onTyping).toHaveBeenLastCalledWith(false);
    expect(f).toContain('"abc" is not a number; logit 1 is unchanged');
    expect(row(f, 1)).toContain('83.83%');

    // q is text while typing; Backspace removes it; the value then applies.
    f = await s.press('=', 'q', KEY.backspace, '0', KEY.enter);
    const p = reference([0, -1.46, 0.56]);
    expect(row(f, 1)).toMatch(/^▸ 1 {2}0 /);
    expect(row(f, 1)).toContain(`${((p[0] as number) * 100).toFixed(2)}%`);
    expect(row(f, 3)).toContain('← most likely');
    expect(f).not.toContain('not a number');
    s.unmount();
  });

  it('sets the temperature, refusing zero, and halves and doubles it', async () => {
    const s = screen();
    await ready(s.lastFrame);
    let f = await s.press('t', '0', KEY.enter);
    expect(f).toContain('the temperature must be greater than 0, not 0');
    expect(f).toContain('temperature T = 1 ');
    f = await s.press('t', '2', KEY.enter);
    expect(f).toContain('temperature T = 2 ');
    const p = reference([2.33 / 2, -1.46 / 2, 0.56 / 2]);
    expect(row(f, 1)).toContain(`${((p[0] as number) * 100).toFixed(2)}%`);
    expect(f).toMatch(/flattens/);
    f = await s.press('[', '[');
    expect(f).toContain('temperature T = 0.5 ');
    expect(f).toMatch(/sharpens/);
    f = await s.press('r');
    expect(row(f, 1)).toContain('83.83%');
    s.unmount();
  });

  it('adds and removes logits within their bounds, showing sparsemax', async () => {
    const s = screen();
    await ready(s.lastFrame);
    let f = await s.press('a');
    expect(row(f, 4)).toMatch(/^▸ 4 {2}0 /);
    // sparsemax of [2.33, -1.46, 0.56, 0] is [1, 0, 0, 0]: a column of exact zeros.
    expect(row(f, 1)).toContain('100.00%');
    expect(row(f, 4)).toContain('0.00%');
    f = await s.press('x', 'x', 'x');
    expect(f).toContain('softmax needs at least 2 logits');
    expect(row(f, 3)).toBe('');
    f = await s.press(...Array.from({ length: 12 }, () => 'a'));
    expect(row(f, 10)).not.toBe('');
    expect(f).toContain('at most 10 logits fit here');
    expectFits(f, 80, 21);
    s.unmount();
  });

  it('fits a 60x13 screen, with fewer logits allowed', async () => {
    const s = screen(60, 13);
    await pause();
    expectFits(s.frame(), 60, 13);
    expect(row(s.frame(), 1)).toContain('83.83%');
    const f = await s.press(...Array.from({ length: 12 }, () => 'a'));
    expect(f).toContain('at most 9 logits fit here');
    expectFits(f, 60, 13);
    s.unmount();
  });

  it('ignores keys while inactive and lists at most 12 keys', async () => {
    const onTyping = vi.fn();
    const app = render(
      <SoftmaxScreen
        width={80}
        height={21}
        active={false}
        onTyping={onTyping}
        isShellKey={shellKey}
      />,
    );
    await pause();
    app.stdin.write('a');
    await pause();
    expect(app.lastFrame()).not.toMatch(/^. 4 /m);
    expect(SOFTMAX_KEYS.length).toBeLessThanOrEqual(12);
    app.unmount();
  });
});
