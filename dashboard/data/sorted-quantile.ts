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
 * The pivot of a round: the weighted median of the windows' middle values (weights = window
 * sizes). At least a quarter of the remaining values lie on each side of it, so every round
 * drops a quarter of them: O(log n) rounds however many arrays there are.
 */
function weightedMedianPivot(arrays: readonly Float64Array[], lo: readonly number[], hi: readonly number[]): number {
  const mids: { value: number; weight: number }[] = [];
  let total = 0;
  for (let i = 0; i < arrays.length; i++) {
    const size = hi[i] - lo[i];
    if (size <= 0) continue;
    mids.push({ value: arrays[i][(lo[i] + hi[i]) >>> 1], weight: size });
    total += size;
  }
  if (mids.length === 0) return NaN;
  mids.sort((a, b) => a.value - b.value);
  let seen = 0;
  for (const mid of mids) {
    seen += mid.weight;
    if (seen * 2 >= total) return mid.value;
  }
  return mids[mids.length - 1].value;
}

/**
 * The k-th smallest (0-based) value of the union. Each round counts, by binary search in each
 * array, how many values lie below or at a pivot: the k-th lies below, is the pivot, or lies
 * above, and every array's window shrinks accordingly.
 */
export function kthOfSorted(arrays: readonly Float64Array[], k: number): number {
  const lo = arrays.map(() => 0);
  const hi = arrays.map((a) => a.length);
  let skipped = 0; // values known to be below every window
  const less = new Array<number>(arrays.length);
  const lessEq = new Array<number>(arrays.length);
  for (;;) {
    const pivot = weightedMedianPivot(arrays, lo, hi);
    if (Number.isNaN(pivot)) throw new RangeError(`kthOfSorted: k=${k} is out of range`);
    let below = skipped;
    let upTo = skipped;
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
