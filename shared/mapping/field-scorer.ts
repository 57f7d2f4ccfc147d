import type { FieldKind } from '../schema/fields';
import { meaningfulTokens, headerTokens } from './tokens';
import { synonymPhrase, synonymWeight, type FieldSynonyms } from './synonym';
import { DATE_WORDS, NOT_A_DATE_WORDS } from './words';

/** Below this a header is not offered for a field at all. */
export const MIN_CONFIDENCE = 0.5;

interface Phrase {
  tokens: string[];
  set: ReadonlySet<string>;
  weight: number;
}

export interface FieldMatcher<F extends string> {
  field: F;
  kind: FieldKind;
  phrases: Phrase[];
  /** Tokens that rule the field out when they sit outside the matched phrase. */
  veto: ReadonlySet<string>;
}

const DATE_TOKENS = new Set(DATE_WORDS.flatMap(headerTokens));
const NOT_A_DATE_TOKENS = new Set(NOT_A_DATE_WORDS.flatMap(headerTokens));

export function fieldMatcher<F extends string>(field: F, kind: FieldKind, synonyms: FieldSynonyms): FieldMatcher<F> {
  const phrases = synonyms.phrases.map((s) => {
    const tokens = meaningfulTokens(synonymPhrase(s));
    return { tokens, set: new Set(tokens), weight: synonymWeight(s) };
  });
  const veto = new Set((synonyms.veto ?? []).flatMap(headerTokens));
  // A date field never takes "Delivery Status" or "Created by"; any other field never takes
  // "Order Date" or "Customer since (date)".
  for (const t of kind === 'date' ? NOT_A_DATE_TOKENS : DATE_TOKENS) veto.add(t);
  return { field, kind, phrases, veto };
}

/**
 * How well a header (its meaningful tokens) names a field, 0..1. A phrase matches when all its
 * tokens are in the header. The whole header being the phrase scores the phrase's weight (a
 * little less when the words come in another order, as in a two-level "日期 下单"). A header
 * with more words scores by how much of it the phrase covers, plus a bonus when the phrase
 * ends the header: the last word is the head ("Customer Name" is a name, "客户评分" a score).
 */
export function scoreTokens<F extends string>(tokens: readonly string[], matcher: FieldMatcher<F>): number {
  if (tokens.length === 0) return 0;
  const header = new Set(tokens);
  const last = tokens[tokens.length - 1];
  let best = 0;
  for (const phrase of matcher.phrases) {
    if (phrase.weight <= best || !phrase.tokens.every((t) => header.has(t))) continue;
    let vetoed = false;
    for (const t of header) {
      if (!phrase.set.has(t) && matcher.veto.has(t)) {
        vetoed = true;
        break;
      }
    }
    if (vetoed) continue;
    let score: number;
    if (phrase.set.size === header.size) {
      const sameOrder = phrase.tokens.join(' ') === tokens.join(' ');
      score = phrase.weight * (sameOrder ? 1 : 0.95);
    } else {
      const coverage = phrase.set.size / header.size;
      const head = phrase.tokens[phrase.tokens.length - 1] === last ? 1 : 0;
      score = phrase.weight * (0.45 + 0.4 * coverage + 0.15 * head);
    }
    if (score > best) best = score;
  }
  return Math.round(best * 1000) / 1000;
}
