import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Softmax from '../pages/Softmax.js';

function open(search: string) {
  window.history.replaceState(null, '', `/softmax${search}`);
  return render(<Softmax />);
}

const bars = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('the softmax page', () => {
  it("shows the course's example from the URL", () => {
    open('?logits=2.33,-1.46,0.56&t=1');
    expect(bars('Softmax probabilities')).toEqual([
      'Class 1 (true): 83.83%',
      'Class 2: 1.89%',
      'Class 3: 14.28%',
    ]);
    expect(bars('Sparsemax probabilities')).toEqual([
      'Class 1 (true): 100.00%',
      'Class 2: 0% exactly',
      'Class 3: 0% exactly',
    ]);
  });

  it('explains the course table by truncation, not by rounding the sum', () => {
    open('?logits=2.33,-1.46,0.56&t=1');
    const lede = document.querySelector('.lede')?.textContent ?? '';
    expect(lede).toMatch(/cuts\s+the digits off instead of rounding/);
    expect(lede).not.toMatch(/rounds the sum/);
    // The exact shares quoted, checked here from Math.exp: 10.2779 / 12.2608 and 1.75067 / 12.2608.
    const k = Math.exp(2.33) + Math.exp(-1.46) + Math.exp(0.56);
    expect(lede).toContain(`${String(Math.exp(2.33) / k).slice(0, 8)}…`);
    expect(lede).toContain(`${String(Math.exp(0.56) / k).slice(0, 8)}…`);
  });

  it('says a softmax share of 0 comes from rounding, and a sparsemax one is exact', () => {
    open('?logits=10000,0,0&t=1');
    expect(bars('Softmax probabilities')).toEqual([
      'Class 1 (true): 100.00%',
      'Class 2: 0% after rounding',
      'Class 3: 0% after rounding',
    ]);
    expect(bars('Sparsemax probabilities')[1]).toBe('Class 2: 0% exactly');
    expect(document.body.textContent).toMatch(/more than about 745 below the top score/);
  });

  it('writes an edited logit to the URL', () => {
    open('?logits=2.33,-1.46,0.56&t=1');
    fireEvent.change(screen.getByLabelText('Class 2 logit'), { target: { value: '0.56' } });
    expect(window.location.search).toBe('?logits=2.33,0.56,0.56&t=1');
    // Two equal logits get equal shares: e^0.56 / (e^2.33 + 2 e^0.56) = 12.71%.
    const [, second, third] = bars('Softmax probabilities');
    expect(second?.replace('Class 2', '')).toBe(third?.replace('Class 3', ''));
    expect(second).toBe('Class 2: 12.71%');
  });

  it('refuses an invalid logit inline and keeps the last valid state', () => {
    open('?logits=2.33,-1.46,0.56&t=1');
    const field = screen.getByLabelText('Class 1 logit');
    fireEvent.change(field, { target: { value: '' } });
    expect(screen.getByRole('alert').textContent).toBe('Class 1 logit must be a number');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(window.location.search).toBe('?logits=2.33,-1.46,0.56&t=1');
    expect(bars('Softmax probabilities')[0]).toBe('Class 1 (true): 83.83%');
    fireEvent.change(field, { target: { value: '3' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(window.location.search).toBe('?logits=3,-1.46,0.56&t=1');
  });

  it('adds and removes classes, keeping the true class in range', () => {
    open('?logits=1,2,3&true=2');
    fireEvent.click(screen.getByRole('button', { name: 'Remove class 3' }));
    expect(window.location.search).toBe('?logits=1,2&true=1');
    fireEvent.click(screen.getByRole('button', { name: 'Add a class' }));
    expect(window.location.search).toBe('?logits=1,2,0&true=1');
    fireEvent.click(screen.getByRole('button', { name: 'Remove class 1' }));
    expect(screen.getByRole('button', { name: 'Remove class 1' })).toHaveProperty('disabled', true);
  });

  it('shows cross-entropy and the gradient p - y for the chosen true class', () => {
    open('?logits=2.33,-1.46,0.56');
    fireEvent.click(screen.getByRole('radio', { name: 'Class 2' }));
    expect(window.location.search).toBe('?logits=2.33,-1.46,0.56&true=1');
    expect(screen.getByTestId('loss').textContent).toContain('= 3.96641');
    const table = screen.getByRole('table', { name: 'Gradient of the loss for each class' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[2]?.textContent)).toEqual([
      '0.8383',
      '−0.9811',
      '0.1428',
    ]);
  });

  it("loads the course's scores 5, 3, 2, 5 and shows them over 15", () => {
    open('');
    fireEvent.click(screen.getByRole('button', { name: /course’s scores 5, 3, 2, 5/ }));
    expect(window.location.search).toBe('?logits=5,3,2,5');
    const table = screen.getByRole('table', { name: /sum = 15/ });
    const shares = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[1]?.textContent);
    expect(shares).toEqual(['33.33%', '20.00%', '13.33%', '33.33%']);
  });

  it('shows the naive formula overflowing at logits of 1000 beside the stable answer', () => {
    open('?logits=2.33,-1.46,0.56');
    expect(screen.getByTestId('naive-sum').textContent).toBe('12.261');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: /Try logits of 1000/ }));
    });
    expect(window.location.search).toBe('?logits=1002.33,998.54,1000.56');
    expect(screen.getByTestId('naive-sum').textContent).toBe('Infinity');
    expect(screen.getByText(/The naive way broke/)).toBeTruthy();
    expect(bars('Softmax probabilities')[0]).toBe('Class 1 (true): 83.83%');
    fireEvent.click(screen.getByRole('button', { name: /Back to the course/ }));
    expect(window.location.search).toBe('?logits=2.33,-1.46,0.56');
  });

  it('says when the link cannot be used', () => {
    open('?logits=a,b');
    expect(screen.getByRole('alert').textContent).toMatch(/could not be used/);
    expect(bars('Softmax probabilities')[0]).toBe('Class 1 (true): 83.83%');
  });
});
