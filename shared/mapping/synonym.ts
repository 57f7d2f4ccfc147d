/**
 * A synonym is a phrase as users write it, optionally with a weight below 1 for a phrase that
 * only suggests the field ("value" for amount, "id" for order_id). Chinese phrases are written
 * with spaces between words ("实际 交货 日期"): those words seed the tokenizer's dictionary.
 */
export type Synonym = string | readonly [phrase: string, weight: number];

export interface FieldSynonyms {
  phrases: readonly Synonym[];
  /** Words that rule the field out when a header holds them outside the matched phrase. */
  veto?: readonly string[];
}

export function synonymPhrase(s: Synonym): string {
  return typeof s === 'string' ? s : s[0];
}

export function synonymWeight(s: Synonym): number {
  return typeof s === 'string' ? 1 : s[1];
}
