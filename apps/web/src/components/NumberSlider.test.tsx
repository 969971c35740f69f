import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { NumberSlider } from './NumberSlider.js';

function Harness({ sliderMax }: { sliderMax?: number }) {
  const [value, setValue] = useState(0.5);
  return (
    <>
      <NumberSlider
        label="alpha"
        value={value}
        min={0}
        max={100}
        step={0.01}
        onChange={setValue}
        {...(sliderMax !== undefined ? { sliderMax } : {})}
      />
      <output data-testid="value">{value}</output>
    </>
  );
}

describe('NumberSlider', () => {
  it('takes typed values in range, refuses others inline and keeps the last valid one', () => {
    render(<Harness />);
    const field = screen.getByLabelText('alpha');
    fireEvent.change(field, { target: { value: '7' } });
    expect(screen.getByTestId('value').textContent).toBe('7');
    fireEvent.change(field, { target: { value: '101' } });
    expect(screen.getByRole('alert').textContent).toBe('alpha must be between 0 and 100');
    expect(screen.getByTestId('value').textContent).toBe('7');
    fireEvent.change(field, { target: { value: 'abc' } });
    expect(screen.getByRole('alert').textContent).toBe('alpha must be a number');
  });

  it('keeps a half-typed number such as "0." as typed', () => {
    render(<Harness />);
    const field = screen.getByLabelText('alpha') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '0.' } });
    expect(screen.getByTestId('value').textContent).toBe('0');
    expect(field.value).toBe('0.');
  });

  it('follows the slider, whose span may be narrower than the valid range', () => {
    render(<Harness sliderMax={1} />);
    const slider = screen.getByLabelText('alpha slider') as HTMLInputElement;
    expect(slider.max).toBe('1');
    fireEvent.change(slider, { target: { value: '0.25' } });
    expect((screen.getByLabelText('alpha') as HTMLInputElement).value).toBe('0.25');
    fireEvent.change(screen.getByLabelText('alpha'), { target: { value: '50' } });
    expect(screen.getByTestId('value').textContent).toBe('50');
  });
});
