/** The decision-boundary pictures of a lesson: one panel per model, with its test accuracy. */
import { useCallback } from 'react';
import { Canvas } from '../components/Canvas.js';
import { formatPercent } from '@actlab/format';
import type { Palette } from '../lib/theme.js';
import type { Boundary } from './boundary.js';
import { CLASS_GLYPHS, drawBoundary } from './boundary-chart.js';

/** Props of BoundaryFigure. */
export interface BoundaryFigureProps {
  readonly boundaries: readonly Boundary[];
}

function BoundaryPanel({ boundary }: { readonly boundary: Boundary }) {
  const draw = useCallback(
    (ctx: CanvasRenderingContext2D, w: number, h: number, palette: Palette) =>
      drawBoundary(ctx, w, h, palette, boundary),
    [boundary],
  );
  const title = `${boundary.dataset}, ${boundary.label}`;
  return (
    <figure className="boundary-panel">
      <figcaption>
        {title}: test accuracy {formatPercent(boundary.accuracy, 1)}
      </figcaption>
      <Canvas
        draw={draw}
        height={220}
        label={`Decision boundary of ${title}; test accuracy ${formatPercent(boundary.accuracy, 1)}`}
      />
      <p className="hint">
        Across: {boundary.featureNames[0]}; up: {boundary.featureNames[1]}.{' '}
        {boundary.classNames
          .map((name, c) => `${CLASS_GLYPHS[c % CLASS_GLYPHS.length]} ${name}`)
          .join('  ')}
      </p>
    </figure>
  );
}

/** Every model's boundary, side by side where there is room. */
export function BoundaryFigure({ boundaries }: BoundaryFigureProps) {
  return (
    <section aria-labelledby="boundary-heading">
      <h2 id="boundary-heading">Decision boundaries</h2>
      <p>
        The tint shows the class each model predicts at every point (stronger where it is surer);
        the marks are the training points, one shape per class.
      </p>
      <div className="boundary-grid">
        {boundaries.map((b) => (
          <BoundaryPanel key={`${b.dataset} ${b.label}`} boundary={b} />
        ))}
      </div>
    </section>
  );
}
