import { describe, expect, it } from 'vitest';
import { batchesOf, epochOrders, gatherRows, oneHot, transposed } from './batches.js';

describe('epochOrders', () => {
  it('gives one permutation of every row per epoch, the same for the same seed', () => {
    const orders = epochOrders(50, 3, 7);
    expect(orders).toHaveLength(3);
    for (const order of orders) {
      expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    }
    expect(epochOrders(50, 3, 7)).toEqual(orders);
    expect(orders[1]).not.toEqual(orders[0]);
    expect(epochOrders(50, 1, 8)[0]).not.toEqual(orders[0]);
  });
});

describe('batchesOf', () => {
  it('cuts an order into consecutive batches, the last one shorter', () => {
    const batches = batchesOf(Uint32Array.from([4, 2, 0, 1, 3]), 2);
    expect(batches.map((b) => [...b])).toEqual([[4, 2], [0, 1], [3]]);
  });
});

describe('gatherRows', () => {
  it('copies the chosen rows in the chosen order', () => {
    const source = Float64Array.from([0, 1, 10, 11, 20, 21]);
    expect([...gatherRows(source, 2, [2, 0], new Float32Array(4))]).toEqual([20, 21, 0, 1]);
  });
});

describe('oneHot', () => {
  it('marks each row’s class and rejects an index out of range', () => {
    const targets = Float64Array.from([2, 0, 1]);
    expect([...oneHot(targets, [0, 2], 3)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect(() => oneHot(Float64Array.from([3]), [0], 3)).toThrow(/not in \[0, 3\)/);
  });
});

describe('transposed', () => {
  it("lays actlab's units x inputs weights out as TF.js's [inputs, units] kernel", () => {
    // W = [[1, 2, 3], [4, 5, 6]]: 2 units, 3 inputs; TF.js wants [[1, 4], [2, 5], [3, 6]].
    const w = Float64Array.from([1, 2, 3, 4, 5, 6]);
    expect([...transposed(w, 2, 3)]).toEqual([1, 4, 2, 5, 3, 6]);
    expect([...transposed(transposed(w, 2, 3), 3, 2)]).toEqual([...w]);
  });

  it('rounds to float32 and checks the shape', () => {
    expect(transposed(Float64Array.from([0.1]), 1, 1)[0]).toBe(Math.fround(0.1));
    expect(() => transposed(new Float64Array(5), 2, 3)).toThrow(/has 6 values/);
  });
});
