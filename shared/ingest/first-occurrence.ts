/*
 * For each string, the index of its first occurrence: an open-addressing hash table over
 * typed arrays. A Map of a million order ids spends most of its time growing and hashing
 * through the engine's generic path; this does one FNV-1a pass per string and no allocation
 * per entry.
 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Calls `onRepeat(i, first)` for every value equal to an earlier one (nulls ignored), where
 * `first` is the index of its first occurrence. `hashes[i]` must be fnv1a(values[i]) | 0:
 * the caller computes them while the strings are at hand (see buildTextColumn), because in a
 * million-row sheet reaching each string again costs a cache miss.
 */
export function forEachRepeat(
  values: readonly (string | null)[],
  hashes: Int32Array,
  onRepeat: (index: number, first: number) => void,
): void {
  let size = 16;
  while (size < values.length * 2) size *= 2;
  const mask = size - 1;
  // Slot k holds [index, hash] side by side: a mismatch is settled without touching the string.
  const slots = new Int32Array(size * 2).fill(-1);
  for (let i = 0; i < values.length; i++) {
    if (values[i] === null) continue;
    const h = hashes[i];
    let slot = (h >>> 0) & mask;
    for (;;) {
      const at = slots[slot * 2];
      if (at === -1) {
        slots[slot * 2] = i;
        slots[slot * 2 + 1] = h;
        break;
      }
      if (slots[slot * 2 + 1] === h && values[at] === values[i]) {
        onRepeat(i, at);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
}
