import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Explorer from '../pages/Explorer.js';

function open(url: string) {
  window.history.replaceState(null, '', url);
  return render(<Explorer />);
}
const query = () => new URLSearchParams(window.location.search);

describe('the explorer page', () => {
  it('shows f(x) and f′(x) from core to 8 significant digits', () => {
    open('/?fn=sigmoid&x=2');
    // σ(2) = 0.88079707797788244…, σ′(2) = σ(2)(1 − σ(2)) = 0.10499358540350651…
    expect(screen.getByText('0.88079708')).toBeTruthy();
    expect(screen.getByText('0.10499359')).toBeTruthy();
    expect(screen.getByText('0.8807970779778823')).toBeTruthy();
    expect(
      screen.getByRole('img', {
        name: /^Plot of Sigmoid: f as solid lines and f′ as dashed lines/,
      }),
    ).toBeTruthy();
  });

  it("fits the window to the course's T = 10: both branches of the threshold in view", () => {
    open('/?fn=threshold&threshold=10');
    const plot = screen.getByRole('img', { name: /^Plot of / });
    // x from −6 to 12.5 (10 plus a quarter of it); y fitted to the curve, which reaches 12.5.
    expect(plot.getAttribute('aria-label')).toMatch(/x from −6 to 12\.5, y from −1 to 13\.5/);
  });

  it('recomputes when x is typed, writes x to the URL, and refuses what is not a number', async () => {
    open('/?fn=sigmoid&x=2');
    const x = screen.getByLabelText('x');
    fireEvent.change(x, { target: { value: '-1' } });
    expect(screen.getByText('0.26894142')).toBeTruthy();
    await waitFor(() => expect(query().get('x')).toBe('-1'));
    fireEvent.change(x, { target: { value: 'two' } });
    expect(screen.getByRole('alert').textContent).toMatch(/x must be a number/);
    expect(screen.getByText('0.26894142')).toBeTruthy();
  });

  it('overlays a ticked function and removes it again, keeping the URL in step', async () => {
    open('/?fn=sigmoid&x=2');
    fireEvent.click(screen.getByRole('checkbox', { name: 'ReLU' }));
    await waitFor(() => expect(query().get('fn')).toBe('sigmoid,relu'));
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getByText(/ReLU: f solid, f′ dashed/)).toBeTruthy();
    expect(screen.getByText('relu′(0) = 0')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Sigmoid' }));
    await waitFor(() => expect(query().get('fn')).toBe('relu'));
  });

  it('sets a parameter by name in the URL, and refuses values core rejects', async () => {
    open('/?fn=leaky_relu&x=-1');
    const alpha = screen.getByRole('textbox', { name: 'Leaky ReLU alpha' });
    fireEvent.change(alpha, { target: { value: '0.2' } });
    await waitFor(() => expect(query().get('alpha')).toBe('0.2'));
    expect(screen.getByText('-0.2')).toBeTruthy();
    fireEvent.change(alpha, { target: { value: '-1' } });
    expect(screen.getByRole('alert').textContent).toMatch(
      /alpha must be a finite number in \[0, Infinity\)/,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(query().get('alpha')).toBe('0.2');
  });

  it('gives shared parameter names to all, and qualified ones to one function', () => {
    open('/?fn=leaky_relu,elu&alpha=0.2&elu.alpha=0.5');
    expect(
      (screen.getByRole('textbox', { name: 'Leaky ReLU alpha' }) as HTMLInputElement).value,
    ).toBe('0.2');
    expect((screen.getByRole('textbox', { name: 'ELU alpha' }) as HTMLInputElement).value).toBe(
      '0.5',
    );
  });

  it('zooms and pans from the keyboard, and resets', async () => {
    open('/?fn=tanh');
    const plot = screen.getByRole('group', { name: /^Plot:/ });
    fireEvent.keyDown(plot, { key: '+' });
    await waitFor(() => expect(query().get('xmin')).toBe('-4.8'));
    expect(query().get('xmax')).toBe('4.8');
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    await waitFor(() => expect(query().get('xmin')).toBe('-5.76'));
    fireEvent.keyDown(plot, { key: '0' });
    await waitFor(() => expect(query().has('xmin')).toBe(false));
  });

  it('toggles the curves and the shading', async () => {
    open('/?fn=relu');
    fireEvent.click(screen.getByRole('checkbox', { name: /f′ \(dashed\)/ }));
    await waitFor(() => expect(query().get('df')).toBe('0'));
    expect(screen.getByText(/ReLU: f solid$/)).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: /Shade where/ }), {
      target: { value: 'none' },
    });
    await waitFor(() => expect(query().get('shade')).toBe('none'));
    expect(screen.queryByText(/Shaded bands/)).toBeNull();
  });

  it('explains a bad link instead of failing', () => {
    open('/?fn=relu,softmax,nope&x=abc&alpha=3');
    const status = screen.getAllByRole('status')[0] as HTMLElement;
    expect(status.textContent).toMatch(/Softmax turns a whole vector/);
    expect(status.textContent).toMatch(/“nope”, which is not an activation/);
    expect(status.textContent).toMatch(/x=abc is not a number/);
    expect(status.textContent).toMatch(/alpha is not a parameter of ReLU/);
    expect(
      within(status).getByRole('link', { name: 'See it on the Softmax page' }).getAttribute('href'),
    ).toBe('/softmax');
  });

  it('shows the catalog’s properties and note, and typesets the formulas once KaTeX loads', async () => {
    open('/?fn=sigmoid');
    expect(screen.getByText('(0, 1)')).toBeTruthy();
    expect(screen.getByText(/natural output for binary classification/)).toBeTruthy();
    // The LaTeX source shows first, then KaTeX's rendering replaces it.
    const formula = await screen.findByRole(
      'group',
      { name: 'Formula of Sigmoid' },
      { timeout: 5000 },
    );
    await act(async () => undefined);
    expect(formula.querySelector('.katex')).not.toBeNull();
  });

  it('writes output ranges with open and closed ends, true minus signs and infinities', () => {
    open('/?fn=relu,gelu,tanh_shrink');
    const table = screen.getByRole('table', {
      name: 'At the current parameters.',
    });
    const ranges = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(
      within(ranges)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      '[0, ∞)',
      // GELU's minimum, x·Φ(x) at x ≈ −0.7518, is −0.16997120…
      '[−0.169971, ∞)',
      '(−∞, ∞)',
    ]);
  });
});

describe("the notes' names", () => {
  it('finds the binary step by "threshold function" in the filter', () => {
    open('/?fn=sigmoid');
    fireEvent.change(screen.getByLabelText('Filter by name'), {
      target: { value: 'threshold function' },
    });
    const picker = screen.getByRole('group', { name: 'Functions' });
    const boxes = within(picker)
      .getAllByRole('checkbox')
      .map((b) => b.getAttribute('aria-label') ?? b.closest('label')?.textContent ?? '');
    expect(boxes.some((name) => /Binary step/.test(name))).toBe(true);
    expect(boxes.some((name) => /thresholded ReLU/.test(name))).toBe(false);
  });
});

describe('properties at the current parameters', () => {
  const column = (name: string) => {
    const table = screen.getByRole('table', { name: 'At the current parameters.' });
    return within(table)
      .getAllByRole('row')
      .slice(1)
      .map(
        (row) =>
          `${row.querySelector('th')?.firstChild?.textContent?.trim()}: ${row.querySelector('td')?.textContent}`,
      )
      .filter((line) => line.startsWith(name));
  };

  it("says the notes' y = 2x + 3 is not zero-centred", () => {
    open('/?fn=linear&slope=2&intercept=3');
    expect(column('Zero-centred')).toEqual(['Zero-centred: no']);
  });

  it("writes the thresholded ReLU's range with its gap", () => {
    open('/?fn=threshold&threshold=1');
    expect(column('Range')).toEqual(['Range: {0} ∪ (1, ∞)']);
  });
});

describe('typing a parameter', () => {
  it('keeps a trailing decimal point while the number is being typed', async () => {
    open('/?fn=leaky_relu');
    const alpha = screen.getByRole('textbox', { name: 'Leaky ReLU alpha' }) as HTMLInputElement;
    fireEvent.change(alpha, { target: { value: '0' } });
    fireEvent.change(alpha, { target: { value: '0.' } });
    expect(alpha.value).toBe('0.');
    fireEvent.change(alpha, { target: { value: '0.3' } });
    await waitFor(() => expect(query().get('alpha')).toBe('0.3'));
  });
});
