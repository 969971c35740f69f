/**
 * The softmax page's state and its URL form: `/softmax?logits=2.33,-1.46,0.56&t=1&true=0`. The
 * true class is a 0-based index in the URL (class 1 on screen is `true=0`). Reading never throws:
 * whatever a link holds that cannot be used falls back to the course's example, and the page says so.
 */
import { formatParam, numberListParam, numberParam } from '../lib/query.js';
import { finiteNumber } from '../lib/typed-number.js';
import type { QueryPatch } from '../lib/url-state.js';

/** The course's worked example: raw scores 2.33, -1.46, 0.56 give 83.83%, 1.89%, 14.28%. */
export const COURSE_LOGITS: readonly number[] = [2.33, -1.46, 0.56];
/** The course's naive-normalization example: 5, 3, 2, 5 over their sum 15. */
export const COURSE_SCORES: readonly number[] = [5, 3, 2, 5];

/** Fewest classes: with one, softmax is always 100% and there is nothing to compare. */
export const MIN_CLASSES = 2;
/** Most classes (the bars and tables stay readable on a phone). */
export const MAX_CLASSES = 8;
/** Largest |logit| accepted: room for the logits-of-1000 demonstration and well beyond. */
const LOGIT_LIMIT = 100_000;
/** Temperature range and default. */
export const TEMPERATURE = { min: 0.1, max: 10, step: 0.1, default: 1 } as const;

/** Everything the softmax page shows, read from the URL. */
export interface SoftmaxState {
  /** The logits z_i (raw scores), one per class. */
  readonly logits: readonly number[];
  /** Temperature T: softmax(z / T). */
  readonly temperature: number;
  /** Index of the true class for cross-entropy, 0-based. */
  readonly trueClass: number;
  /** What the URL held that could not be used, empty when all was fine. */
  readonly problems: readonly string[];
}

/** Why `logit` cannot be used, or null when it can. `label` names it in the message. */
export function logitProblem(text: string, label: string): string | null {
  const n = finiteNumber(text);
  if (n === undefined) return `${label} must be a number`;
  if (Math.abs(n) > LOGIT_LIMIT) {
    return `${label} must be between −${LOGIT_LIMIT} and ${LOGIT_LIMIT}`;
  }
  return null;
}

/** The state in `query`, with the course's example for whatever is missing or unusable. */
export function readSoftmaxState(query: URLSearchParams): SoftmaxState {
  const problems: string[] = [];
  let logits = numberListParam(query.get('logits'), COURSE_LOGITS);
  const usable =
    logits.length >= MIN_CLASSES &&
    logits.length <= MAX_CLASSES &&
    logits.every((z) => Math.abs(z) <= LOGIT_LIMIT);
  const raw = query.get('logits');
  if (!usable || (raw !== null && raw.trim() !== '' && raw.split(',').some((s) => !isNum(s)))) {
    if (raw !== null) {
      problems.push(
        `the logits "${raw}" are not ${MIN_CLASSES} to ${MAX_CLASSES} numbers within ±${LOGIT_LIMIT}, so the course's example is shown`,
      );
    }
    logits = [...COURSE_LOGITS];
  }
  let temperature = numberParam(query.get('t'), TEMPERATURE.default);
  if (temperature < TEMPERATURE.min || temperature > TEMPERATURE.max) {
    problems.push(`the temperature must be between ${TEMPERATURE.min} and ${TEMPERATURE.max}`);
    temperature = TEMPERATURE.default;
  }
  let trueClass = numberParam(query.get('true'), 0);
  if (!Number.isInteger(trueClass) || trueClass < 0 || trueClass >= logits.length) {
    problems.push(`the true class must be one of classes 1 to ${logits.length}`);
    trueClass = 0;
  }
  return { logits, temperature, trueClass, problems };
}

function isNum(s: string): boolean {
  return s.trim() !== '' && Number.isFinite(Number(s));
}

/** The URL patch for new logits, moving the true class back into range when classes went away. */
export function logitsPatch(logits: readonly number[], trueClass: number): QueryPatch {
  const patch: Record<string, string> = { logits: logits.map(formatParam).join(',') };
  if (trueClass >= logits.length) patch.true = String(logits.length - 1);
  return patch;
}

/**
 * The logits moved up by 1000 (tidied to 12 significant digits so 2.33 + 1000 reads 1002.33):
 * softmax only sees differences, so the stable answer must not change while the naive one breaks.
 */
export function shiftedBy1000(logits: readonly number[]): number[] {
  return logits.map((z) => Number((z + 1000).toPrecision(12)));
}
