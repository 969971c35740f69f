/**
 * The neuron as a picture: inputs → weighted lines → Σ → f → output. Layout comes from
 * neuron-diagram.ts; this component only draws it as SVG, which scales with the page down to a
 * phone. Weight sign is carried by dashes and a +/− in the label, not by colour alone.
 */
import type { NeuronDiagramLayout } from './neuron-diagram.js';

/** Props of NeuronDiagram. */
export interface NeuronDiagramProps {
  readonly layout: NeuronDiagramLayout;
  /** Whether the neuron fires (the output node is filled and says so). */
  readonly fires: boolean;
  /** A sentence describing the whole picture for screen readers. */
  readonly description: string;
}

/** The SVG diagram of one neuron. */
export function NeuronDiagram({ layout, fires, description }: NeuronDiagramProps) {
  const { width, height, inputs, bias, sum, activation, output, edges } = layout;
  return (
    <svg
      className="neuron-diagram"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={description}
    >
      {edges.map((e, i) => (
        <g key={i} className={e.sign > 0 ? 'edge positive' : e.sign < 0 ? 'edge negative' : 'edge'}>
          <line
            x1={e.x1}
            y1={e.y1}
            x2={e.x2}
            y2={e.y2}
            strokeWidth={e.width}
            strokeDasharray={e.dashed ? '7 5' : undefined}
          />
          {e.label ? (
            <text x={e.labelX} y={e.labelY} textAnchor="middle" className="edge-label">
              {e.label}
            </text>
          ) : null}
        </g>
      ))}
      {inputs.map((n, i) => (
        <g key={i} className="node">
          <circle cx={n.x} cy={n.y} r={20} />
          <text x={n.x} y={n.y + 4} textAnchor="middle">
            {n.label}
          </text>
          <text x={n.x} y={n.y + 34} textAnchor="middle" className="caption">
            {n.caption}
          </text>
        </g>
      ))}
      <g className="node">
        <circle cx={bias.x} cy={bias.y} r={14} />
        <text x={bias.x + 22} y={bias.y + 4} className="caption">
          {`${bias.caption} = ${bias.label}`}
        </text>
      </g>
      <g className="node">
        <circle cx={sum.x} cy={sum.y} r={22} />
        <text x={sum.x} y={sum.y + 6} textAnchor="middle" className="symbol">
          {sum.label}
        </text>
        <text x={sum.x} y={sum.y - 30} textAnchor="middle" className="caption">
          {sum.caption}
        </text>
      </g>
      <g className="node">
        <rect x={activation.x - 22} y={activation.y - 22} width={44} height={44} rx={6} />
        <text x={activation.x} y={activation.y + 6} textAnchor="middle" className="symbol">
          {activation.label}
        </text>
        <text x={activation.x} y={activation.y + 40} textAnchor="middle" className="caption">
          {activation.caption}
        </text>
      </g>
      <g className={fires ? 'node output fires' : 'node output'}>
        <circle cx={output.x} cy={output.y} r={22} />
        <text x={output.x} y={output.y + 4} textAnchor="middle">
          {output.label}
        </text>
        <text x={output.x} y={output.y - 30} textAnchor="middle" className="caption">
          {fires ? 'fires' : 'silent'}
        </text>
      </g>
    </svg>
  );
}
