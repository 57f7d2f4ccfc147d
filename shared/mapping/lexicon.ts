import { KPI_SYNONYMS } from './kpi-synonyms';
import { ORDER_SYNONYMS } from './order-synonyms';
import { synonymPhrase, type FieldSynonyms } from './synonym';
import { TARGET_SYNONYMS } from './target-synonyms';
import { ACTUAL_WORDS, DATE_WORDS, NEUTRAL_WORDS, NOT_A_DATE_WORDS, TARGET_WORDS } from './words';

const HAN_WORD = /^\p{Script=Han}+$/u;

function fieldTexts(fields: Record<string, FieldSynonyms>): string[] {
  return Object.values(fields).flatMap((f) => [...f.phrases.map(synonymPhrase), ...(f.veto ?? [])]);
}

/**
 * The Chinese words the tokenizer knows: every space-separated Han word of every phrase and
 * word list. Chinese headers have no spaces, so "实际交货日期" is cut into these words by
 * longest match; a character outside every word becomes a token of its own.
 */
function buildLexicon(): Set<string> {
  const texts = [
    ...fieldTexts(ORDER_SYNONYMS),
    ...fieldTexts(TARGET_SYNONYMS),
    ...Object.values(KPI_SYNONYMS).flat(),
    ...NEUTRAL_WORDS,
    ...DATE_WORDS,
    ...NOT_A_DATE_WORDS,
    ...TARGET_WORDS,
    ...ACTUAL_WORDS,
  ];
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.split(/\s+/)) if (HAN_WORD.test(word)) words.add(word);
  }
  return words;
}

export const CJK_LEXICON: ReadonlySet<string> = buildLexicon();
export const CJK_LONGEST_WORD = Math.max(1, ...[...CJK_LEXICON].map((w) => w.length));
