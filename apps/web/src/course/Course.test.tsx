import type { ReactElement } from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { sigmoidSlope } from '@actlab/core';
import { COURSE_SECTIONS } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import Course from '../pages/Course.js';
import Derivations from '../pages/Derivations.js';

function open(path: string, Page: () => ReactElement) {
  window.history.replaceState(null, '', path);
  return render(<Page />);
}

describe('the course map', () => {
  it('lists every section of the notes in order, each with its links', () => {
    open('/course', Course);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(COURSE_SECTIONS.map((s) => s.title));
    const relu = screen
      .getByRole('heading', { name: /ReLU, and ReLU with a threshold/ })
      .closest('li') as HTMLElement;
    const links = within(relu)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain('/?fn=threshold&threshold=10&value=0');
    const linear = screen
      .getByRole('heading', { name: /Linear activation/ })
      .closest('li') as HTMLElement;
    expect(
      within(linear)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toContain('/?fn=linear&slope=2&intercept=3');
    expect(
      screen
        .getByRole('link', { name: /derivative of the sigmoid, step by step/ })
        .getAttribute('href'),
    ).toBe('/derivations#sigmoid');
  });
});

describe('the derivations page', () => {
  it('fills x into every line of the sigmoid derivation and agrees with actlab’s sigmoid′', () => {
    open('/derivations?x=-2', Derivations);
    const status = screen.getAllByRole('status')[0] as HTMLElement;
    // sigma'(-2) = e^2 / (1 + e^2)^2 = 0.104993585403506…
    expect(status.textContent).toContain('0.1049935854');
    expect(status.textContent).toContain('the last line agrees with it');
    expect(sigmoidSlope(-2)).toBeCloseTo(0.10499358540350652, 15);
    expect(
      screen.getByLabelText('Sigmoid derivative, line 1 with the numbers').textContent,
    ).toContain('8.38906');
  });

  it('computes softmax from the notes’ scores and follows an edited score', () => {
    open('/derivations', Derivations);
    // e^2.33 = 10.27794153… (Python's decimal at 30 digits); its share 0.83827314377…
    const table = screen.getByRole('table');
    const first = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(
      within(first)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2.33', '10.27794153', '0.8382731438', '0.8382731438']);
    fireEvent.change(screen.getByLabelText('Class 2 logit'), { target: { value: '0' } });
    expect(window.location.search).toBe('?z=2.33,0,0.56');
  });

  it('shows softmax([z, 0]) = σ(z) and says what breaks above z = 709', () => {
    open('/derivations?two=1&z=1000,0', Derivations);
    const statuses = screen.getAllByRole('status').map((s) => s.textContent ?? '');
    // sigma(1) = 0.7310585786300049
    expect(statuses.some((s) => /= 0\.7310585786.*0\.7310585786: the same\./.test(s))).toBe(true);
    expect(screen.getByRole('alert').textContent).toMatch(/overflows above z = 709/);
  });
});
