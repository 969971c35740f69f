/**
 * The export routes: an activation of the catalog, or a typed formula, as code for another
 * framework (@actlab/export). JSON by default; with `Accept: text/x-python` (or text/javascript,
 * text/plain) the code alone, imports first, ready to paste.
 */
import { exportActivation } from '@actlab/export';
import type { ExportedCode as Exported, Language } from '@actlab/export';
import { decodeRecord } from '@actlab/format';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readingFormula, readingFormulaField } from '../formula-input.js';
import { queryParams } from '../query-params.js';
import { IdParams } from '../schemas/activation.js';
import {
  BODY_ERROR_RESPONSES,
  ERROR_RESPONSES,
  NOT_FOUND_RESPONSE,
  UNPROCESSABLE_RESPONSE,
} from '../schemas/common.js';
import { ExportQuery, ExportedCode, FormulaExportBody } from '../schemas/export.js';

/** The media type of code in each language (typed: a new language must be given one). */
const CODE_MEDIA_TYPES: Readonly<Record<Language, string>> = {
  python: 'text/x-python',
  javascript: 'text/javascript',
};

/** The media types a client may ask for instead of JSON, in the order they are documented. */
const TEXT_TYPES = ['text/x-python', 'text/javascript', 'text/plain'];

/** The 200 answer: JSON, or the code as text. */
const CODE_RESPONSE = {
  200: {
    description:
      'The code, as JSON, or as text with Accept: text/x-python, text/javascript or text/plain.',
    content: {
      'application/json': { schema: ExportedCode },
      ...Object.fromEntries(TEXT_TYPES.map((type) => [type, { schema: { type: 'string' } }])),
    },
  },
};

/**
 * The text type asked for: the first media range of Accept this route can produce, when it is a
 * text type (JSON, and wildcards, keep the JSON answer).
 */
function textTypeAsked(request: FastifyRequest): string | undefined {
  const ranges = (request.headers.accept ?? '').split(',').map((r) => r.split(';')[0]?.trim());
  const first = ranges.find((r) => r === 'application/json' || TEXT_TYPES.includes(r ?? ''));
  return first === 'application/json' ? undefined : first;
}

/**
 * The code as JSON, or as text when Accept asks for it: imports, a blank line, the definitions,
 * typed as the code's language (text/plain when that is what was asked).
 */
function sendCode(request: FastifyRequest, reply: FastifyReply, code: Exported) {
  const asked = textTypeAsked(request);
  if (asked === undefined) return { ...code, imports: [...code.imports] };
  const media = asked === 'text/plain' ? asked : CODE_MEDIA_TYPES[code.language];
  const text = [...code.imports, ...(code.imports.length > 0 ? [''] : []), code.code].join('\n');
  return reply.type(`${media}; charset=utf-8`).send(text);
}

/** GET /v1/activations/:id/export and POST /v1/formulas/export. */
export const exportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/v1/activations/:id/export',
    {
      schema: {
        summary: 'An activation as code for NumPy, PyTorch, JAX or TensorFlow.js',
        description:
          'Parameters by name in the query (`?to=pytorch&alpha=0.2`) are baked into the code. ' +
          'The id may be a URL-encoded `formula:` id; POST /v1/formulas/export takes one in a body.',
        params: IdParams,
        querystring: ExportQuery,
        response: {
          ...CODE_RESPONSE,
          ...NOT_FOUND_RESPONSE,
          ...UNPROCESSABLE_RESPONSE,
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const params = queryParams(request.query);
      const code = readingFormula('id', () => exportActivation(id, request.query.to, params));
      return sendCode(request, reply, code);
    },
  );

  app.post(
    '/v1/formulas/export',
    {
      schema: {
        summary: 'A typed formula as code for NumPy, PyTorch, JAX or TensorFlow.js',
        description:
          'The formula is written out in the target framework, its declared parameters baked in ' +
          'at the values given. A formula that does not parse is a 422 INVALID_FORMULA with its ' +
          '`position` in `formula`.',
        body: FormulaExportBody,
        response: { ...CODE_RESPONSE, ...BODY_ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { formula, params, to } = request.body;
      const code = readingFormulaField(formula, (name) =>
        exportActivation(name, to, decodeRecord(params)),
      );
      return sendCode(request, reply, code);
    },
  );
};
