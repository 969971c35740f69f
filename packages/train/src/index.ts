/**
 * @actlab/train: small multilayer perceptrons trained by explicit backpropagation on
 * @actlab/core's exact derivatives, their datasets, and the course's lessons as experiments.
 */
export type { TrainErrorCode } from './errors.js';
export { TRAIN_ERROR_CODES, TrainError, isTrainError } from './errors.js';
export type { FeatureId, FeatureInfo } from './features.js';
export {
  DEFAULT_FEATURES,
  FEATURES,
  FEATURE_IDS,
  checkFeatures,
  featureDataset,
  featureInfo,
  featureRows,
  isFeatureId,
} from './features.js';
export type { GradientCheck, GradientResult, LayerGradient } from './gradients.js';
export { checkGradients, gradients } from './gradients.js';
export type { InitId } from './init.js';
export { INIT_IDS, MAX_INIT_GAIN } from './init.js';
export type { LossId, LossInfo } from './loss.js';
export { LOSSES, LOSS_IDS } from './loss.js';
export type { Histogram, HistoryEntry, LayerMetrics, Metrics } from './metrics.js';
export { historyEntry } from './metrics.js';
export type { LayerJson, ModelJson } from './model-json.js';
export { MODEL_FORMAT, modelFromJson, modelToJson } from './model-json.js';
export type { Layer, LayerShape, LayerSpec, Network } from './network.js';
export { createNetwork, layerShapes, parameterCount, shapeParameterCount } from './network.js';
export { forwardRows } from './forward-batch.js';
export type { OptimizerConfig, OptimizerId, RegularizationConfig } from './optimizer.js';
export { OPTIMIZER_IDS, REGULARIZATION_TYPES } from './optimizer.js';
export type { RunCheck } from './plan.js';
export { TASK_DEFAULTS, checkRun, planRun } from './plan.js';
export type { RunShape, TrainingCost } from './cost.js';
export {
  DEFAULT_BATCH_SIZE,
  MAX_TEST_FRACTION,
  describeCost,
  evaluationCount,
  trainingCost,
} from './cost.js';
export type { SessionOptions, Session, SliceResult } from './session.js';
export { createSession } from './session.js';
export type { TrainAnswer } from './answer.js';
export type { Divergence } from './answer.js';
export { divergence, foldStandardization, trainAnswer } from './answer.js';
export type { Score } from './evaluate.js';
export { scoreDataset } from './evaluate.js';
export { layerDiagnostics } from './diagnostics.js';
export type { Grid } from './predict.js';
export { gridInputs, predict, predictGrid } from './predict.js';
export { planeExtent, planeGrid } from './plane.js';
export type {
  ActivationChoice,
  PlanOptions,
  RunRequest,
  TrainPlan,
  TrainRequest,
} from './request.js';
export { MAX_EPOCHS } from './request.js';
export type { Rng } from './rng.js';
export { createRng } from './rng.js';
export type { CancelSignal, RunOptions, RunResult, SessionRunOptions } from './run.js';
export { runSession, runTrainer, train } from './run.js';
export type { TrainConfig, TrainData, Trainer } from './trainer.js';
export { createTrainer } from './trainer.js';
export type {
  Dataset,
  DatasetInfo,
  DatasetName,
  DatasetOptionInfo,
  DigitsOptions,
  Standardization,
  StandardizedSplit,
  Task,
  TrainTestSplit,
} from './datasets/index.js';
export {
  DATASET_CATALOG,
  DATASET_NAMES,
  DIGITS_INFO,
  dataset,
  datasetInfo,
  gaussSurface,
  loadDigits,
  multiGauss,
  plane,
  planeSurface,
  splitDataset,
  standardize,
  standardizeInputs,
  TASKS,
} from './datasets/index.js';
export type { CoursePlace, CourseSection } from './experiments/course.js';
export { COURSE_SECTIONS } from './experiments/course.js';
export type {
  Experiment,
  ExperimentInfo,
  ExperimentOptions,
  ExperimentOutcome,
  FitCurve,
  Series,
} from './experiments/experiment.js';
export {
  EXPERIMENTS,
  EXPERIMENT_CATALOG,
  EXPERIMENT_IDS,
  experiment,
  runExperiment,
} from './experiments/registry.js';
export type { ActivationRaceOptions } from './experiments/activation-race.js';
export { MAX_RACE_CONTENDERS, runActivationRace } from './experiments/activation-race.js';
export type {
  BackpropTrace,
  TraceLayer,
  TracePhase,
  TraceRequest,
  TraceStep,
  TraceUnit,
} from './backprop/trace.js';
export { TRACE_LIMITS, backpropTrace } from './backprop/trace.js';
export type { DepthCurves, DepthInit, DepthRequest, DepthResult } from './depth/signal.js';
export type { DepthDraws } from './depth/draws.js';
export { createDepthDraws } from './depth/draws.js';
export { DEPTH_LIMITS, defaultDepthBatch, signalPropagation } from './depth/signal.js';
