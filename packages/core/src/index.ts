/**
 * @actlab/core: every activation that PyTorch, Keras and TensorFlow.js ship, plus the course's
 * binary step and thresholded ReLU, each exact in float64 with its analytic derivative.
 *
 * The public surface is this explicit list; everything else is internal.
 */
export type {
  Activation,
  ActivationGain,
  ActivationId,
  ActivationInfo,
  ActivationProperties,
  FormulaId,
  FrameworkName,
  Interval,
  Kink,
  ParamSpec,
  Params,
  ScalarActivation,
  ScalarId,
  VectorActivation,
  VectorId,
} from './activation.js';
export { SCALAR_IDS, VECTOR_IDS } from './activation.js';
export { catalog } from './catalog/catalog.js';
export type { Curve, CurveOptions, SaturationOptions, Zone } from './curve.js';
export { MAX_CURVE_POINTS, sampleCurve, saturationZones } from './curve.js';
export type { ActlabErrorCode, ActlabErrorDetails } from './errors.js';
export { ACTLAB_ERROR_CODES, ActlabError, isActlabError } from './errors.js';
export type { ParamProblem, ParamProblemKind } from './params.js';
export { formatRange } from './params.js';
export { MAX_SUGGESTION_INPUT, closest as closestNames, quoteInput } from './suggest.js';
export {
  activation,
  activationInfo,
  findActivationId,
  isScalarId,
  isVectorId,
  paramProblems,
  resolveActivationId,
  suggestIds,
} from './registry.js';
export type {
  ActivationDerivativeNode,
  ActivationNode,
  AnyNode,
  BinaryNode,
  BinaryOp,
  CallNode,
  CompareNode,
  CompareOp,
  ConstantName,
  ConstantNode,
  ElementaryName,
  FormulaNode,
  NegateNode,
  NumberNode,
  ParamNode,
  Span,
  VariableNode,
  WhereNode,
} from './formula/ast.js';
export { ELEMENTARY_ARITY, formulaChildren } from './formula/ast.js';
export type {
  EstimatedProperties,
  FormulaActivation,
  FormulaDefinition,
  FormulaDescription,
} from './formula/types.js';
export { FORMULA_PREFIX, MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH } from './formula/types.js';
export { customActivation, describeFormula, isFormulaId } from './formula/custom.js';
export { differentiate } from './formula/differentiate.js';
export { formulaLatex } from './formula/latex.js';
export { FORMULA_FUNCTIONS } from './formula/names.js';
export { parseFormula } from './formula/parse.js';
export { printFormula } from './formula/print.js';
export type {
  DepthPrediction,
  DepthProfile,
  FixedPoint,
  MeanField,
  MeanFieldInit,
  MeanFieldPhase,
} from './meanfield/mean-field.js';
export { EDGE_TOLERANCE, meanField, predictDepth } from './meanfield/mean-field.js';
export type { ExpectationOptions, QuadratureRule } from './meanfield/quadrature.js';
export { MAX_HERMITE_POINTS, gaussHermite, gaussianExpectation } from './meanfield/quadrature.js';
export { varianceGain } from './meanfield/gain.js';
export type { ShapeAt } from './shape-at.js';
export { SHAPED_IDS, shapeAt } from './shape-at.js';
export type { DerivationStep, SoftmaxComputation, SoftmaxTerm } from './derivations.js';
export {
  sigmoidDerivation,
  sigmoidSlope,
  softmaxComputation,
  softmaxOfTwo,
} from './derivations.js';
