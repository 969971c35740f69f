/** Schemas of the train package's catalogs: experiments and datasets. */
import { TASKS } from '@actlab/train';
import { Type } from 'typebox';
import type { Static } from 'typebox';
import { WireNumber } from './common.js';
import { TrainBody } from './train.js';

/**
 * An experiment's preset run: a POST /v1/train body without `experiment`, whose dataset may also
 * be one that is listed but not trainable here (the digits).
 */
export const ExperimentPreset = Type.Object(
  {
    // Overriding `dataset` keeps its place among the body's fields.
    ...Type.Omit(TrainBody, ['experiment']).properties,
    dataset: Type.String({ description: 'A name from GET /v1/datasets.' }),
  },
  {
    description:
      'The one run that shows the lesson best, as a POST /v1/train body (`{ "experiment": id }` ' +
      'runs it; the digits are not trainable over HTTP).',
  },
);

/** An experiment's preset as it is answered. */
export type ExperimentPreset = Static<typeof ExperimentPreset>;

/** One experiment: a lesson of the course with its default configuration. */
const ExperimentInfo = Type.Object({
  id: Type.String(),
  title: Type.String(),
  lesson: Type.String({ description: "The course's point, in one line." }),
  explanation: Type.String(),
  defaults: Type.Record(Type.String(), Type.Unknown(), {
    description: 'The default configuration as plain data.',
  }),
  preset: ExperimentPreset,
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
const DatasetInfo = Type.Object({
  name: Type.String(),
  title: Type.String({ description: 'A short name to show, e.g. "Two spirals".' }),
  task: Type.Enum(TASKS),
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
