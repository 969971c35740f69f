import { describe, expect, it } from 'vitest';
import { SCALAR_IDS, VECTOR_IDS } from '../activation.js';
import type { ActivationInfo, ParamSpec } from '../activation.js';
import { catalog } from './catalog.js';
import * as elementary from './elementary.js';
import * as exponentialLinear from './exponential-linear.js';
import * as gelu from './gelu.js';
import * as glu from './glu.js';
import * as rectifiers from './rectifiers.js';
import * as selfGated from './self-gated.js';
import * as shrink from './shrink.js';
import * as sigmoid from './sigmoid.js';
import * as softmax from './softmax.js';
import * as softplus from './softplus.js';
import * as sparsemax from './sparsemax.js';
import * as stepLinear from './step-linear.js';
import * as tanh from './tanh.js';

const families = {
  elementary,
  exponentialLinear,
  gelu,
  glu,
  rectifiers,
  selfGated,
  shrink,
  sigmoid,
  softmax,
  softplus,
  sparsemax,
  stepLinear,
  tanh,
};

const ALL_IDS: readonly string[] = [...SCALAR_IDS, ...VECTOR_IDS];
const WITH_TEMPERATURE = ['softmax', 'log_softmax', 'softmin'];

function exportName(id: string): string {
  return `${id.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())}Info`;
}

function contains(spec: ParamSpec, value: number): boolean {
  const aboveMin = spec.minInclusive ? value >= spec.min : value > spec.min;
  const belowMax = spec.maxInclusive ? value <= spec.max : value < spec.max;
  return aboveMin && belowMax;
}

describe('catalog', () => {
  it('lists every id of SCALAR_IDS then VECTOR_IDS exactly once, in order', () => {
    expect(catalog.map((info) => info.id)).toEqual(ALL_IDS);
  });

  it('gives each entry the kind of the list its id comes from', () => {
    for (const info of catalog) {
      const expected = (SCALAR_IDS as readonly string[]).includes(info.id) ? 'scalar' : 'vector';
      expect(info.kind, info.id).toBe(expected);
    }
  });

  it('holds exactly the entries the family modules export, each named after its id', () => {
    const exported = Object.values(families).flatMap((module) =>
      Object.entries(module as Record<string, ActivationInfo>),
    );
    expect(exported).toHaveLength(catalog.length);
    for (const [name, info] of exported) {
      expect(name).toBe(exportName(info.id));
      expect(catalog).toContain(info);
    }
  });

  it('has lowercase aliases, unique across the catalog and never equal to an id', () => {
    const seen = new Set<string>();
    for (const info of catalog) {
      for (const alias of info.aliases) {
        expect(alias, info.id).toMatch(/^[a-z0-9_]+$/);
        expect(ALL_IDS, alias).not.toContain(alias);
        expect(seen.has(alias), `duplicate alias ${alias}`).toBe(false);
        seen.add(alias);
      }
    }
  });

  it('has uniquely named parameters whose defaults lie inside their ranges', () => {
    for (const info of catalog) {
      const names = info.params.map((p) => p.name);
      expect(new Set(names).size, info.id).toBe(names.length);
      for (const spec of info.params) {
        const label = `${info.id}.${spec.name}`;
        expect(Number.isFinite(spec.default), label).toBe(true);
        expect(spec.min, label).toBeLessThan(spec.max);
        expect(contains(spec, spec.default), label).toBe(true);
        expect(spec.description.trim(), label).not.toBe('');
        if (spec.min === -Infinity) expect(spec.minInclusive, label).toBe(false);
        if (spec.max === Infinity) expect(spec.maxInclusive, label).toBe(false);
      }
    }
  });

  it('gives softmax, log-softmax and softmin a positive temperature defaulting to 1', () => {
    for (const id of WITH_TEMPERATURE) {
      const info = catalog.find((entry) => entry.id === id);
      const spec = info?.params.find((p) => p.name === 'temperature');
      expect(spec, id).toMatchObject({
        default: 1,
        min: 0,
        minInclusive: false,
        max: Infinity,
        maxInclusive: false,
      });
    }
  });

  it('has well-formed output ranges', () => {
    for (const { id, range } of catalog) {
      expect(range.min, id).toBeLessThan(range.max);
      if (range.min === -Infinity) expect(range.minInclusive, id).toBe(false);
      if (range.max === Infinity) expect(range.maxInclusive, id).toBe(false);
      const bounded = Number.isFinite(range.min) && Number.isFinite(range.max);
      expect(catalog.find((info) => info.id === id)?.properties.bounded, id).toBe(bounded);
    }
  });

  it('lists kinks strictly sorted by x, and explains the convention whenever there are any', () => {
    for (const { id, kinks, kinkConvention, properties } of catalog) {
      for (let i = 1; i < kinks.length; i++) {
        expect(kinks[i]?.x ?? NaN, id).toBeGreaterThan(kinks[i - 1]?.x ?? NaN);
      }
      for (const kink of kinks) {
        expect(Number.isFinite(kink.x) && Number.isFinite(kink.derivative), id).toBe(true);
      }
      if (kinks.length > 0) {
        expect(kinkConvention?.trim() ?? '', id).not.toBe('');
        expect(properties.smooth, id).toBe(false);
      }
    }
  });

  it('has non-empty name, formula, derivative and note', () => {
    for (const info of catalog) {
      for (const text of [info.name, info.formula, info.derivative, info.note]) {
        expect(text.trim(), info.id).not.toBe('');
      }
    }
  });

  it('marks only the binary step as lacking a useful gradient', () => {
    const useless = catalog.filter((info) => !info.usefulGradient).map((info) => info.id);
    expect(useless).toEqual(['binary_step']);
  });

  it('names a framework entry only with a non-empty name and note', () => {
    for (const info of catalog) {
      for (const entry of Object.values(info.frameworks)) {
        expect(entry.name.trim(), info.id).not.toBe('');
        if (entry.note !== undefined) expect(entry.note.trim(), info.id).not.toBe('');
      }
    }
  });
});
