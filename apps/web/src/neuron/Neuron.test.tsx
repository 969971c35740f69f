import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Neuron from '../pages/Neuron.js';

function open(search: string) {
  window.history.replaceState(null, '', `/neuron${search}`);
  return render(<Neuron />);
}

const verdict = () => screen.getByTestId('verdict').textContent;

describe('the neuron page', () => {
  it('shows the weighted sum with the numbers and a step neuron that fires', () => {
    open('');
    expect(screen.getByText('z = w₁x₁ + w₂x₂ + w₃x₃ + b')).toBeTruthy();
    expect(screen.getByText('= 0.6 × 1 + 0.4 × 0.5 + 0.2 × (−1) + (−0.1)')).toBeTruthy();
    expect(verdict()).toContain('The neuron fires.');
    expect(screen.getByRole('img', { name: /the neuron fires/ })).toBeTruthy();
  });

  it('stops firing when a weight turns negative, and the URL follows', () => {
    open('?x=1,1&w=1,1&b=0&fn=binary_step');
    expect(verdict()).toContain('The neuron fires.');
    fireEvent.change(screen.getByLabelText('w₁ (weight 1)'), { target: { value: '-2' } });
    expect(window.location.search).toBe('?x=1,1&w=-2,1&b=0&fn=binary_step');
    expect(verdict()).toContain('The neuron does not fire.');
    expect(screen.getByText('= −1')).toBeTruthy();
  });

  it('moves with the slider as with the field', () => {
    open('?x=1&w=1&b=0&fn=sigmoid');
    fireEvent.change(screen.getByLabelText('b (bias) slider'), { target: { value: '-2' } });
    expect(window.location.search).toBe('?x=1&w=1&b=-2&fn=sigmoid');
    expect(verdict()).toContain('does not fire');
    expect(screen.getByText(/f\(z\) = Sigmoid\(-1\) = 0\.26894142/)).toBeTruthy();
  });

  it('refuses a weight out of range inline and keeps the last valid state', () => {
    open('?x=1,1&w=1,1&b=0');
    fireEvent.change(screen.getByLabelText('w₂ (weight 2)'), { target: { value: '900' } });
    expect(screen.getByRole('alert').textContent).toMatch(/between -100 and 100/);
    expect(window.location.search).toBe('?x=1,1&w=1,1&b=0');
    expect(verdict()).toContain('fires');
  });

  it('adds and removes inputs', () => {
    open('?x=1&w=1&b=0');
    expect(screen.getByRole('button', { name: 'Remove the last input' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add an input' }));
    expect(window.location.search).toBe('?x=1,1&w=1,0.5&b=0');
    expect(screen.getByLabelText('x₂ (input 2)')).toBeTruthy();
  });

  it('switches activation, shows its parameters and drops the old ones from the URL', () => {
    open('?fn=binary_step&p.threshold=2');
    expect(verdict()).toContain('does not fire');
    fireEvent.change(screen.getByLabelText('Activation'), { target: { value: 'leaky_relu' } });
    expect(window.location.search).toBe('?fn=leaky_relu');
    fireEvent.change(screen.getByLabelText('alpha'), { target: { value: '0.2' } });
    expect(window.location.search).toBe('?fn=leaky_relu&p.alpha=0.2');
  });

  it('refuses a parameter combination core rejects', () => {
    open('?fn=hard_tanh');
    fireEvent.change(screen.getByLabelText('min_val'), { target: { value: '3' } });
    expect(screen.getByRole('alert').textContent).toMatch(/Not applied/);
    expect(window.location.search).toBe('?fn=hard_tanh');
  });

  it("takes the course's T = 10 for the thresholded ReLU and uses it", () => {
    open('?x=4&w=3&b=0&fn=threshold');
    // z = 12: above T = 1 (the default) and, once typed, above T = 10 too; 9 is below it.
    fireEvent.change(screen.getByLabelText('threshold'), { target: { value: '10' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(window.location.search).toBe('?x=4&w=3&b=0&fn=threshold&p.threshold=10&p.value=0');
    expect(verdict()).toContain('fires');
    fireEvent.change(screen.getByLabelText('x₁ (input 1)'), { target: { value: '3' } });
    expect(verdict()).toContain('does not fire');
  });

  it('accepts typed inputs beyond the slider, up to the stated limit', () => {
    open('?x=1&w=1&b=0&fn=relu');
    fireEvent.change(screen.getByLabelText('x₁ (input 1)'), { target: { value: '25' } });
    expect(window.location.search).toBe('?x=25&w=1&b=0&fn=relu');
    fireEvent.change(screen.getByLabelText('x₁ (input 1)'), { target: { value: '5000' } });
    expect(screen.getByRole('alert').textContent).toMatch(/between -1000 and 1000/);
  });
});
