/**
 * The output heatmap with the data over it. Clicking adds a training point of the chosen class
 * where you click; the form under it does the same from the keyboard. A regression set shows its
 * predicted value instead, with a legend of the scale, and takes no added points.
 */
import type { MouseEvent } from 'react';
import { useCallback, useId, useState } from 'react';
import { Canvas } from '../../components/Canvas.js';
import type { Palette } from '../../lib/theme.js';
import type { CustomPoint } from '../custom-points.js';
import { MAX_CUSTOM_POINTS, roundPoint } from '../custom-points.js';
import { drawDecisionMap, mapFrame, pointAt } from '../draw/decision-map.js';
import { drawValueLegend } from '../draw/value-legend.js';
import type { DataMessage, Snapshot } from '../protocol.js';

/** Props of DecisionMap. */
export interface DecisionMapProps {
  readonly data?: DataMessage;
  readonly snapshot?: Snapshot;
  readonly showTest: boolean;
  /** Colour by predicted class only. */
  readonly discrete: boolean;
  readonly onDiscrete: (discrete: boolean) => void;
  readonly custom: readonly CustomPoint[];
  readonly onCustom: (points: readonly CustomPoint[]) => void;
}

/** Class names with the shape and colour that show them. */
const CLASS_NAMES = [
  'class 0 (orange circle)',
  'class 1 (blue square)',
  'class 2 (green triangle)',
];

const HEIGHT = 340;

/** The heatmap, its legend and the add-a-point controls. */
export function DecisionMap(props: DecisionMapProps) {
  const { data, snapshot, showTest, discrete, custom, onCustom } = props;
  const id = useId();
  const [label, setLabel] = useState(1);
  const [x, setX] = useState('0');
  const [y, setY] = useState('0');
  const classes = data?.classes ?? 2;
  const regression = data?.task === 'regression';
  const extent = data?.extent ?? 6;
  const full = custom.length >= MAX_CUSTOM_POINTS;
  const add = (point: CustomPoint) => {
    if (!full) onCustom([...custom, roundPoint(point)]);
  };
  const current =
    snapshot && data && snapshot.generation === data.generation ? snapshot : undefined;
  const draw = useCallback(
    (ctx: CanvasRenderingContext2D, w: number, h: number, palette: Palette) => {
      if (!data) return;
      drawDecisionMap(ctx, w, h, palette, {
        ...(current ? { heatmap: current.heatmap } : {}),
        gridSize: current?.gridSize ?? 0,
        units: current?.units ?? 1,
        classes: data.classes,
        extent: data.extent,
        train: data.train,
        test: data.test,
        showTest,
        discrete,
        regression: data.task === 'regression',
        customCount:
          data.task === 'regression' ? 0 : Math.min(custom.length, data.train.labels.length),
      });
    },
    [data, current, showTest, discrete, custom.length],
  );
  const onClick = (event: MouseEvent<HTMLCanvasElement>) => {
    if (regression) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const frame = mapFrame(rect.width, HEIGHT);
    const p = pointAt(frame, extent, event.clientX - rect.left, event.clientY - rect.top);
    if (Math.abs(p.x) <= extent && Math.abs(p.y) <= extent) add({ ...p, label });
  };
  const choices = CLASS_NAMES.slice(0, classes);
  const [xName, yName] = data?.featureNames ?? ['x1', 'x2'];
  if (regression) {
    return (
      <div className="pg-map">
        <Canvas
          draw={draw}
          height={HEIGHT}
          className="pg-map-canvas"
          label={`Regression map: the network's predicted value over the plane, ${xName} across and ${yName} up, from ${-extent} to ${extent}. Orange is -1, the background 0, blue 1; each point is coloured by its target value, training points filled and test points outlined.`}
        />
        <Canvas
          draw={drawValueLegend}
          height={26}
          label="Colour scale: orange at -1, background at 0, blue at 1."
          data-testid="value-legend"
        />
        <p className="hint">
          Across: {xName}; up: {yName}. Colour shows the value, from orange (-1) to blue (1); filled
          circles are training points, outlined circles test points.
        </p>
        <label className="pg-check">
          <input
            type="checkbox"
            checked={discrete}
            onChange={(e) => props.onDiscrete(e.target.checked)}
          />
          Show only the predicted sign (no shading for size)
        </label>
      </div>
    );
  }
  return (
    <div className="pg-map">
      <Canvas
        draw={draw}
        height={HEIGHT}
        onClick={onClick}
        className="pg-map-canvas"
        label={`Decision map: the network's prediction over the plane, ${xName} across and ${yName} up, from ${-extent} to ${extent}. Background colour shows the predicted class and how sure the network is; training points are filled, test points outlined; circles are class 0, squares class 1, triangles class 2. Click to add a training point.`}
      />
      <p className="hint">
        Across: {xName}; up: {yName}. Filled marks are training points, outlined marks test points;
        the shape tells the class. Added points are larger.
      </p>
      <label className="pg-check">
        <input
          type="checkbox"
          checked={discrete}
          onChange={(e) => props.onDiscrete(e.target.checked)}
        />
        Show only the predicted class (no shading for how sure)
      </label>
      <fieldset className="pg-add">
        <legend>Add a training point</legend>
        <div className="field-row pg-wrap">
          <label htmlFor={`${id}-c`}>Class</label>
          <select id={`${id}-c`} value={label} onChange={(e) => setLabel(Number(e.target.value))}>
            {choices.map((name, k) => (
              <option key={k} value={k}>
                {name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-x`}>x (across)</label>
          <input
            id={`${id}-x`}
            type="number"
            step="any"
            value={x}
            onChange={(e) => setX(e.target.value)}
          />
          <label htmlFor={`${id}-y`}>y (up)</label>
          <input
            id={`${id}-y`}
            type="number"
            step="any"
            value={y}
            onChange={(e) => setY(e.target.value)}
          />
          <button
            type="button"
            disabled={full || !Number.isFinite(Number(x)) || !Number.isFinite(Number(y))}
            onClick={() => add({ x: Number(x), y: Number(y), label })}
          >
            Add point
          </button>
          <button type="button" disabled={custom.length === 0} onClick={() => onCustom([])}>
            Remove added points ({custom.length})
          </button>
        </div>
        <span className="hint">
          Or click the map. The class chosen here is the one a click adds. The link keeps up to{' '}
          {MAX_CUSTOM_POINTS} added points{full ? ' (full)' : ''}.
        </span>
      </fieldset>
    </div>
  );
}
