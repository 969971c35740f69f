import { EXPERIMENT_IDS } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { LESSONS, lessonById, lessonIdFromPath, lessonPath } from './catalog.js';

describe('the lesson catalog', () => {
  it('has a lesson for every experiment, in course order', () => {
    expect(LESSONS.map((l) => l.id)).toEqual(EXPERIMENT_IDS);
  });

  it('maps paths to lesson ids and back', () => {
    expect(lessonIdFromPath('/lessons')).toBeUndefined();
    expect(lessonIdFromPath('/lessons/')).toBeUndefined();
    expect(lessonIdFromPath('/lessons/digits')).toBe('digits');
    expect(lessonIdFromPath('/lessons/linear-collapse/')).toBe('linear-collapse');
    expect(lessonIdFromPath(lessonPath('vanishing-gradient'))).toBe('vanishing-gradient');
    expect(lessonById('nope')).toBeUndefined();
    expect(lessonById('digits')?.title).toBe('Digit recognition');
  });
});
