import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileCont } from '../../../shared/kpi/index';
import { kthOfSorted, quantileOfSorted } from '../../../dashboard/data/sorted-quantile';

const sorted = (xs: number[]) => Float64Array.from(xs).sort();

describe('quantiles over several sorted arrays', () => {
  it('finds the k-th value of the union by hand', () => {
    const parts = [sorted([1, 5, 9]), sorted([2, 2, 8]), sorted([]), sorted([7])];
    // union sorted: 1 2 2 5 7 8 9
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => kthOfSorted(parts, k))).toEqual([1, 2, 2, 5, 7, 8, 9]);
    expect(() => kthOfSorted(parts, 7)).toThrow(RangeError);
  });

  it('interpolates like DuckDB’s quantile_cont', () => {
    // 7 values: the median is the 4th (5); p90 sits at position 5.4 → 8 + 0.4 × (9 − 8) = 8.4
    const parts = [sorted([1, 5, 9]), sorted([2, 2, 8]), sorted([7])];
    expect(quantileOfSorted(parts, 0.5)).toBe(5);
    expect(quantileOfSorted(parts, 0.9)).toBeCloseTo(8.4, 12);
    expect(quantileOfSorted([sorted([])], 0.5)).toBeNull();
  });

  it('equals the plain reference quantile for any split of any numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 30 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(0, 0.1, 0.5, 0.9, 1),
        (groups, q) => {
          const all = groups.flat();
          const got = quantileOfSorted(groups.map(sorted), q);
          const want = quantileCont(all, q);
          if (want === null) return got === null;
          return got !== null && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
        },
      ),
      { numRuns: 300 },
    );
  });
});
