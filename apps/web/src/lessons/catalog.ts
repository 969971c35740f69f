/**
 * The lessons are @actlab/train's experiments, one page each at /lessons/<id>, in the order of the
 * course. This module maps paths to experiments and says which lessons the browser runs as the
 * package does (all but digits, whose data comes from the compact subset instead).
 */
import type { ExperimentInfo } from '@actlab/train';
import { EXPERIMENT_CATALOG } from '@actlab/train';

/** The path of the lesson list. */
export const LESSONS_PATH = '/lessons';

/** The digits lesson trains in the browser on the compact subset. */
export const DIGITS_ID = 'digits';

/** Every lesson, in course order. */
export const LESSONS: readonly ExperimentInfo[] = EXPERIMENT_CATALOG;

/** The path of a lesson's page. */
export function lessonPath(id: string): string {
  return `${LESSONS_PATH}/${encodeURIComponent(id)}`;
}

/** The lesson id in a path: undefined for the list itself (`/lessons`), else the segment after it. */
export function lessonIdFromPath(pathname: string): string | undefined {
  const rest = pathname.replace(/\/+$/, '').slice(LESSONS_PATH.length + 1);
  if (rest === '') return undefined;
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

/** The lesson with this id, or undefined. */
export function lessonById(id: string): ExperimentInfo | undefined {
  return LESSONS.find((l) => l.id === id);
}
