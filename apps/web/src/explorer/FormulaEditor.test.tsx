import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Explorer from '../pages/Explorer.js';

function open(url: string) {
  window.history.replaceState(null, '', url);
  return render(<Explorer />);
}
const query = () => new URLSearchParams(window.location.search);
const box = () => screen.getByRole('textbox', { name: 'Formula f(x) =' });
/** The values table's row of a function: its f(x) and f'(x) cells. */
const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;

// mish(1) = tanh(ln(1 + e)) = 0.86509838826731…, written with Math rather than core.
const MISH_AT_1 = Math.tanh(Math.log1p(Math.E));

describe('typing a formula on the explorer', () => {
  it('draws a valid formula beside the ticked function, with its derivative, and links it', async () => {
    open('/?fn=relu&x=1');
    fireEvent.change(box(), { target: { value: 'x * tanh(softplus(x))' } });
    await waitFor(() => expect(query().get('formula')).toBe('x * tanh(softplus(x))'));
    expect(query().get('fn')).toBe('relu');
    expect(within(row('Custom formula')).getByText(MISH_AT_1.toPrecision(8))).toBeTruthy();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getByText(/Custom formula: f solid, f′ dashed/)).toBeTruthy();
    // The derivative's formula, as LaTeX source until KaTeX arrives, or typeset.
    expect(screen.getByLabelText('Derivative of Custom formula')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Custom formula \(estimated\)/ })).toBeTruthy();
    const train = screen.getByRole('link', { name: 'Train in Playground' });
    const href = new URL(train.getAttribute('href') ?? '', 'http://x');
    expect(href.pathname).toBe('/playground');
    expect(href.searchParams.get('act')).toMatch(/^formula: ?x \* tanh\(softplus\(x\)\)$/);
  });

  it('names and marks a mistake, keeps the last valid curve and offers the fix', async () => {
    open('/?fn=&formula=x*sigmoid(x)&x=1');
    const before = within(row('Custom formula')).getAllByText(/^\d/)[0]?.textContent;
    fireEvent.change(box(), { target: { value: 'x * sigmod(x)' } });
    expect(box().getAttribute('aria-invalid')).toBe('true');
    const message = screen.getByText(/Not a formula yet/).closest('p') as HTMLElement;
    expect(message.textContent).toMatch(/at characters 5 to 10 \(“sigmod”\)/);
    expect(message.textContent).toMatch(/sigmoid/);
    const mark = document.querySelector('.explorer-formula-marked mark');
    expect(mark?.textContent).toBe('sigmod');
    expect(screen.getByText(/The plot still shows the last valid formula/)).toBeTruthy();
    expect(within(row('Custom formula')).getAllByText(/^\d/)[0]?.textContent).toBe(before);
    await new Promise((r) => setTimeout(r, 300));
    expect(query().get('formula')).toBe('x*sigmoid(x)');
    fireEvent.click(screen.getByRole('button', { name: 'sigmoid' }));
    expect((box() as HTMLInputElement).value).toBe('x * sigmoid(x)');
    expect(box().getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(query().get('formula')).toBe('x * sigmoid(x)'));
  });

  it('shows the problem of an invalid formula in the link instead of failing', () => {
    open('/?fn=sigmoid&formula=exp(x');
    expect((box() as HTMLInputElement).value).toBe('exp(x');
    expect(screen.getByText(/Not a formula yet/).closest('p')?.textContent).toMatch(
      /at the end of the formula/,
    );
    expect(screen.queryByRole('rowheader', { name: 'Custom formula' })).toBeNull();
    expect(screen.getByRole('rowheader', { name: 'Sigmoid' })).toBeTruthy();
  });

  it('starts from a suggestion with a declared parameter, whose slider sets p.T', async () => {
    open('/?fn=&x=1.5');
    fireEvent.click(screen.getByRole('button', { name: 'Thresholded ReLU' }));
    await waitFor(() =>
      expect(query().get('formula')).toBe('where(x > T, x, 0); T = 1 in [-5, 5]'),
    );
    expect(screen.getByText(/move its slider/)).toBeTruthy();
    const t = screen.getByRole('textbox', { name: 'Custom formula T' });
    fireEvent.change(t, { target: { value: '2' } });
    await waitFor(() => expect(query().get('p.T')).toBe('2'));
    // where(1.5 > 2, 1.5, 0) = 0.
    expect(within(row('Custom formula')).getAllByText('0').length).toBeGreaterThan(0);
    fireEvent.change(t, { target: { value: '7' } });
    expect(screen.getByRole('alert').textContent).toMatch(/T/);
    await new Promise((r) => setTimeout(r, 300));
    expect(query().get('p.T')).toBe('2');
  });

  it('explains why the naive softplus overflows', () => {
    open('/?fn=softplus&formula=log(1%20%2B%20exp(x))&x=710');
    expect(screen.getByText(/exp\(x\) overflows to ∞ beyond x ≈ 709.78/)).toBeTruthy();
    const custom = row('Custom formula');
    expect(within(custom).getByText('∞')).toBeTruthy();
    // softplus(710) = 710 + log1p(e^-710), which is 710 in float64.
    expect(within(row('Softplus')).getAllByText('710').length).toBeGreaterThan(0);
  });

  it('removes the formula and its parameters when the box is cleared', async () => {
    open('/?fn=relu&formula=where(x%20%3E%20T%2C%20x%2C%200)%3B%20T%20%3D%201&p.T=2');
    fireEvent.change(box(), { target: { value: '' } });
    await waitFor(() => expect(query().has('formula')).toBe(false));
    expect(query().has('p.T')).toBe(false);
    expect(screen.queryByRole('rowheader', { name: 'Custom formula' })).toBeNull();
  });
});
