import { Decimal } from 'decimal.js';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { KEYS, frameWhere, press, ready, widest } from '../test/keys.js';
import { ExploreScreen } from './Explore.js';
import { isShellKey } from '../shell-keys.js';

/** The shell's keys with the lab's four screens. */
const shellKey = (input: string): boolean => isShellKey(input, 4);

Decimal.set({ precision: 40 });
/** sigmoid and its derivative at x, to 40 digits, independent of core. */
function sigmoidReference(x: number): [Decimal, Decimal] {
  const s = new Decimal(1).div(new Decimal(1).plus(new Decimal(-x).exp()));
  return [s, s.times(new Decimal(1).minus(s))];
}

/** Checks that the frame shows `label = value` with `value` within half a unit of its 10th digit. */
function expectShown(frame: string | undefined, label: string, reference: Decimal): void {
  const escaped = label.replace(/[()]/g, '\\$&');
  const match = new RegExp(`${escaped} = (\\S+)`).exec(frame ?? '');
  expect(match, `${label} in the frame`).not.toBeNull();
  const shown = new Decimal((match as RegExpExecArray)[1] as string);
  expect(shown.sd()).toBeGreaterThanOrEqual(8);
  const unit = new Decimal(10).pow(reference.abs().log(10).floor().minus(9));
  expect(
    shown.minus(reference).abs().lte(unit.times(0.5000001)),
    `${label}: ${shown} vs ${reference}`,
  ).toBe(true);
}

function setup(width = 80, height = 21) {
  const onTyping = vi.fn();
  const view = render(
    <ExploreScreen
      width={width}
      height={height}
      active
      onTyping={onTyping}
      isShellKey={shellKey}
    />,
  );
  return { ...view, onTyping };
}

describe('Explore', () => {
  it('opens on sigmoid with its plot, formula, note and f(1), f′(1) to 10 digits', async () => {
    const { lastFrame, unmount } = setup();
    const frame = await frameWhere(lastFrame, (f) => f.includes('Sigmoid') && f.includes('░'));
    const [f, df] = sigmoidReference(1);
    expect(frame).toContain('Sigmoid');
    expect(frame).toContain('| x = 1');
    expectShown(frame, 'f(x)', f);
    expectShown(frame, "f'(x)", df);
    expect(frame).toContain('f(x) = σ(x) = 1/(1 + e^(-x))');
    expect(frame).toMatch(/[⠁-⣿]/u);
    expect(frame).toContain('░');
    expect(widest(frame)).toBeLessThanOrEqual(80);
    unmount();
  });

  it('filters the list as letters are typed and tells the shell it is typing', async () => {
    const { lastFrame, stdin, onTyping, unmount } = setup();
    await ready(lastFrame);
    await press(stdin, 't', 'a', 'n', 'h');
    const frame = await frameWhere(lastFrame, (f) => f.includes('/tanh') && f.includes('4 of 38'));
    expect(frame).not.toContain('sigmoid ');
    expect(onTyping).toHaveBeenLastCalledWith(true);
    await press(stdin, KEYS.escape);
    await frameWhere(lastFrame, (f) => f.includes('38 of 38'));
    expect(onTyping).toHaveBeenLastCalledWith(false);
    unmount();
  });

  it("states the thresholded ReLU's range with its gap, from its parameters", async () => {
    const { lastFrame, stdin, unmount } = setup(100, 24);
    await ready(lastFrame);
    await press(stdin, ...'thresholded'.split(''));
    // Threshold 1, value 0: the outputs are 0 and everything above 1, not [0, ∞).
    const frame = await frameWhere(lastFrame, (f) => f.includes('threshold · output in'));
    expect(frame).toMatch(/threshold · output in \{0\} ∪ \(1, /);
    unmount();
  });

  it('leaves q and 1-4 to the shell while the filter is empty', async () => {
    const { lastFrame, stdin, unmount } = setup();
    await ready(lastFrame);
    await press(stdin, 'q', '2');
    expect(lastFrame()).toContain('type to filter');
    await press(stdin, 's', 'q');
    await frameWhere(lastFrame, (f) => f.includes('/sq') && f.includes('squareplus'));
    unmount();
  });

  it('evaluates a typed x and names a bad one', async () => {
    const { lastFrame, stdin, unmount } = setup();
    await ready(lastFrame);
    await press(stdin, '=', '2', '.', '5', KEYS.enter);
    const [f, df] = sigmoidReference(2.5);
    const shown = await frameWhere(lastFrame, (fr) => fr.includes('| x = 2.5'));
    expectShown(shown, 'f(x)', f);
    expectShown(shown, "f'(x)", df);
    await press(stdin, '=', 'x', 'y', KEYS.enter);
    await frameWhere(lastFrame, (fr) => fr.includes('"xy" is not a number'));
    await press(stdin, KEYS.escape);
    expectShown(await frameWhere(lastFrame, (fr) => !fr.includes('"xy"')), 'f(x)', f);
    unmount();
  });

  it('changes a parameter with the arrows within its range', async () => {
    const { lastFrame, stdin, unmount } = setup();
    await ready(lastFrame);
    await press(stdin, 'c', 'e', 'l', 'u');
    await frameWhere(lastFrame, (f) => f.includes('‹alpha=1›'));
    await press(stdin, KEYS.right, KEYS.right);
    await frameWhere(lastFrame, (f) => f.includes('‹alpha=1.2›'));
    unmount();
  });

  it('compares up to four functions, numbered, and refuses a fifth', async () => {
    const { lastFrame, stdin, unmount } = setup();
    await ready(lastFrame);
    await press(stdin, ' ', KEYS.down, ' ', KEYS.down, ' ', KEYS.down, ' ');
    const numbered = (n: number): RegExp => new RegExp(`^.*${n} \\w+ +f\\(x\\) =`, 'm');
    await frameWhere(lastFrame, (f) => [1, 2, 3, 4].every((n) => numbered(n).test(f)));
    await press(stdin, KEYS.down, ' ');
    await frameWhere(lastFrame, (f) => f.includes('compare holds 4 functions'));
    unmount();
  });

  it('plots a typed formula like a catalog function, with f(x) and f′(x) at x', async () => {
    const { lastFrame, stdin, onTyping, unmount } = setup();
    await ready(lastFrame);
    await press(stdin, 'f');
    await frameWhere(lastFrame, (f) => f.includes('f(x) = ▏') && f.includes('Enter plots it'));
    expect(onTyping).toHaveBeenLastCalledWith(true);
    // Pasted whole; q and the digits are text while the field is open.
    await press(stdin, 'x * sigmoid(x)', KEYS.enter);
    const frame = await frameWhere(lastFrame, (f) => f.includes('Your formula'));
    expect(frame).toContain('ƒ x * sigmoid(x)');
    expect(frame).toMatch(/^.*1 ƒ x \* sigmo… +f\(x\) =/m);
    expect(frame).toContain('Your formula  estimated: output in [');
    expect(frame).toMatch(/^.*f\(x\) = x \* sigmoid\(x\)/m);
    // x sigmoid(x) at 1: f = s, f' = s + s(1 - s), with s = sigmoid(1).
    const [s, ds] = sigmoidReference(1);
    expectShown(frame, 'f(x)', s);
    expectShown(frame, "f'(x)", s.plus(ds));
    expect(widest(frame)).toBeLessThanOrEqual(80);
    unmount();
  });

  it('shows a formula that does not parse with a caret under the fault, and keeps the plot', async () => {
    const { lastFrame, stdin, unmount } = setup();
    await ready(lastFrame);
    await press(stdin, 'f', 'x * sigmod(x)', KEYS.enter);
    const frame = await frameWhere(lastFrame, (f) => f.includes('^^^^^^'));
    const lines = frame.split('\n');
    const at = lines.findIndex((l) => l.includes('f(x) = x * sigmod(x)'));
    const caret = lines[at + 1] ?? '';
    expect(caret.indexOf('^')).toBe((lines[at] ?? '').indexOf('sigmod'));
    // The reason may go on to the next line (the list's column is on its left).
    const column = (lines[at] ?? '').indexOf('f(x) = ');
    expect(`${caret} ${(lines[at + 2] ?? '').slice(column)}`).toMatch(/did you mean\s+sigmoid/);
    expect(frame).toContain('Sigmoid');
    await press(stdin, KEYS.escape);
    const after = await frameWhere(lastFrame, (f) => !f.includes('^^^^^^'));
    expect(after).toContain('Sigmoid');
    expect(after).not.toContain('f(x) = x * sigmod');
    unmount();
  });

  it('fits a 60-column terminal', async () => {
    const { lastFrame, unmount } = setup(60, 13);
    await frameWhere(lastFrame, (f) => f.includes('Sigmoid'));
    expect(widest(lastFrame())).toBeLessThanOrEqual(60);
    expect((lastFrame() ?? '').split('\n').length).toBeLessThanOrEqual(13);
    unmount();
  });
});
