/**
 * quantile_cont (linear interpolation between the closest ranks, as DuckDB computes it) over
 * the union of several sorted arrays, without merging them: the cube keeps each cell's values
 * sorted, and a filter picks any set of cells.
 */

/** Index of the first element ≥ value (lower) or > value (upper) in sorted[lo, hi). */
function bound(sorted: Float64Array, value: number, lo: number, hi: number, upper: boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value || (upper && sorted[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The k-th smallest (0-based) value of the union. Each round takes the middle of the longest
 * remaining window as a pivot and counts, by binary search, how many values are below or equal
 * to it: the k-th lies below, is the pivot, or lies above, and the windows shrink accordingly.
 */
export function kthOfSorted(arrays: readonly Float64Array[], k: number): number {
  const lo = arrays.map(() => 0);
  const hi = arrays.map((a) => a.length);
  let skipped = 0; // values known to be below every window
  for (;;) {
    let widest = -1;
    for (let i = 0; i < arrays.length; i++) if (hi[i] > lo[i] && (widest < 0 || hi[i] - lo[i] > hi[widest] - lo[widest])) widest = i;
    if (widest < 0) throw new RangeError(`kthOfSorted: k=${k} is out of range`);
    const pivot = arrays[widest][(lo[widest] + hi[widest]) >>> 1];
    let below = skipped;
    let upTo = skipped;
    const less = new Array<number>(arrays.length);
    const lessEq = new Array<number>(arrays.length);
    for (let i = 0; i < arrays.length; i++) {
      less[i] = bound(arrays[i], pivot, lo[i], hi[i], false);
      lessEq[i] = bound(arrays[i], pivot, less[i], hi[i], true);
      below += less[i] - lo[i];
      upTo += lessEq[i] - lo[i];
    }
    if (k < below) {
      for (let i = 0; i < arrays.length; i++) hi[i] = less[i];
    } else if (k < upTo) {
      return pivot;
    } else {
      for (let i = 0; i < arrays.length; i++) lo[i] = lessEq[i];
      skipped = upTo;
    }
  }
}

/** quantile_cont(q) of the union of sorted arrays; null when they hold no value. */
export function quantileOfSorted(arrays: readonly Float64Array[], q: number): number | null {
  const parts = arrays.filter((a) => a.length > 0);
  const n = parts.reduce((sum, a) => sum + a.length, 0);
  if (n === 0) return null;
  const position = q * (n - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = kthOfSorted(parts, lower);
  const b = upper === lower ? a : kthOfSorted(parts, upper);
  return a + (position - lower) * (b - a);
}
