/**
 * The plot and its controls: toggles for f and f', zoom buttons, the choice of shaded zones, the
 * canvas (focusable: arrows pan, + and − zoom, 0 resets), a text legend and the cursor readout.
 * Drawing is drawExplorerPlot's; gestures are usePlotGestures'; this only wires them.
 */
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { Canvas } from '../components/Canvas.js';
import type { Palette } from '../lib/theme.js';
import { plotDescription } from './describe.js';
import type { ShownFunction, ShownId } from './params.js';
import type { PlotModel } from './plot-model.js';
import { SATURATION_THRESHOLD, drawExplorerPlot } from './plot-model.js';
import { Legend } from './Legend.js';
import { CursorReadout } from './CursorReadout.js';
import { ZOOM_STEP, usePlotGestures } from './use-plot-gestures.js';
import type { View } from './view.js';
import { viewCentre, zoomView } from './view.js';

/** Height of the plot in CSS pixels (the width follows the column). */
const PLOT_HEIGHT = 360;

/** Props of ExplorerPlot. */
export interface ExplorerPlotProps {
  readonly fns: readonly ShownFunction[];
  readonly model: PlotModel;
  readonly shadeId: ShownId | undefined;
  readonly onView: (view: View) => void;
  readonly onResetView: () => void;
  readonly onToggleCurve: (curve: 'f' | 'df', show: boolean) => void;
  readonly onShade: (id: ShownId | undefined) => void;
  readonly onPick: (x: number) => void;
}

/** The interactive plot with its toolbar, legend and readout. */
export function ExplorerPlot(props: ExplorerPlotProps) {
  const { fns, model, shadeId, onView, onResetView, onToggleCurve, onShade, onPick } = props;
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [cursorX, setCursorX] = useState<number | null>(null);
  const gestures = usePlotGestures(ref, model.view, {
    onView,
    onReset: onResetView,
    onHover: setCursorX,
    onPick,
  });
  const drawModel = useMemo(() => ({ ...model, cursorX: cursorX ?? undefined }), [model, cursorX]);
  const draw = useCallback(
    (ctx: CanvasRenderingContext2D, w: number, h: number, palette: Palette) =>
      drawExplorerPlot(ctx, w, h, palette, drawModel),
    [drawModel],
  );
  const zoom = (factor: number) => {
    const [cx, cy] = viewCentre(model.view);
    onView(zoomView(model.view, factor, cx, cy));
  };
  const names = fns.map((f) => f.info.name);
  const shaded = fns.find((f) => f.id === shadeId);
  return (
    <section aria-labelledby={`${id}-title`} className="explorer-plot">
      <h2 id={`${id}-title`} className="visually-hidden">
        Plot
      </h2>
      <div className="explorer-toolbar" role="toolbar" aria-label="Plot controls">
        <label>
          <input
            type="checkbox"
            checked={model.showF}
            onChange={(e) => onToggleCurve('f', e.target.checked)}
          />{' '}
          f (solid)
        </label>
        <label>
          <input
            type="checkbox"
            checked={model.showDf}
            onChange={(e) => onToggleCurve('df', e.target.checked)}
          />{' '}
          f′ (dashed)
        </label>
        <span className="explorer-zoom">
          <button type="button" onClick={() => zoom(1 / ZOOM_STEP)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => zoom(ZOOM_STEP)} aria-label="Zoom out">
            −
          </button>
          <button type="button" onClick={onResetView}>
            Reset view
          </button>
        </span>
        <label className="explorer-shade">
          Shade where |f′| &lt; {SATURATION_THRESHOLD} for{' '}
          <select
            value={shadeId ?? 'none'}
            onChange={(e) =>
              onShade(e.target.value === 'none' ? undefined : (e.target.value as ShownId))
            }
          >
            {fns.map((f) => (
              <option key={f.id} value={f.id}>
                {f.info.name}
              </option>
            ))}
            <option value="none">nothing</option>
          </select>
        </label>
      </div>
      <div
        ref={ref}
        className="explorer-canvas"
        tabIndex={0}
        role="group"
        aria-label="Plot: drag or use the arrow keys to pan, the wheel or + and − to zoom, 0 to reset, click to pick x"
        aria-describedby={`${id}-keys`}
        {...gestures}
      >
        <Canvas
          draw={draw}
          height={PLOT_HEIGHT}
          label={plotDescription(names, model.showF, model.showDf, model.view)}
        />
      </div>
      <p id={`${id}-keys`} className="hint">
        Drag to pan, scroll or pinch to zoom, click or tap to pick x. With the plot focused: arrow
        keys pan, + and − zoom, 0 resets.
      </p>
      <Legend
        fns={fns}
        showF={model.showF}
        showDf={model.showDf}
        shaded={shaded}
        hasZones={model.zones.length > 0}
      />
      <CursorReadout fns={fns} x={cursorX} />
    </section>
  );
}
