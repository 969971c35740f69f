/** The train package's catalogs: the course's experiments and the datasets. */
import { encodeDeep, encodeRecord } from '@actlab/format';
import type { ActivationChoice, RunRequest } from '@actlab/train';
import {
  DATASET_CATALOG,
  DIGITS_INFO,
  EXPERIMENT_CATALOG,
  LOSS_IDS,
  checkFeatures,
} from '@actlab/train';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ExperimentPreset } from '../schemas/catalog.js';
import { DatasetList, ExperimentList } from '../schemas/catalog.js';
import { ERROR_RESPONSES } from '../schemas/common.js';

/** An activation choice as the wire writes it (its parameters encoded). */
function wireChoice(choice: ActivationChoice) {
  if (typeof choice === 'string') return choice;
  return choice.params ? { id: choice.id, params: encodeRecord(choice.params) } : { id: choice.id };
}

/** A preset as a POST /v1/train body: the same fields, arrays copied, parameters encoded. */
function presetBody(preset: RunRequest): ExperimentPreset {
  const { hidden, activation, output, inputs, loss, ...rest } = preset;
  const choices: ActivationChoice | readonly ActivationChoice[] = activation;
  // Presets name valid ids (train's tests run every one): these give them their id types.
  const lossId = LOSS_IDS.find((id) => id === loss);
  return {
    ...rest,
    hidden: [...hidden],
    activation:
      typeof choices === 'object' && 'length' in choices
        ? choices.map(wireChoice)
        : wireChoice(choices),
    ...(output !== undefined ? { output: wireChoice(output) } : {}),
    ...(lossId !== undefined ? { loss: lossId } : {}),
    ...(inputs !== undefined ? { inputs: [...checkFeatures(inputs)] } : {}),
  };
}

/** GET /v1/experiments and GET /v1/datasets. */
export const catalogRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Both catalogs are constant: encode them once.
  const experiments = {
    // The free-form defaults are encoded to be safe; a preset's numbers are checked by its type.
    experiments: EXPERIMENT_CATALOG.map((e) => ({
      ...e,
      defaults: encodeDeep(e.defaults),
      preset: presetBody(e.preset),
    })),
  };
  const datasets = {
    datasets: [
      ...DATASET_CATALOG.map((info) => ({ ...info, trainable: true })),
      // Digits load from disk and train for minutes: listed, but not offered to POST /v1/train.
      { ...DIGITS_INFO, trainable: false },
    ].map((info) => ({ ...info, options: encodeDeep(info.options) })),
  };

  app.get(
    '/v1/experiments',
    {
      schema: {
        summary: "The course's experiments with their explanation and defaults",
        response: { 200: ExperimentList, ...ERROR_RESPONSES },
      },
    },
    async () => experiments,
  );

  app.get(
    '/v1/datasets',
    {
      schema: {
        summary: 'The datasets and their options',
        response: { 200: DatasetList, ...ERROR_RESPONSES },
      },
    },
    async () => datasets,
  );
};
