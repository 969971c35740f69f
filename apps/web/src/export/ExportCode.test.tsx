import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { codeFor, copyText } from './export-code.js';
import { ExportCode } from './ExportCode.js';

const MISH = 'formula: x * tanh(softplus(x))';

/** Puts `clipboard` on navigator for one test (jsdom has none). */
function withClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}
afterEach(() => withClipboard(undefined));

describe('the code of an activation', () => {
  it('is a PyTorch function and module for a formula', () => {
    const result = codeFor(MISH, 'pytorch');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.code).toMatch(/\bdef \w+\(/);
    expect(result.code).toMatch(/nn\.Module/);
    expect(result.code).toMatch(/import torch/);
  });

  it('bakes the parameter values in', () => {
    const result = codeFor('leaky_relu', 'numpy', { alpha: 0.25 });
    expect(result.ok && result.code).toMatch(/0\.25/);
  });

  it('gives the reason instead of code for what cannot be exported', () => {
    const result = codeFor('formula: x * sigmod(x)', 'jax');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/sigmoid/);
    expect(codeFor('nope', 'numpy').ok).toBe(false);
  });
});

describe('copying', () => {
  it('writes to the clipboard when there is one', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    expect(await copyText('abc', { writeText })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('abc');
  });

  it('says so when there is none or the browser refuses', async () => {
    expect(await copyText('abc', undefined)).toBe('unavailable');
    const writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    expect(await copyText('abc', { writeText })).toBe('unavailable');
  });
});

describe('the Copy as code component', () => {
  it('shows PyTorch first, switches framework, and copies with a visible status', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    withClipboard({ writeText });
    render(<ExportCode name={MISH} label="Custom formula" />);
    const code = screen.getByLabelText('PyTorch code for Custom formula');
    expect(code.textContent).toMatch(/nn\.Module/);
    fireEvent.change(screen.getByLabelText('Framework'), { target: { value: 'numpy' } });
    const numpy = screen.getByLabelText('NumPy code for Custom formula');
    expect(numpy.textContent).toMatch(/import numpy as np/);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy NumPy code' }));
    });
    expect(writeText).toHaveBeenCalledWith(numpy.textContent);
    expect(screen.getByRole('status').textContent).toBe('Copied to the clipboard.');
    // Other code: the old status no longer applies.
    fireEvent.change(screen.getByLabelText('Framework'), { target: { value: 'tfjs' } });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('selects the code and says how to copy it when the clipboard is unavailable', async () => {
    withClipboard(undefined);
    render(<ExportCode name="relu" label="ReLU" defaultTarget="jax" />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy JAX code' }));
    });
    expect(screen.getByRole('status').textContent).toMatch(/press Ctrl\+C/);
    // The whole code is selected (jsdom has no selection text, so the range is checked) and focused.
    const pre = screen.getByLabelText('JAX code for ReLU');
    const selection = window.getSelection();
    expect(selection?.anchorNode).toBe(pre);
    expect([selection?.anchorOffset, selection?.focusOffset]).toEqual([0, pre.childNodes.length]);
    expect(document.activeElement).toBe(pre);
  });

  it('shows an inline message, and no Copy, for a name it cannot export', () => {
    render(<ExportCode name="formula: x *" label="Broken" />);
    expect(screen.getByRole('alert').textContent).toMatch(/No PyTorch code for Broken/);
    expect(screen.getByRole('button', { name: 'Copy PyTorch code' })).toHaveProperty(
      'disabled',
      true,
    );
  });
});
