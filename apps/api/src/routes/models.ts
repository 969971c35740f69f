/** Routes over a model sent in the request: prediction and gradients. */
import { encodeDeep, encodeNumbers } from '@actlab/format';
import { gradients } from '@actlab/train';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Limits } from '../limits.js';
import { predict, readModel } from '../predict.js';
import { BODY_ERROR_RESPONSES } from '../schemas/common.js';
import { GradientsBody, GradientsResult, PredictBody, PredictResult } from '../schemas/model.js';

/** Options of the model routes. */
export interface ModelRouteOptions {
  /** Row and work limits. */
  readonly limits: Limits;
}

/** What both routes say about the model's activations and the work limit. */
const MODEL_NOTE =
  'A layer may use a typed formula as its activation (`"activation": "formula: x * ' +
  'sigmoid(x)"`); one that does not parse is a 422 INVALID_FORMULA naming ' +
  '`model.layers[i].activation` with its `position`. rows x (parameters + formula work) is ' +
  'limited (422 WORK_LIMIT), as are the rows (413).';

/** POST /v1/predict and POST /v1/gradients. */
export const modelRoutes: FastifyPluginAsyncTypebox<ModelRouteOptions> = async (
  app,
  { limits },
) => {
  app.post(
    '/v1/predict',
    {
      schema: {
        summary: 'Outputs of a model for input rows',
        description: MODEL_NOTE,
        body: PredictBody,
        response: { 200: PredictResult, ...BODY_ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { model, inputs } = request.body;
      const { network } = readModel(model, inputs.length, limits);
      return { outputs: predict(network, inputs).map((row) => encodeNumbers(row)) };
    },
  );

  app.post(
    '/v1/gradients',
    {
      schema: {
        summary: 'Mean loss of a model on a batch and its gradient for every parameter',
        description: MODEL_NOTE,
        body: GradientsBody,
        response: { 200: GradientsResult, ...BODY_ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { model, inputs, targets, loss } = request.body;
      // Validates the model (fields named from the request's root) and the work limit first.
      const { json } = readModel(model, inputs.length, limits);
      return encodeDeep(gradients(json, inputs, targets, loss));
    },
  );
};
