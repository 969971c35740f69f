/**
 * The course map points only at places that exist: every experiment is in the catalog, every
 * activation resolves at the notes' parameters, ids are unique, and every section has a place.
 */
import { activation } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { COURSE_SECTIONS } from './course.js';
import { EXPERIMENT_CATALOG } from './registry.js';

describe('the course map', () => {
  it('names existing experiments and valid activations, each section somewhere', () => {
    const experiments = new Set(EXPERIMENT_CATALOG.map((e) => e.id));
    for (const section of COURSE_SECTIONS) {
      expect(section.places.length, section.id).toBeGreaterThan(0);
      for (const place of section.places) {
        if (place.kind === 'experiment') expect(experiments.has(place.id), place.id).toBe(true);
        if (place.kind === 'activation')
          expect(() => activation(place.id, place.params)).not.toThrow();
      }
    }
    expect(new Set(COURSE_SECTIONS.map((s) => s.id)).size).toBe(COURSE_SECTIONS.length);
  });

  it('follows the notes: the step first, softmax last, T = 10 and y = 2x + 3 as the notes write them', () => {
    expect(COURSE_SECTIONS[1]?.id).toBe('binary-step');
    expect(COURSE_SECTIONS.at(-1)?.id).toBe('softmax');
    const places = COURSE_SECTIONS.flatMap((s) => s.places);
    expect(places).toContainEqual({
      kind: 'activation',
      id: 'threshold',
      params: { threshold: 10, value: 0 },
    });
    expect(places).toContainEqual({
      kind: 'activation',
      id: 'linear',
      params: { slope: 2, intercept: 3 },
    });
  });
});
