/** The train package's catalogs: the course's experiments and the datasets. */
import { DATASET_CATALOG, DIGITS_INFO, EXPERIMENT_CATALOG } from '@actlab/train';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { encodeDeep } from '../numbers.js';
import { DatasetList, ExperimentList } from '../schemas/catalog.js';
import { ERROR_RESPONSES } from '../schemas/common.js';
import type { TrainBody } from '../schemas/train.js';

/** GET /v1/experiments and GET /v1/datasets. */
export const catalogRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Both catalogs are constant: encode them once.
  const experiments = {
    // Presets hold only finite numbers; the free-form defaults are encoded to be safe.
    experiments: EXPERIMENT_CATALOG.map((e) => ({
      ...e,
      defaults: encodeDeep(e.defaults),
      // The same data; the schema's static type merely has mutable arrays.
      preset: e.preset as unknown as TrainBody,
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
