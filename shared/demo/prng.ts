/**
 * A seeded pseudo-random generator (mulberry32): the demo workbook must be the same on every
 * machine and every run, so nothing here may touch Math.random or the clock.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Roughly normal (mean 0, sd 1): the sum of uniforms is close enough for demo data. */
  gauss(): number;
}

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    // Four uniforms have variance 4/12; scale by √3 for sd 1.
    gauss: () => (next() + next() + next() + next() - 2) * 1.7320508075688772,
  };
}
