/**
 * The network's shape: hidden layers and their units (TensorFlow Playground's + and - buttons),
 * each layer's activation with its parameters, the output layer and the loss, and the diagram of
 * nodes and weights.
 */
import { LOSSES } from '@actlab/train';
import { useCallback } from 'react';
import { Canvas } from '../../components/Canvas.js';
import type { Palette } from '../../lib/theme.js';
import type { LayerActivation } from '../activation-choice.js';
import { drawNetworkDiagram } from '../draw/network-diagram.js';
import type { DataMessage, Snapshot } from '../protocol.js';
import type { PlaygroundSettings } from '../settings.js';
import { MAX_LAYERS, MAX_UNITS, taskDefaults } from '../settings.js';
import { ActivationField } from './ActivationField.js';
import { Select } from './Select.js';

/** Props of NetworkPanel. */
export interface NetworkPanelProps {
  readonly settings: PlaygroundSettings;
  readonly onChange: (patch: Partial<PlaygroundSettings>) => void;
  readonly data?: DataMessage;
  readonly snapshot?: Snapshot;
}

const EMPTY = new Float32Array(0);

/** What the default output and loss are, by the default loss of the dataset's task. */
const LOSS_HINTS: Readonly<Record<string, string>> = {
  cross_entropy: 'Three classes: softmax output with cross-entropy.',
  binary_cross_entropy: 'Two classes: sigmoid output with binary cross-entropy by default.',
  mse: 'A value to predict: linear output with mean squared error by default.',
};

/** The diagram's inputs in words, e.g. `3 inputs (x1², x2², x1·x2)`. */
function inputWords(names: readonly string[] | undefined): string {
  if (!names) return '2 inputs';
  return `${names.length} input${names.length === 1 ? '' : 's'} (${names.join(', ')})`;
}

/** The network controls and diagram. */
export function NetworkPanel({ settings, onChange, data, snapshot }: NetworkPanelProps) {
  const { hidden, activations } = settings;
  const defaults = taskDefaults(settings.dataset);
  const setLayer = (i: number, units: number, act: LayerActivation) =>
    onChange({
      hidden: hidden.map((u, j) => (j === i ? units : u)),
      activations: activations.map((a, j) => (j === i ? act : a)),
    });
  const addLayer = () =>
    onChange({
      hidden: [...hidden, 2],
      activations: [
        ...activations,
        activations[activations.length - 1] ?? { id: 'tanh', params: {} },
      ],
    });
  const removeLayer = () =>
    onChange({ hidden: hidden.slice(0, -1), activations: activations.slice(0, -1) });
  const draw = useCallback(
    (ctx: CanvasRenderingContext2D, w: number, h: number, palette: Palette) => {
      if (!data) return;
      drawNetworkDiagram(ctx, w, h, palette, {
        shape: data.shape,
        activations: data.activations,
        weights: snapshot?.generation === data.generation ? snapshot.weights : [],
        thumbnails: snapshot?.generation === data.generation ? snapshot.thumbnails : EMPTY,
        thumbSize: snapshot?.thumbSize ?? 0,
        inputNames: data.inputNames,
      });
    },
    [data, snapshot],
  );
  const layerWord = (n: number) => `${n} hidden layer${n === 1 ? '' : 's'}`;
  return (
    <section className="panel pg-panel" aria-labelledby="pg-network">
      <h2 id="pg-network">Network</h2>
      <div className="field-row pg-stepper">
        <button
          type="button"
          onClick={removeLayer}
          disabled={hidden.length === 0}
          aria-label="Remove a hidden layer"
        >
          −
        </button>
        <span aria-live="polite">{layerWord(hidden.length)}</span>
        <button
          type="button"
          onClick={addLayer}
          disabled={hidden.length >= MAX_LAYERS}
          aria-label="Add a hidden layer"
        >
          +
        </button>
      </div>
      <Canvas
        draw={draw}
        height={230}
        label={`Network diagram: ${inputWords(data?.inputNames)}, ${hidden.join(', ') || 'no'} hidden units, one output layer. Lines are weights: thicker for larger, solid for positive, dashed for negative. Each square shows what that node computes over the plane.`}
      />
      <div className="pg-layers">
        {hidden.map((units, i) => (
          <fieldset key={i} className="pg-layer">
            <legend>Hidden layer {i + 1}</legend>
            <div className="field-row pg-stepper">
              <button
                type="button"
                onClick={() => setLayer(i, units - 1, activations[i] as LayerActivation)}
                disabled={units <= 1}
                aria-label={`Fewer units in hidden layer ${i + 1}`}
              >
                −
              </button>
              <span>
                {units} unit{units === 1 ? '' : 's'}
              </span>
              <button
                type="button"
                onClick={() => setLayer(i, units + 1, activations[i] as LayerActivation)}
                disabled={units >= MAX_UNITS}
                aria-label={`More units in hidden layer ${i + 1}`}
              >
                +
              </button>
            </div>
            <ActivationField
              label={`Activation of hidden layer ${i + 1}`}
              value={activations[i] as LayerActivation}
              onChange={(act) => setLayer(i, units, act)}
            />
          </fieldset>
        ))}
      </div>
      <fieldset className="pg-layer">
        <legend>Output layer</legend>
        <ActivationField
          label="Output activation"
          value={settings.output ?? { id: defaults.output, params: {} }}
          onChange={(output) => onChange({ output })}
        />
        <Select
          label="Loss"
          value={settings.loss ?? defaults.loss}
          choices={LOSSES.map((l) => ({ value: l.id, label: l.name }))}
          onChange={(loss) => onChange({ loss: loss as PlaygroundSettings['loss'] })}
          hint={LOSS_HINTS[defaults.loss] ?? ''}
        />
      </fieldset>
    </section>
  );
}
