/**
 * The network as SVG for one step: inputs, units, the loss and their connections, from
 * diagram-layout.ts. What the step concerns is drawn with a thick, doubled outline and the caption
 * "now", and its connections thicker, so the highlight never rests on colour alone.
 */
import type { DiagramLayout } from './diagram-layout.js';
import { NODE_RADIUS } from './diagram-layout.js';

/** Props of BackpropDiagram. */
export interface BackpropDiagramProps {
  readonly layout: DiagramLayout;
  /** A sentence describing the picture and its highlight for screen readers. */
  readonly description: string;
}

/** The SVG diagram of the traced network. */
export function BackpropDiagram({ layout, description }: BackpropDiagramProps) {
  const { width, height, nodes, edges } = layout;
  return (
    <svg
      className="backprop-diagram"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
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
          <circle cx={n.x} cy={n.y} r={NODE_RADIUS} />
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
  );
}
