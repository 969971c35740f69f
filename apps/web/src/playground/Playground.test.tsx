import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Playground from '../pages/Playground.js';
import type { Command, WorkerMessage } from './protocol.js';
import { createPlaygroundDriver } from './driver.js';

/** A worker that runs the real driver on the page's thread, answering asynchronously. */
class DriverWorker {
  onmessage: ((event: { data: WorkerMessage }) => void) | null = null;
  private alive = true;
  private readonly driver = createPlaygroundDriver({
    post: (data) => setTimeout(() => this.alive && this.onmessage?.({ data }), 0),
    now: () => performance.now(),
    schedule: (fn, delay) => setTimeout(() => this.alive && fn(), delay),
  });
  postMessage(command: Command): void {
    this.driver.send(command);
  }
  terminate(): void {
    this.alive = false;
  }
}

beforeEach(() => {
  vi.stubGlobal('Worker', DriverWorker);
  window.history.replaceState(null, '', '/playground');
});
afterEach(() => vi.unstubAllGlobals());

/** Generous waits: the machine is shared and a jsdom render of the page takes a while. */
const SLOW = { timeout: 15_000 };

const query = () => new URLSearchParams(window.location.search);

describe('the playground page', { timeout: 30_000 }, () => {
  it('shows the untrained network with every control labelled', async () => {
    render(<Playground />);
    expect(screen.getByRole('heading', { name: 'Training playground' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('train-loss').textContent).not.toBe('NaN'), SLOW);
    expect(screen.getByTestId('epoch').textContent).toBe('0');
    for (const label of ['Dataset', 'Learning rate', 'Optimizer', 'Loss', 'Output activation']) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(screen.getByLabelText('Activation of hidden layer 2')).toBeTruthy();
  });

  it('writes every change into the URL', () => {
    render(<Playground />);
    fireEvent.change(screen.getByLabelText('Dataset'), { target: { value: 'xor' } });
    fireEvent.change(screen.getByLabelText('Learning rate'), { target: { value: '0.1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a hidden layer' }));
    fireEvent.change(screen.getByLabelText('Activation of hidden layer 3'), {
      target: { value: 'leaky_relu' },
    });
    fireEvent.change(screen.getByLabelText('Activation of hidden layer 3: alpha'), {
      target: { value: '0.3' },
    });
    expect(query().get('dataset')).toBe('xor');
    expect(query().get('lr')).toBe('0.1');
    expect(query().get('hidden')).toBe('4,2,2');
    expect(query().get('act')).toBe('tanh,tanh,leaky_relu*alpha*0.3');
  });

  it('adds a point from the keyboard form', () => {
    render(<Playground />);
    fireEvent.change(screen.getByLabelText('x (across)'), { target: { value: '1.5' } });
    fireEvent.change(screen.getByLabelText('y (up)'), { target: { value: '-2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add point' }));
    expect(query().get('pts')).toBe('1.5_-2_1');
  });

  it('picks input features with labelled checkboxes, kept in the URL', () => {
    render(<Playground />);
    const x1 = screen.getByRole('checkbox', { name: 'x1' }) as HTMLInputElement;
    expect(x1.checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'x1²' }));
    expect(query().get('inputs')).toBe('x1,x2,x1sq');
    fireEvent.click(screen.getByRole('checkbox', { name: 'x1' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'x2' }));
    expect(query().get('inputs')).toBe('x1sq');
    // The last feature cannot be cleared.
    expect((screen.getByRole('checkbox', { name: 'x1²' }) as HTMLInputElement).disabled).toBe(true);
  });

  it('shows R² and a colour legend for a regression surface', async () => {
    window.history.replaceState(null, '', '/playground?dataset=multi-gauss');
    render(<Playground />);
    await waitFor(() => expect(screen.getByTestId('train-r2').textContent).not.toBe('–'), SLOW);
    expect(screen.queryByText(/Accuracy:/)).toBeNull();
    expect(screen.getByTestId('value-legend')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add point' })).toBeNull();
  });

  it('shows why a model cannot be imported, inline', () => {
    render(<Playground />);
    fireEvent.change(screen.getByLabelText('Model to import (paste JSON)'), {
      target: { value: '{"format":"actlab.mlp/2"}' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import model' }));
    expect(screen.getByRole('alert').textContent).toMatch(/format: must be "actlab.mlp\/1"/);
  });

  it('trains when Play is pressed', async () => {
    window.history.replaceState(null, '', '/playground?speed=0');
    render(<Playground />);
    await waitFor(() => expect(screen.getByTestId('train-loss').textContent).not.toBe('NaN'), SLOW);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Play' })));
    await waitFor(
      () => expect(Number(screen.getByTestId('epoch').textContent)).toBeGreaterThan(5),
      SLOW,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy(), SLOW);
  });

  it('offers a custom formula per layer, checked as it is typed, kept in the URL', () => {
    render(<Playground />);
    fireEvent.change(screen.getByLabelText('Activation of hidden layer 1'), {
      target: { value: 'formula' },
    });
    const field = screen.getByLabelText(
      'Activation of hidden layer 1: formula',
    ) as HTMLInputElement;
    // It starts as the layer's activation written out.
    expect(field.value).toBe('tanh(x)');
    expect(query().get('act')).toBe('formula:tanh(x),tanh');

    fireEvent.change(field, { target: { value: 'x * sigmod(x)' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ')[0] ?? '';
    const message = document.getElementById(described)?.textContent ?? '';
    expect(message).toMatch(/sigmod.*at 4/);
    expect(message).toMatch(/sigmoid/);
    expect(message).toContain('keeps the last formula that worked: tanh(x)');
    // The layer keeps training with the last valid formula.
    expect(query().get('act')).toBe('formula:tanh(x),tanh');

    const swish = 'x * sigmoid(beta * x); beta = 1.702 in (0, 10]';
    fireEvent.change(field, { target: { value: swish } });
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(query().get('act')).toBe(`formula:${swish},tanh`);
    // Its declared parameter gets a control, encoded in the link as a catalog parameter is.
    fireEvent.change(screen.getByLabelText('Activation of hidden layer 1: beta'), {
      target: { value: '2' },
    });
    expect(query().get('act')).toBe(`formula:${swish}*beta*2,tanh`);
    expect(field.value).toBe(swish);

    // Back to a catalog activation.
    fireEvent.change(screen.getByLabelText('Activation of hidden layer 1'), {
      target: { value: 'relu' },
    });
    expect(screen.queryByLabelText('Activation of hidden layer 1: formula')).toBeNull();
    expect(query().get('act')).toBe('relu,tanh');
  });

  it('opens a link with a formula and trains with it', async () => {
    const link = encodeURIComponent('formula:x * tanh(softplus(x))');
    window.history.replaceState(null, '', `/playground?speed=0&act=${link}`);
    render(<Playground />);
    const field = screen.getByLabelText(
      'Activation of hidden layer 2: formula',
    ) as HTMLInputElement;
    expect(field.value).toBe('x * tanh(softplus(x))');
    await waitFor(() => expect(screen.getByTestId('train-loss').textContent).not.toBe('NaN'), SLOW);
    expect(screen.queryByText(/cannot be trained/)).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Step one epoch' })));
    await waitFor(() => expect(screen.getByTestId('epoch').textContent).toBe('1'), SLOW);
  });

  it('says at once why softmax on the single output of a two-class set cannot train', async () => {
    window.history.replaceState(null, '', '/playground?speed=0&dataset=circle&out=softmax');
    render(<Playground />);
    const problem = await screen.findByText(/cannot be trained/, {}, SLOW);
    expect(problem.textContent).toMatch(/single unit always gives the same output/);
    expect(problem.textContent).toMatch(/sigmoid output with binary cross-entropy/);
    expect((screen.getByRole('button', { name: 'Play' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
