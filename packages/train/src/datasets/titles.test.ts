import { describe, expect, it } from 'vitest';
import { DIGITS_INFO } from './digits.js';
import { DATASET_CATALOG } from './registry.js';

describe('dataset titles', () => {
  const all = [...DATASET_CATALOG, DIGITS_INFO];

  it('give every dataset a non-empty plain-language title', () => {
    for (const info of all) {
      expect(info.title.trim(), info.name).not.toBe('');
      expect(info.title, info.name).toMatch(/^[A-Z]/);
      expect(info.title, info.name).not.toBe(info.name);
    }
  });

  it('tell every dataset apart', () => {
    const titles = all.map((d) => d.title.toLowerCase());
    expect(new Set(titles).size).toBe(all.length);
  });

  it('keep the names the web playground showed before the titles moved here', () => {
    const byName = Object.fromEntries(all.map((d) => [d.name, d.title]));
    expect(byName).toMatchObject({
      circle: 'Circle',
      xor: 'Exclusive or',
      gauss: 'Two Gaussians',
      spiral: 'Spiral',
      moons: 'Two moons',
      spiral3: 'Three spirals (3 classes)',
      plane: 'Tilted plane (regression)',
      'multi-gauss': 'Six Gaussian bumps (regression)',
      iris: 'Iris, three species (3 classes)',
      'iris-binary': 'Iris, setosa or not',
    });
  });
});
