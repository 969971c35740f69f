/**
 * Export and import of the model as actlab.mlp/1 JSON. Import validates with @actlab/train's
 * `modelFromJson` (whose errors name the field at fault) and then reads the settings the model
 * implies: hidden sizes, activations with their parameters, output and loss. A model that does not
 * fit the chosen dataset is refused with a plain message.
 */
import type { ModelJson } from '@actlab/train';
import { modelFromJson } from '@actlab/train';
import { withoutDefaults } from './activation-choice.js';
import type { PlaygroundSettings } from './settings.js';
import { MAX_LAYERS, MAX_UNITS, PLAYGROUND_DATASETS } from './settings.js';

/** An import that worked: the model and the settings it implies. */
export interface ImportResult {
  readonly model: ModelJson;
  readonly settings: PlaygroundSettings;
}

/** The model as pretty JSON, for the download and the text box. */
export function modelText(model: ModelJson): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** Reads `text` as a model for `current`'s dataset, or returns the reason it cannot be used. */
export function importModel(
  text: string,
  current: PlaygroundSettings,
): ImportResult | { readonly error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `This is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  let network: ReturnType<typeof modelFromJson>['network'];
  let loss: ReturnType<typeof modelFromJson>['loss'];
  try {
    ({ network, loss } = modelFromJson(json));
  } catch (error) {
    return {
      error: `This model cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const info = PLAYGROUND_DATASETS.find((d) => d.name === current.dataset);
  const layers = network.layers;
  const output = layers[layers.length - 1] as (typeof layers)[number];
  const inputs = current.inputs.length;
  if (network.inputSize !== inputs) {
    return {
      error: `The model takes ${network.inputSize} inputs; the chosen input features give ${inputs}.`,
    };
  }
  if (info && output.units !== info.outputSize) {
    return {
      error: `The model has ${output.units} output units; ${current.dataset} needs ${info.outputSize}. Choose a matching dataset first.`,
    };
  }
  const hidden = layers.slice(0, -1);
  if (hidden.length > MAX_LAYERS || hidden.some((l) => l.units > MAX_UNITS)) {
    return {
      error: `The playground shows at most ${MAX_LAYERS} hidden layers of ${MAX_UNITS} units.`,
    };
  }
  const choice = (l: (typeof layers)[number]) => ({
    id: l.act.id,
    params: withoutDefaults(l.act.id, l.act.params),
  });
  return {
    model: json as ModelJson,
    settings: {
      ...current,
      hidden: hidden.map((l) => l.units),
      activations: hidden.map(choice),
      output: choice(output),
      loss,
    },
  };
}
