import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import Backprop from '../pages/Backprop.js';

function open(search: string) {
  window.history.replaceState(null, '', `/backprop${search}`);
  return render(<Backprop />);
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const heading = () =>
  screen.getByRole('heading', {
    level: 2,
    name: /^(Forward pass|Loss|Backward pass|Update|New loss)$/,
  });
const focus = () => screen.getByTestId('focus').textContent;
/** The step's formulas, typeset or still as their LaTeX source. */
const formulaText = () =>
  Array.from(document.querySelectorAll('.step-formulas .explorer-formula'))
    .map((f) => f.textContent)
    .join('\n');

describe('the backprop page', () => {
  it('opens on the forward step of the sigmoid neuron, highlighted in words', () => {
    open('');
    expect(heading().textContent).toBe('Forward pass');
    expect(focus()).toContain('Highlighted: the neuron.');
    expect(screen.getByText('Step 1 of 5')).toBeTruthy();
    expect(button('◀ Back')).toHaveProperty('disabled', true);
    expect(screen.getByRole('group', { name: /Highlighted: the neuron/ })).toBeTruthy();
  });

  it('steps forward and back within bounds, the step in the URL', () => {
    open('');
    for (let i = 0; i < 3; i++) fireEvent.click(button('Step ▶'));
    expect(window.location.search).toBe('?step=3');
    expect(heading().textContent).toBe('Update');
    expect(focus()).toContain('the weights and bias into the neuron');
    fireEvent.click(button('Step ▶'));
    expect(heading().textContent).toBe('New loss');
    expect(button('Step ▶')).toHaveProperty('disabled', true);
    fireEvent.click(button('◀ Back'));
    expect(window.location.search).toBe('?step=3');
    fireEvent.click(button('Reset'));
    expect(window.location.search).toBe('?step=0');
  });

  it('clamps a step beyond the trace from a link', () => {
    open('?step=99');
    expect(heading().textContent).toBe('New loss');
    expect(screen.getByText('Step 5 of 5')).toBeTruthy();
  });

  it('refuses a weight that is not a number inline and keeps the last valid state', () => {
    open('?step=2');
    const field = screen.getByLabelText(/^w₁/);
    fireEvent.change(field, { target: { value: '0.5x' } });
    expect(screen.getByRole('alert').textContent).toMatch(
      /must be a number; the last valid value is kept/,
    );
    expect(window.location.search).toBe('?step=2');
    fireEvent.change(field, { target: { value: '2' } });
    expect(window.location.search).toBe('?step=2&w=2,-0.3,0.1');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the engine sentence and compares the slope with ReLU', () => {
    open('?step=2');
    expect(screen.getByTestId('step-text').textContent?.length).toBeGreaterThan(10);
    fireEvent.click(button('Compare with ReLU'));
    expect(window.location.search).toBe('?step=2&cmp=1');
    expect(screen.getByTestId('slope-current').textContent).toBe('0.2378');
    expect(screen.getByTestId('slope-relu').textContent).toBe('1');
    expect(screen.getByTestId('compare-verdict').textContent).toMatch(/4\.21 times larger/);
  });

  it('switches the activation and starts over on a new shape', () => {
    open('?step=2');
    fireEvent.change(screen.getByLabelText('Activation'), { target: { value: 'relu' } });
    expect(window.location.search).toBe('?step=2&act=relu');
    expect(button('Compare with ReLU')).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText('Hidden layer sizes'), { target: { value: '2' } });
    expect(new URLSearchParams(window.location.search).get('h')).toBe('2');
    expect(new URLSearchParams(window.location.search).get('step')).toBeNull();
    expect(screen.getByText('Step 1 of 11')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Hidden layer sizes'), { target: { value: '9' } });
    expect(screen.getByRole('alert').textContent).toMatch(/1 to 6/);
    expect(new URLSearchParams(window.location.search).get('h')).toBe('2');
  });

  it('plays one step at a time and pauses at the end', () => {
    vi.useFakeTimers();
    try {
      open('?step=2');
      fireEvent.click(button('Play'));
      expect(button('Pause')).toHaveProperty('ariaPressed', 'true');
      act(() => vi.advanceTimersByTime(1300));
      expect(window.location.search).toBe('?step=3');
      act(() => vi.advanceTimersByTime(1300));
      expect(window.location.search).toBe('?step=4');
      act(() => vi.advanceTimersByTime(1300));
      expect(button('Play')).toBeTruthy();
      expect(window.location.search).toBe('?step=4');
    } finally {
      vi.useRealTimers();
    }
  });

  it('changes a weight by dragging its connection up, and the trace follows', async () => {
    // jsdom has no PointerEvent: a MouseEvent with a pointer id carries clientY as browsers do.
    if (!('PointerEvent' in window)) {
      class PointerEvent extends MouseEvent {
        readonly pointerId: number;
        constructor(type: string, init: PointerEventInit = {}) {
          super(type, init);
          this.pointerId = init.pointerId ?? 1;
        }
      }
      Object.assign(window, { PointerEvent });
    }
    open('');
    const w1 = screen.getByRole('slider', { name: /weight from x₁ to the neuron/ });
    expect(w1.getAttribute('aria-valuenow')).toBe('0.5');
    fireEvent.pointerDown(w1, { pointerId: 1, clientY: 200 });
    fireEvent.pointerMove(w1, { pointerId: 1, clientY: 170 });
    // Live, before the pointer is let go: the forward formula already uses w₁ = 0.8.
    expect(formulaText()).toContain('0.8 \\cdot 1 + (-0.3) \\cdot 0.5 + 0.1 = 0.75');
    expect(screen.getByLabelText(/^w₁/)).toHaveProperty('value', '0.8');
    // Another pointer moving over the handle does not drag it.
    fireEvent.pointerMove(w1, { pointerId: 2, clientY: 0 });
    fireEvent.pointerUp(w1, { pointerId: 1 });
    // After release, moving the pointer changes nothing.
    fireEvent.pointerMove(w1, { pointerId: 1, clientY: 0 });
    // 30 px up raises w₁ from 0.5 by 0.3; the URL keeps w₂ and b.
    // The URL is written shortly after (history writes are spaced); the page already shows it.
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('w')).toBe('0.8,-0.3,0.1'),
    );
    expect(
      screen
        .getByRole('slider', { name: /weight from x₁ to the neuron/ })
        .getAttribute('aria-valuenow'),
    ).toBe('0.8');
  });

  it('drags no further than the limit of 10', async () => {
    open('');
    const b = screen.getByRole('slider', { name: /bias of the neuron/ });
    fireEvent.pointerDown(b, { pointerId: 1, clientY: 500 });
    fireEvent.pointerMove(b, { pointerId: 1, clientY: -1000 });
    fireEvent.pointerUp(b, { pointerId: 1 });
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('w')).toBe('0.5,-0.3,10'),
    );
    expect(screen.getByRole('slider', { name: /bias of the neuron: 10$/ })).toBeTruthy();
  });

  it('nudges a bias with the arrow keys, finer with Shift', async () => {
    open('');
    const bias = screen.getByRole('slider', { name: 'bias of the neuron: 0.1' });
    expect(bias.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(bias, { key: 'a' });
    expect(window.location.search).toBe('');
    fireEvent.keyDown(bias, { key: 'ArrowUp' });
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('w')).toBe('0.5,-0.3,0.2'),
    );
    fireEvent.keyDown(screen.getByRole('slider', { name: /bias of the neuron/ }), {
      key: 'ArrowDown',
      shiftKey: true,
    });
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('w')).toBe('0.5,-0.3,0.19'),
    );
    // Every layer's unit and connection is a handle: 2 × 3 weights and biases, 2 + 1 biases.
    window.history.replaceState(null, '', '/backprop');
    cleanup();
    open('?h=2');
    const diagram = within(screen.getByRole('group', { name: /^The network/ }));
    expect(diagram.getAllByRole('slider')).toHaveLength(2 * 3 + 1 * 3);
    fireEvent.keyDown(
      diagram.getByRole('slider', {
        name: 'weight from unit 2 of layer 1 to unit 1 of layer 2: 0.7',
      }),
      { key: 'ArrowLeft' },
    );
    // Weights 6 and 7 are unit 1 of layer 2's from units 1 and 2 (after the first layer's 2 × 3).
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('w')?.split(',')[7]).toBe('0.6'),
    );
  });

  it('traces a typed formula layer, refusing a broken one inline and keeping the last valid trace', async () => {
    open('');
    fireEvent.change(screen.getByLabelText('Activation'), { target: { value: 'formula' } });
    const field = (await screen.findByLabelText('Activation: formula')) as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'x * sigmoid(x)' } });
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('act')).toBe('formula:x * sigmoid(x)'),
    );
    // z = 0.5 * 1 - 0.3 * 0.5 + 0.1 = 0.45; (x sigma(x))' = sigma(x) + x sigma(x)(1 - sigma(x)).
    const s = 1 / (1 + Math.exp(-0.45));
    const slope = s + 0.45 * s * (1 - s);
    fireEvent.click(button('Step ▶'));
    fireEvent.click(button('Step ▶'));
    // The backward step shows the formula's own derivative, then with z = 0.45 written in.
    await waitFor(() =>
      expect(formulaText()).toContain(
        `f'(z) = \\sigma(0.45) + 0.45 \\sigma(0.45) (1 - \\sigma(0.45)) = ${slope.toPrecision(4)}`,
      ),
    );
    fireEvent.change(field, { target: { value: 'x * sigmod(x)' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    // The fault in words, beside the field; the trace keeps the last formula that worked.
    expect(
      document.getElementById(field.getAttribute('aria-describedby')?.split(' ')[0] ?? '')
        ?.textContent,
    ).toMatch(/sigmod.*keeps the last formula that worked: x \* sigmoid\(x\)/is);
    expect(formulaText()).toContain(`= ${slope.toPrecision(4)}`);
    expect(new URLSearchParams(window.location.search).get('act')).toBe('formula:x * sigmoid(x)');
    fireEvent.click(screen.getByRole('button', { name: /compare|ReLU/i }));
    await waitFor(() => expect(document.body.textContent).toContain(slope.toPrecision(4)));
  });
});
