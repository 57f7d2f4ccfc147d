/**
 * Calls `fn` once `wait` ms have passed without another call: a burst of cell edits (a paste,
 * a fill-down) becomes one "the data changed" notice.
 */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, wait: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, wait);
  };
}
