/**
 * Schemas of the export routes: which framework to write an activation for, and the code that
 * answers. The target list is @actlab/export's own array, so a new target appears without an edit.
 */
import { EXPORT_TARGETS } from '@actlab/export';
import { Type } from 'typebox';
import { parameterQueryOptions } from './activation.js';
import { FormulaBody } from './formula.js';

/** The framework to export to. */
const Target = Type.Enum(EXPORT_TARGETS, {
  description: `The framework to write code for: one of ${EXPORT_TARGETS.join(', ')}.`,
});

/** Query of GET /v1/activations/:id/export: the target and parameters by name. */
export const ExportQuery = Type.Object({ to: Target }, parameterQueryOptions(1));

/** Body of POST /v1/formulas/export. */
export const FormulaExportBody = Type.Object(
  { ...FormulaBody.properties, to: Target },
  {
    additionalProperties: false,
    examples: [
      { formula: 'x * sigmoid(beta * x); beta = 1.702', params: { beta: 2 }, to: 'pytorch' },
    ],
  },
);

/** The code of an activation in another framework. */
export const ExportedCode = Type.Object(
  {
    target: Target,
    language: Type.String({ description: 'The language of `code`, e.g. `python`.' }),
    functionName: Type.String({
      description:
        'The function to call: the catalog id (camelCase in JavaScript) or custom_activation / ' +
        'customActivation for a formula. It takes the input first, then the parameters, whose ' +
        'defaults are the values exported.',
    }),
    code: Type.String({ description: 'The definitions, without the import lines.' }),
    imports: Type.Array(Type.String(), {
      description: 'The import lines the code needs, in order.',
    }),
  },
  {
    $id: 'ExportedCode',
    title: 'ExportedCode',
    examples: [
      {
        target: 'pytorch',
        language: 'python',
        functionName: 'gelu',
        code:
          'def gelu(x):\n    """GELU, as actlab defines it."""\n    return F.gelu(x)\n\n\n' +
          'class Gelu(nn.Module):\n    """GELU as an nn.Module."""\n\n    def forward(self, x):\n' +
          '        return gelu(x)',
        imports: ['import torch.nn.functional as F', 'from torch import nn'],
      },
    ],
  },
);
