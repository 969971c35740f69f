/**
 * POST /v1/backprop: the complete trace of one training step of a small model on one example,
 * as train's `backpropTrace` computes it: every unit's z and a, the loss, dL/da, f'(z), dL/dz,
 * each weight's gradient and update, and the loss after the step, with a narrated step list.
 */
import { encodeDeep } from '@actlab/format';
import type { LossId, ModelJson, TraceRequest } from '@actlab/train';
import { TRACE_LIMITS, backpropTrace } from '@actlab/train';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Limits } from '../limits.js';
import { gradientsCost } from '../cost.js';
import { checkBinaryTargets, readModel } from '../predict.js';
import { BackpropBody, BackpropResult } from '../schemas/backprop.js';
import { BODY_ERROR_RESPONSES } from '../schemas/common.js';

/** Options of the backprop route. */
export interface BackpropRouteOptions {
  /** Work limits (the model's parameters and formula work count as one row of /v1/predict). */
  readonly limits: Limits;
}

/** POST /v1/backprop. */
export const backpropRoutes: FastifyPluginAsyncTypebox<BackpropRouteOptions> = async (
  app,
  { limits },
) => {
  app.post(
    '/v1/backprop',
    {
      schema: {
        summary: 'Every number of one training step of a small network on one example',
        description:
          `For a model of at most ${TRACE_LIMITS.maxInputs} inputs and ${TRACE_LIMITS.maxLayers} ` +
          `layers of ${TRACE_LIMITS.maxUnits} units ` +
          'and one example: forward, each unit z = w.x + b and a = f(z); the loss; backward from ' +
          "the last layer, dL/da, f'(z) and dL/dz = dL/da x f'(z) (for softmax, its " +
          'vector-Jacobian product), dL/dw = dL/dz x input and dL/db; the update ' +
          'w <- w - learningRate x dL/dw; and the loss after the step. The numbers are those of ' +
          'POST /v1/gradients for the same model and example. A bigger model is a 422 ' +
          'INVALID_CONFIG naming the field; a model error names `model.layers[i]...`; a ' +
          'binary_cross_entropy target outside [0, 1] is a 422 INVALID_TARGET naming it.',
        body: BackpropBody,
        response: { 200: BackpropResult, ...BODY_ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { model, input, target, loss, learningRate } = request.body;
      // Validates the model with fields named from the request's root (a formula's position
      // included) and bounds its work, as for one row of /v1/predict.
      const { json } = readModel(model, 1, limits, gradientsCost);
      checkBinaryTargets(loss, target, 'target');
      // readModel has checked the model's shape; train checks the loss id and answers a 422
      // INVALID_CONFIG naming the ids, as for /v1/gradients.
      const traceRequest: TraceRequest = {
        model: json as ModelJson,
        input,
        target,
        loss: loss as LossId,
        learningRate,
      };
      // Train names its fields from the request's root too (`model.layers[1].weights`).
      const { steps, ...numbers } = backpropTrace(traceRequest);
      // The steps hold indices and words only; the numbers may overflow in a diverging step.
      return { ...encodeDeep(numbers), steps };
    },
  );
};
