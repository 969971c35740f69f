import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Gradients from '../pages/Gradients.js';

describe('the vanishing-gradients page', () => {
  it('shows three columns with the update rule, from the URL state', async () => {
    window.history.replaceState(null, '', '/gradients?depth=4&width=8&lr=0.2&seed=3');
    render(<Gradients />);
    for (const name of [/^Sigmoid/, /^tanh/, /^ReLU/]) {
      expect(await screen.findByRole('heading', { name }, { timeout: 10_000 })).toBeTruthy();
    }
    expect(screen.getAllByText(/θ := θ − α ∂J\/∂θ/)).toHaveLength(3);
    expect((screen.getByLabelText('Depth (layers)') as HTMLInputElement).value).toBe('4');
    expect(screen.getAllByRole('img', { name: /Gradient norm by layer/ })).toHaveLength(3);
  });

  it('writes a changed control to the URL', async () => {
    window.history.replaceState(null, '', '/gradients?depth=3&width=4');
    render(<Gradients />);
    await screen.findByRole('heading', { name: /^ReLU/ }, { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('Width (units per layer)'), { target: { value: '6' } });
    expect(new URLSearchParams(window.location.search).get('width')).toBe('6');
  });

  it('trains on Train and pauses on Pause', { timeout: 20_000 }, async () => {
    // Deep enough that 300 epochs take longer than the test needs to press Pause.
    window.history.replaceState(null, '', '/gradients?depth=8&width=16');
    render(<Gradients />);
    // The button is there at once but disabled until the networks are built.
    await screen.findByRole('heading', { name: /^ReLU/ }, { timeout: 10_000 });
    const train = screen.getByRole('button', { name: 'Train' }) as HTMLButtonElement;
    expect(train.disabled).toBe(false);
    act(() => train.click());
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Epoch [1-9]/), {
      timeout: 10_000,
    });
    act(() => screen.getByRole('button', { name: 'Pause training' }).click());
    await screen.findByRole('button', { name: 'Resume training' }, { timeout: 10_000 });
    expect(screen.getAllByText(/solid: after \d+ epochs/).length).toBe(3);
    // The loss of each network over the epochs, from epoch 0, named in the figure's text.
    const figure = screen.getByRole('img', {
      name: /^Training loss of each network: sigmoid ends at/,
    });
    expect(figure.getAttribute('aria-label')).toMatch(/tanh ends at .*relu ends at/);
  });
});

describe('the signal-through-depth instrument', () => {
  it(
    'draws measured and predicted curves for each activation, from the URL state',
    { timeout: 20_000 },
    async () => {
      window.history.replaceState(
        null,
        '',
        '/gradients?depth=2&width=2&sacts=tanh,relu&sdepth=6&swidth=16&sinit=he',
      );
      render(<Gradients />);
      const forward = await screen.findByRole(
        'img',
        { name: /^Forward signal.*Tanh measured.*Tanh predicted.*ReLU measured/ },
        { timeout: 10_000 },
      );
      expect(forward.getAttribute('aria-label')).toMatch(/layer 6/);
      expect(screen.getByRole('img', { name: /^Gradients: variance/ })).toBeTruthy();
      expect(screen.getByText('Dashed line: predicted by mean-field theory')).toBeTruthy();
      expect(screen.getByTestId('phase-relu').textContent).toMatch(/σ_w² = 2 /);
      expect((screen.getByLabelText('Network depth (layers)') as HTMLInputElement).value).toBe('6');
    },
  );

  it(
    'overlays a typed formula, refusing a broken one inline and keeping the last valid curve',
    { timeout: 20_000 },
    async () => {
      window.history.replaceState(
        null,
        '',
        '/gradients?depth=2&width=2&sacts=tanh&sdepth=5&swidth=16',
      );
      render(<Gradients />);
      fireEvent.change(screen.getByLabelText('Activation 2'), { target: { value: 'formula' } });
      const field = (await screen.findByLabelText('Activation 2: formula')) as HTMLInputElement;
      fireEvent.change(field, { target: { value: 'x * sigmoid(2 * x)' } });
      await waitFor(() =>
        expect(new URLSearchParams(window.location.search).get('sacts')).toBe(
          'tanh,formula:x * sigmoid(2 * x)',
        ),
      );
      fireEvent.change(field, { target: { value: 'x * sigmod(x)' } });
      expect((await screen.findByText(/sigmoid/, { selector: '.error span' })).textContent).toMatch(
        /keeps the last formula that worked/,
      );
      expect(new URLSearchParams(window.location.search).get('sacts')).toBe(
        'tanh,formula:x * sigmoid(2 * x)',
      );
    },
  );

  it(
    'turns tanh from ordered to chaotic with the variance-preserving gain',
    { timeout: 20_000 },
    async () => {
      window.history.replaceState(
        null,
        '',
        '/gradients?depth=2&width=2&sacts=tanh&sdepth=8&swidth=8&sinit=uniform&sbias=0.2',
      );
      render(<Gradients />);
      await waitFor(() => expect(screen.getByTestId('phase-tanh').textContent).toMatch(/ordered/), {
        timeout: 10_000,
      });
      act(() => screen.getByRole('button', { name: 'Use the variance-preserving gain' }).click());
      const query = new URLSearchParams(window.location.search);
      expect(query.get('sinit')).toBe('preserving');
      expect(query.get('sbias')).toBe('0');
      await waitFor(() => expect(screen.getByTestId('phase-tanh').textContent).toMatch(/chaotic/), {
        timeout: 10_000,
      });
      expect(screen.getByTestId('phase-tanh').textContent).toMatch(/gain 1\.59/);
    },
  );

  it('switches to the custom gain when the gain is moved', { timeout: 20_000 }, async () => {
    window.history.replaceState(
      null,
      '',
      '/gradients?depth=2&width=2&sacts=relu&sdepth=4&swidth=8',
    );
    render(<Gradients />);
    fireEvent.change(screen.getByLabelText('Weight gain g'), { target: { value: '2' } });
    const query = new URLSearchParams(window.location.search);
    expect(query.get('sgain')).toBe('2');
    expect(query.get('sinit')).toBe('custom');
    await waitFor(() => expect(screen.getByTestId('phase-relu').textContent).toMatch(/σ_w² = 4 /), {
      timeout: 10_000,
    });
  });
});
