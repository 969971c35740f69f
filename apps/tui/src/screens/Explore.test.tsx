import { Decimal } from 'decimal.js';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { KEYS, press, settle, widest } from '../test/keys.js';
import { ExploreScreen } from './Explore.js';

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
  const view = render(<ExploreScreen width={width} height={height} active onTyping={onTyping} />);
  return { ...view, onTyping };
}

describe('Explore', () => {
  it('opens on sigmoid with its plot, formula, note and f(1), f′(1) to 10 digits', async () => {
    const { lastFrame, unmount } = setup();
    await settle();
    const frame = lastFrame() ?? '';
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
    await settle();
    await press(stdin, 't', 'a', 'n', 'h');
    const frame = lastFrame() ?? '';
    expect(frame).toContain('/tanh');
    expect(frame).toContain('4 of 38');
    expect(frame).not.toContain('sigmoid ');
    expect(onTyping).toHaveBeenLastCalledWith(true);
    await press(stdin, KEYS.escape);
    await settle(50);
    expect(lastFrame()).toContain('38 of 38');
    expect(onTyping).toHaveBeenLastCalledWith(false);
    unmount();
  });

  it('leaves q and 1-4 to the shell while the filter is empty', async () => {
    const { lastFrame, stdin, unmount } = setup();
    await settle();
    await press(stdin, 'q', '2');
    expect(lastFrame()).toContain('type to filter');
    await press(stdin, 's', 'q');
    expect(lastFrame()).toContain('/sq');
    expect(lastFrame()).toContain('squareplus');
    unmount();
  });

  it('evaluates a typed x and names a bad one', async () => {
    const { lastFrame, stdin, unmount } = setup();
    await settle();
    await press(stdin, '=', '2', '.', '5', KEYS.enter);
    const [f, df] = sigmoidReference(2.5);
    expect(lastFrame()).toContain('| x = 2.5');
    expectShown(lastFrame(), 'f(x)', f);
    expectShown(lastFrame(), "f'(x)", df);
    await press(stdin, '=', 'x', 'y', KEYS.enter);
    expect(lastFrame()).toContain('"xy" is not a number');
    await press(stdin, KEYS.escape);
    expectShown(lastFrame(), 'f(x)', f);
    unmount();
  });

  it('changes a parameter with the arrows within its range', async () => {
    const { lastFrame, stdin, unmount } = setup();
    await settle();
    await press(stdin, 'c', 'e', 'l', 'u');
    expect(lastFrame()).toContain('‹alpha=1›');
    await press(stdin, KEYS.right, KEYS.right);
    expect(lastFrame()).toContain('‹alpha=1.2›');
    unmount();
  });

  it('compares up to four functions, numbered, and refuses a fifth', async () => {
    const { lastFrame, stdin, unmount } = setup();
    await settle();
    await press(stdin, ' ', KEYS.down, ' ', KEYS.down, ' ', KEYS.down, ' ');
    const frame = lastFrame() ?? '';
    for (const n of [1, 2, 3, 4])
      expect(frame).toMatch(new RegExp(`^.*${n} \\w+ +f\\(x\\) =`, 'm'));
    await press(stdin, KEYS.down, ' ');
    expect(lastFrame()).toContain('compare holds 4 functions');
    unmount();
  });

  it('fits a 60-column terminal', async () => {
    const { lastFrame, unmount } = setup(60, 13);
    await settle();
    expect(widest(lastFrame())).toBeLessThanOrEqual(60);
    expect((lastFrame() ?? '').split('\n').length).toBeLessThanOrEqual(13);
    unmount();
  });
});
