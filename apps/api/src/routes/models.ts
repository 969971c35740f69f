/** Routes over a model sent in the request: prediction and gradients. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AnswerPool } from '../answer-pool.js';
import { answerRequest } from '../answer-pool.js';
import { modelIsLarge } from '../answers.js';
import type { Limits } from '../limits.js';
import { BODY_ERROR_RESPONSES } from '../schemas/common.js';
import { GradientsBody, GradientsResult, PredictBody, PredictResult } from '../schemas/model.js';

/** Options of the model routes. */
export interface ModelRouteOptions {
  /** Row and work limits. */
  readonly limits: Limits;
  /** Where large answers are built. */
  readonly answers: AnswerPool;
}

/** What both routes say about the model's activations and the limits (those in force). */
function modelNote(limits: Limits): string {
  const n = (value: number) => value.toLocaleString('en-US');
  return (
    'A layer may use a typed formula as its activation (`"activation": "formula: x * ' +
    'sigmoid(x)"`); one that does not parse is a 422 INVALID_FORMULA naming ' +
    '`model.layers[i].activation` with its `position`. Every row of weights must have as many ' +
    'entries as the layer has inputs (422 INVALID_MODEL, checked before anything is allocated). ' +
    `Before any work: the rows are limited (${n(limits.maxRows)}, 413 TOO_MANY_ROWS), rows x ` +
    `(parameters + formula work) too (${n(limits.maxForwardWork)} work units, 422 WORK_LIMIT), ` +
    `and the answer (predict: rows x outputs; gradients: parameters + 1) to ` +
    `${n(limits.maxAnswerNumbers)} numbers (413 ANSWER_TOO_LARGE); each problem states the count ` +
    'and the limit. Large answers are built off the event loop; when too many wait, 503 BUSY ' +
    'with Retry-After.'
  );
}

/** POST /v1/predict and POST /v1/gradients. */
export const modelRoutes: FastifyPluginAsyncTypebox<ModelRouteOptions> = async (
  app,
  { limits, answers },
) => {
  const MODEL_NOTE = modelNote(limits);
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
    async (request, reply) => {
      const { model, inputs } = request.body;
      const large = modelIsLarge(model, inputs.length);
      return answerRequest(answers, request, reply, 'predict', { model, inputs }, large);
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
    async (request, reply) => {
      const { model, inputs, targets, loss } = request.body;
      const large = modelIsLarge(model, inputs.length);
      const input = { model, inputs, targets, loss };
      return answerRequest(answers, request, reply, 'gradients', input, large);
    },
  );
};
