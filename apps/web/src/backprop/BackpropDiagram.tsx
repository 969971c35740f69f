/**
 * The network as SVG for one step: inputs, units, the loss and their connections, from
 * diagram-layout.ts. What the step concerns is drawn with a thick, doubled outline and the caption
 * "now", and its connections thicker, so the highlight never rests on colour alone. Each
 * connection and unit is also a handle: drag it up or down to change its weight or bias, or focus
 * it and use the arrow keys (weight-drag.ts maps both to values).
 */
import type { KeyboardEvent, PointerEvent } from 'react';
import { useRef } from 'react';
import type { DiagramLayout } from './diagram-layout.js';
import { NODE_RADIUS } from './diagram-layout.js';
import { dragRange, draggedValue, keyedValue } from './weight-drag.js';

/** Props of BackpropDiagram. */
export interface BackpropDiagramProps {
  readonly layout: DiagramLayout;
  /** A sentence describing the picture and its highlight for screen readers. */
  readonly description: string;
  /** Sets the flat weight `index` (a weight or a bias) to `value`; absent, nothing is draggable. */
  readonly onSetWeight?: (index: number, value: number) => void;
}

/** What a handle edits. */
interface Handle {
  readonly index: number;
  readonly value: number;
  readonly name: string;
}

/** A value as the handles say it: plain decimals, no float noise. */
function spoken(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/**
 * Pointer and keyboard props of a handle for `target`. The pointer is captured on press so a fast
 * drag that leaves the thin line keeps going, and the press's default is prevented so dragging
 * never selects the diagram's text.
 */
function useHandles(onSetWeight: BackpropDiagramProps['onSetWeight']) {
  const drag = useRef<{ pointer: number; y: number; start: number } | null>(null);
  const end = () => {
    drag.current = null;
  };
  return (target: Handle) => {
    if (!onSetWeight) return {};
    const { min, max } = dragRange(target.value);
    return {
      tabIndex: 0,
      role: 'slider',
      'aria-label': `${target.name}: ${spoken(target.value)}`,
      'aria-valuenow': target.value,
      'aria-valuetext': spoken(target.value),
      'aria-valuemin': min,
      'aria-valuemax': max,
      'aria-orientation': 'vertical' as const,
      'aria-describedby': HANDLE_HINT_ID,
      className: 'handle',
      onPointerDown: (e: PointerEvent<SVGElement>) => {
        if (e.button !== 0) return;
        e.preventDefault();
        e.currentTarget.setPointerCapture?.(e.pointerId);
        (e.currentTarget as SVGElement).focus?.();
        drag.current = { pointer: e.pointerId, y: e.clientY, start: target.value };
      },
      onPointerMove: (e: PointerEvent<SVGElement>) => {
        const d = drag.current;
        if (!d || d.pointer !== e.pointerId) return;
        const next = draggedValue(d.start, e.clientY - d.y);
        if (next !== target.value) onSetWeight(target.index, next);
      },
      onPointerUp: end,
      onPointerCancel: end,
      onLostPointerCapture: end,
      onKeyDown: (e: KeyboardEvent<SVGElement>) => {
        const next = keyedValue(target.value, e.key, e.shiftKey);
        if (next === undefined) return;
        e.preventDefault();
        if (next !== target.value) onSetWeight(target.index, next);
      },
    };
  };
}

/** Id of the sentence that tells how to use the handles (one diagram per page). */
const HANDLE_HINT_ID = 'backprop-handle-hint';

/** The SVG diagram of the traced network. */
export function BackpropDiagram({ layout, description, onSetWeight }: BackpropDiagramProps) {
  const { width, height, nodes, edges } = layout;
  const handle = useHandles(onSetWeight);
  // With handles inside, the picture is a group of controls: an image's children are hidden from
  // assistive technology.
  return (
    <>
      <svg
        className="backprop-diagram"
        viewBox={`0 0 ${width} ${height}`}
        role={onSetWeight ? 'group' : 'img'}
        aria-label={description}
      >
        {edges.map((e) => (
          <g key={e.key} className={e.current ? 'edge current' : 'edge'}>
            <line
              x1={e.x1}
              y1={e.y1}
              x2={e.x2}
              y2={e.y2}
              strokeDasharray={e.dashed ? '7 5' : undefined}
            />
            {e.weight ? (
              // A wide, invisible line over the drawn one: an easy target for a finger or a mouse.
              <line x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2} {...handle(e.weight)} />
            ) : null}
            {e.label ? (
              <text
                // Nearer the source than the middle, clear of the unit's "now" and outline.
                x={e.x1 + (e.x2 - e.x1) * 0.4}
                y={e.y1 + (e.y2 - e.y1) * 0.4 - 8}
                textAnchor="middle"
                className="edge-label"
              >
                {e.label}
              </text>
            ) : null}
          </g>
        ))}
        {nodes.map((n) => (
          <g
            key={n.key}
            className={`node ${n.kind}${n.current ? ' current' : ''}`}
            data-current={n.current ? 'true' : undefined}
          >
            {n.current ? <circle cx={n.x} cy={n.y} r={NODE_RADIUS + 6} className="ring" /> : null}
            <circle cx={n.x} cy={n.y} r={NODE_RADIUS} {...(n.bias ? handle(n.bias) : {})} />
            <text x={n.x} y={n.y + 5} textAnchor="middle" className="symbol">
              {n.label}
            </text>
            {n.current ? (
              <text x={n.x} y={n.y - NODE_RADIUS - 12} textAnchor="middle" className="now">
                now
              </text>
            ) : null}
            {n.caption.map((line, i) => (
              <text
                key={i}
                x={n.x}
                y={n.y + NODE_RADIUS + 16 + i * 14}
                textAnchor="middle"
                className="caption"
              >
                {line}
              </text>
            ))}
          </g>
        ))}
      </svg>
      {onSetWeight ? (
        <p id={HANDLE_HINT_ID} className="hint">
          Drag a connection or a unit up or down to change its weight or bias, or focus it with Tab
          and use the arrow keys: 0.1 a press, 0.01 with Shift, Home for 0.
        </p>
      ) : null}
    </>
  );
}
