/** Schemas of the train package's catalogs: experiments and datasets. */
import { Type } from 'typebox';
import { WireNumber } from './common.js';
import { TrainBody } from './train.js';

/** One experiment: a lesson of the course with its default configuration. */
export const ExperimentInfo = Type.Object({
  id: Type.String(),
  title: Type.String(),
  lesson: Type.String({ description: "The course's point, in one line." }),
  explanation: Type.String(),
  defaults: Type.Record(Type.String(), Type.Unknown(), {
    description: 'The default configuration as plain data.',
  }),
  preset: Type.Omit(TrainBody, ['experiment'], {
    description:
      'The one run that shows the lesson best, as a POST /v1/train body (`{ "experiment": id }` ' +
      'runs it; the digits are not trainable over HTTP).',
  }),
});

/** GET /v1/experiments. */
export const ExperimentList = Type.Object({ experiments: Type.Array(ExperimentInfo) });

const DatasetOption = Type.Object({
  name: Type.String(),
  description: Type.String(),
  default: WireNumber,
  min: WireNumber,
  max: WireNumber,
  integer: Type.Boolean(),
  values: Type.Optional(Type.Array(WireNumber)),
});

/** One dataset and the options it takes. */
export const DatasetInfo = Type.Object({
  name: Type.String(),
  task: Type.Union([
    Type.Literal('binary'),
    Type.Literal('multiclass'),
    Type.Literal('regression'),
  ]),
  description: Type.String(),
  inputSize: Type.Integer(),
  outputSize: Type.Integer(),
  options: Type.Array(DatasetOption),
  standardize: Type.Boolean({
    description: 'Whether a run standardizes the inputs by default (raw measurements).',
  }),
  trainable: Type.Boolean({ description: 'Whether POST /v1/train accepts it by name.' }),
});

/** GET /v1/datasets. */
export const DatasetList = Type.Object({ datasets: Type.Array(DatasetInfo) });
