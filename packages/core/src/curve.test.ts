import { describe, expect, it } from 'vitest';
import { ActlabError, activation, sampleCurve, saturationZones } from './index.js';

describe('sampleCurve', () => {
  it('samples evenly from `from` to `to` with f and f from the activation', () => {
    const act = activation('sigmoid');
    const curve = sampleCurve(act, { from: -6, to: 6, points: 121 });
    expect(curve.x.length).toBe(121);
    expect(curve.x[0]).toBe(-6);
    expect(curve.x[120]).toBe(6);
    curve.x.forEach((x, i) => {
      expect(curve.y[i]).toBe(act.f(x));
      expect(curve.dy[i]).toBe(act.df(x));
    });
  });

  it('adds every kink inside the range and its neighbours, keeping x strictly increasing', () => {
    const act = activation('hard_shrink', { lambda: 0.3 });
    const curve = sampleCurve(act, { from: -1, to: 1, points: 10 });
    expect(curve.x).toContain(0.3);
    expect(curve.x).toContain(-0.3);
    for (let i = 1; i < curve.x.length; i++)
      expect(curve.x[i]).toBeGreaterThan(curve.x[i - 1] as number);
    // Denser sampling near the kink than elsewhere.
    const near = [...curve.x].filter((x) => Math.abs(x - 0.3) < 2 / 9).length;
    expect(near).toBeGreaterThanOrEqual(7);
    const at = curve.x.indexOf(0.3);
    // The jump of hard_shrink at lambda shows between the kink and its right neighbour.
    expect(curve.y[at]).toBe(0);
    expect(curve.y[at + 1]).toBeCloseTo(0.3, 6);
  });

  it('rejects a bad range or point count', () => {
    const act = activation('relu');
    expect(() => sampleCurve(act, { from: 1, to: 1, points: 10 })).toThrow(ActlabError);
    expect(() => sampleCurve(act, { from: 0, to: Infinity, points: 10 })).toThrow(/finite/);
    expect(() => sampleCurve(act, { from: 0, to: 1, points: 1.5 })).toThrow(/integer/);
  });
});

describe('saturationZones', () => {
  it('finds where the sigmoid gradient vanishes, outside about [-3, 3]', () => {
    const zones = saturationZones(activation('sigmoid'), { from: -10, to: 10 });
    expect(zones.length).toBe(2);
    expect(zones[0]?.from).toBe(-10);
    // sigma'(x) = 0.05 at x = +-2.887...: the course's "outside about [-3, 3]".
    expect(zones[0]?.to).toBeCloseTo(-2.8872709503576206, 6);
    expect(zones[1]?.from).toBeCloseTo(2.8872709503576206, 6);
    expect(zones[1]?.to).toBe(10);
  });

  it("finds relu's dead half and nothing for the linear map", () => {
    const relu = saturationZones(activation('relu'), { from: -4, to: 4 });
    expect(relu).toHaveLength(1);
    expect(relu[0]?.from).toBe(-4);
    expect(relu[0]?.to).toBeCloseTo(0, 9);
    expect(saturationZones(activation('linear'), { from: -4, to: 4 })).toEqual([]);
  });

  it('rejects a non-positive threshold', () => {
    expect(() => saturationZones(activation('relu'), { from: -1, to: 1, threshold: 0 })).toThrow(
      /threshold/,
    );
  });
});
