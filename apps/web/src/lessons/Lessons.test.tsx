import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { EXPERIMENT_CATALOG } from '@actlab/train';
import { describe, expect, it, vi } from 'vitest';
import Lessons from '../pages/Lessons.js';

describe('the lessons pages', () => {
  it('lists every experiment with its one-line lesson and a link', () => {
    window.history.replaceState(null, '', '/lessons');
    render(<Lessons />);
    for (const info of EXPERIMENT_CATALOG) {
      const link = screen.getByRole('link', { name: info.title });
      expect(link.getAttribute('href')).toBe(`/lessons/${info.id}`);
      expect(screen.getByText(info.lesson)).toBeTruthy();
    }
  });

  it('opens a lesson by its path, and a link goes to the list', () => {
    // jsdom does not scroll; navigation scrolls to the top.
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    window.history.replaceState(null, '', '/lessons/linear-collapse');
    render(<Lessons />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Linear layers collapse to one' }),
    ).toBeTruthy();
    act(() => screen.getByRole('link', { name: 'All lessons' }).click());
    expect(window.location.pathname).toBe('/lessons');
    expect(screen.getByRole('heading', { level: 1, name: 'Lessons' })).toBeTruthy();
  });

  it('says so for an unknown lesson', () => {
    window.history.replaceState(null, '', '/lessons/nothing-here');
    render(<Lessons />);
    expect(screen.getByRole('heading', { name: 'Lesson not found' })).toBeTruthy();
  });

  it('runs a lesson and shows the measured outcome', async () => {
    window.history.replaceState(null, '', '/lessons/step-no-gradient?seed=2');
    render(<Lessons />);
    act(() => screen.getByRole('button', { name: 'Run' }).click());
    const outcome = await screen.findByRole(
      'region',
      { name: 'Measured outcome' },
      { timeout: 10_000 },
    );
    expect(within(outcome).getByText(/The lesson held on this run/)).toBeTruthy();
    expect(within(outcome).getByRole('rowheader', { name: 'perceptron accuracy' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /Training loss/ })).toBeTruthy();
  });

  it('keeps the seed in the URL', () => {
    window.history.replaceState(null, '', '/lessons/softmax-multiclass');
    render(<Lessons />);
    expect((screen.getByLabelText('Seed') as HTMLInputElement).value).toBe('4');
    fireEvent.change(screen.getByLabelText('Seed'), { target: { value: '9' } });
    expect(new URLSearchParams(window.location.search).get('seed')).toBe('9');
  });

  it('shows the digits lesson with its training controls and the drawing pad', () => {
    window.history.replaceState(null, '', '/lessons/digits?epochs=2');
    render(<Lessons />);
    expect(screen.getByRole('button', { name: 'Train the network' })).toBeTruthy();
    expect((screen.getByLabelText('Epochs') as HTMLInputElement).value).toBe('2');
    expect(screen.getByRole('img', { name: /Drawing area/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pick a test digit' })).toBeTruthy();
    expect(screen.getByLabelText('Training progress')).toBeTruthy();
  });

  it('lets the learner add a formula of their own to the activation race, checked as typed', () => {
    window.history.replaceState(null, '', '/lessons/activation-race');
    render(<Lessons />);
    const params = () => new URLSearchParams(window.location.search);
    fireEvent.click(screen.getByRole('button', { name: 'Add a contender of your own' }));
    const field = screen.getByLabelText('Your contender: formula') as HTMLInputElement;
    expect(field.value).toBe('x * tanh(softplus(x))');
    expect(params().get('formula')).toBe('x * tanh(softplus(x))');
    fireEvent.change(field, { target: { value: 'x * (1 +' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/ends too early|expected/i)).toBeTruthy();
    expect(params().get('formula')).toBe('x * tanh(softplus(x))');
    fireEvent.change(field, { target: { value: 'x * (1 + tanh(x)) / 2' } });
    expect(params().get('formula')).toBe('x * (1 + tanh(x)) / 2');
    fireEvent.click(screen.getByRole('button', { name: 'Remove your contender' }));
    expect(params().get('formula')).toBeNull();
    expect(screen.queryByLabelText('Your contender: formula')).toBeNull();
  });

  it('offers no contender of one’s own in the other lessons', () => {
    window.history.replaceState(null, '', '/lessons/linear-collapse');
    render(<Lessons />);
    expect(screen.queryByRole('button', { name: 'Add a contender of your own' })).toBeNull();
  });
});
