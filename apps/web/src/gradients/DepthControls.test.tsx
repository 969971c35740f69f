import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DepthControls } from './DepthControls.js';
import type { DepthParams } from './depth-params.js';

const start: DepthParams = {
  activations: ['tanh'],
  depth: 10,
  width: 32,
  init: 'xavier',
  gain: 1,
  biasVariance: 0,
};

/** The controls over real state, recording every set of parameters they hand out. */
function renderControls(initial: DepthParams = start) {
  const sent: DepthParams[] = [];
  function Harness() {
    const [params, setParams] = useState(initial);
    return (
      <DepthControls
        params={params}
        onChange={(next) => {
          sent.push(next);
          setParams(next);
        }}
      />
    );
  }
  render(<Harness />);
  return sent;
}

describe('the depth controls’ custom formula', () => {
  it('adds a formula curve from the “Custom formula…” choice and follows what is typed', () => {
    const sent = renderControls();
    const select = screen.getByLabelText('Activation 2') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toContain('Custom formula…');
    fireEvent.change(select, { target: { value: 'formula' } });
    expect(sent.at(-1)?.activations).toEqual(['tanh', 'formula:x * tanh(softplus(x))']);
    const field = screen.getByLabelText('Activation 2: formula') as HTMLInputElement;
    expect(field.value).toBe('x * tanh(softplus(x))');
    fireEvent.change(field, { target: { value: 'x * sigmoid(1.702 * x)' } });
    expect(sent.at(-1)?.activations).toEqual(['tanh', 'formula:x * sigmoid(1.702 * x)']);
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a broken formula’s fault in words beside the field and keeps the last valid curves', () => {
    const sent = renderControls({ ...start, activations: ['tanh', 'formula:x * sigmoid(x)'] });
    const field = screen.getByLabelText('Activation 2: formula') as HTMLInputElement;
    const message = () =>
      document.getElementById(field.getAttribute('aria-describedby')?.split(' ')[0] ?? '')
        ?.textContent;
    fireEvent.change(field, { target: { value: 'x * sigmod(x)' } });
    expect(message()).toMatch(/Unknown function "sigmod" at 4; did you mean sigmoid\?/);
    fireEvent.change(field, { target: { value: 'x * (1 +' } });
    expect(message()).toMatch(/The formula ends too early/);
    expect(message()).toMatch(/last formula that worked: x \* sigmoid\(x\)/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    // Nothing invalid was handed out: the curves stay those of the last formula that parsed.
    expect(sent).toEqual([]);
    // Fixing the text brings the curve back at once.
    fireEvent.change(field, { target: { value: 'x * (1 + x)' } });
    expect(sent.at(-1)?.activations).toEqual(['tanh', 'formula:x * (1 + x)']);
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('replaces a formula by a catalog activation, or removes it with (none)', () => {
    const sent = renderControls({ ...start, activations: ['tanh', 'formula:x * sigmoid(x)'] });
    const select = screen.getByLabelText('Activation 2') as HTMLSelectElement;
    expect(select.value).toBe('formula');
    fireEvent.change(select, { target: { value: 'relu' } });
    expect(sent.at(-1)?.activations).toEqual(['tanh', 'relu']);
    expect(screen.queryByLabelText('Activation 2: formula')).toBeNull();
    fireEvent.change(select, { target: { value: 'formula' } });
    fireEvent.change(select, { target: { value: '' } });
    expect(sent.at(-1)?.activations).toEqual(['tanh']);
  });

  it('starts each new formula slot from a formula not yet overlaid', () => {
    const sent = renderControls();
    fireEvent.change(screen.getByLabelText('Activation 2'), { target: { value: 'formula' } });
    fireEvent.change(screen.getByLabelText('Activation 3'), { target: { value: 'formula' } });
    fireEvent.change(screen.getByLabelText('Activation 4'), { target: { value: 'formula' } });
    const activations = sent.at(-1)?.activations ?? [];
    expect(activations).toHaveLength(4);
    expect(activations[0]).toBe('tanh');
    expect(new Set(activations).size).toBe(4);
    expect(activations.slice(1).every((a) => a.startsWith('formula:'))).toBe(true);
    // Each starter is a working formula: every slot's field is valid.
    for (const slot of [2, 3, 4]) {
      const field = screen.getByLabelText(`Activation ${slot}: formula`);
      expect(field.getAttribute('aria-invalid')).toBeNull();
    }
  });

  it('lets the first slot hold a formula too, every control reachable by its label', () => {
    const sent = renderControls();
    fireEvent.change(screen.getByLabelText('Activation 1'), { target: { value: 'formula' } });
    expect(sent.at(-1)?.activations).toEqual(['formula:x * tanh(softplus(x))']);
    const field = screen.getByLabelText('Activation 1: formula');
    field.focus();
    expect(document.activeElement).toBe(field);
    expect(field.tagName).toBe('INPUT');
  });
});
