/** Routes over a model sent in the request: prediction and gradients. */
import { encodeDeep, encodeNumbers } from '@actlab/format';
import { gradients } from '@actlab/train';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Limits } from '../limits.js';
import { gradientsCost, predictCost } from '../cost.js';
import { checkBinaryTargets, predict, readModel } from '../predict.js';
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
  '`model.layers[i].activation` with its `position`. Every row of weights must have as many ' +
  'entries as the layer has inputs (422 INVALID_MODEL, checked before anything is allocated). ' +
  'Before any work: the rows are limited (10,000 by default, 413 TOO_MANY_ROWS), rows x ' +
  '(parameters + formula work) too (50,000,000 work units, 422 WORK_LIMIT), and the answer ' +
  '(predict: rows x outputs; gradients: parameters + 1) to 200,000 numbers (about 5 MB, 413 ' +
  'ANSWER_TOO_LARGE); each problem states the count and the limit.';

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
      const { network } = readModel(model, inputs.length, limits, predictCost);
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
      const { json } = readModel(model, inputs.length, limits, gradientsCost);
      checkBinaryTargets(loss, targets, 'targets');
      return encodeDeep(gradients(json, inputs, targets, loss));
    },
  );
};
