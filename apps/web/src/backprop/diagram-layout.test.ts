import { backpropTrace } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { readBackpropState } from './backprop-state.js';
import { focusDescription, layoutDiagram } from './diagram-layout.js';
import { traceRequest } from './trace-run.js';

const state = readBackpropState(new URLSearchParams('x=1,0.5&t=1&h=2'));
const trace = backpropTrace(traceRequest(state));
const at = (phase: string, layer?: number, unit?: number) =>
  trace.steps.findIndex((s) => s.phase === phase && s.layer === layer && s.unit === unit);
const current = (step: number) =>
  layoutDiagram(trace, step, state.inputs)
    .nodes.filter((n) => n.current)
    .map((n) => n.key);

describe('the network diagram', () => {
  it('marks the unit of a forward step and the lines into it', () => {
    const step = at('forward', 0, 1);
    const layout = layoutDiagram(trace, step, state.inputs);
    expect(current(step)).toEqual(['u0.1']);
    expect(layout.edges.filter((e) => e.current).map((e) => e.key)).toEqual(['e0.1.0', 'e0.1.1']);
    expect(focusDescription(trace, trace.steps[step]!)).toBe('unit 2 of hidden layer 1');
  });

  it('marks the outputs and the loss at the loss step, and the loss alone after the update', () => {
    expect(current(at('loss'))).toEqual(['u1.0', 'loss']);
    expect(current(at('new-loss'))).toEqual(['loss']);
  });

  it("marks a hidden unit's out-lines in its backward step (dL/da gathers along them)", () => {
    const layout = layoutDiagram(trace, at('backward', 0, 0), state.inputs);
    const keys = layout.edges.filter((e) => e.current).map((e) => e.key);
    expect(keys).toEqual(['e0.0.0', 'e0.0.1', 'e1.0.0']);
  });

  it('shows numbers only once the trace has reached them', () => {
    const caption = (step: number, key: string) =>
      layoutDiagram(trace, step, state.inputs).nodes.find((n) => n.key === key)?.caption ?? [];
    expect(caption(0, 'u0.1')).toEqual([]);
    expect(caption(at('forward', 0, 1), 'u0.1')[0]).toMatch(/^z = /);
    expect(caption(at('loss'), 'loss')).toHaveLength(1);
    expect(caption(trace.steps.length - 1, 'loss')).toHaveLength(2);
    expect(caption(trace.steps.length - 1, 'u0.1').join()).toMatch(/∂L\/∂z = .*b → /);
  });

  it('labels each weight, with its new value once updated', () => {
    const label = (step: number) =>
      layoutDiagram(trace, step, state.inputs).edges.find((e) => e.key === 'e1.0.0')?.label;
    const w = trace.layers[1]!.units[0]!.weights[0]!;
    expect(label(0)).toBe(`w = ${String(w)}`);
    expect(label(trace.steps.length - 1)).toMatch(/→/);
  });
});
