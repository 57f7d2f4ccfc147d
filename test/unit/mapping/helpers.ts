import type { HeaderMapping } from '../../../shared/mapping/index';

/** A mapping as field → header text, the way a person reads it. */
export function headersByField<F extends string>(m: HeaderMapping<F>): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const [field, match] of Object.entries(m.mapping) as [F, { header: string }][]) out[field] = match.header;
  return out;
}
