import { CJK_LEXICON, CJK_LONGEST_WORD } from './lexicon';
import { NEUTRAL_WORDS } from './words';

const HAN_RUN = /(\p{Script=Han}+)/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const IS_HAN = /^\p{Script=Han}/u;
/** An all-caps plural like "KPIs" or "IDs": one word, not "KP"+"Is". */
const ACRONYM_PLURAL = /^[A-Z]{2,}s$/;

/** Cut a run of Chinese characters into known words, longest first, from the left. */
function segmentHan(run: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < run.length) {
    let len = Math.min(CJK_LONGEST_WORD, run.length - i);
    while (len > 1 && !CJK_LEXICON.has(run.slice(i, i + len))) len--;
    out.push(run.slice(i, i + len));
    i += len;
  }
  return out;
}

/** "OrderDate" → "Order Date", "CustomerID" → "Customer ID", "firstReplyTime" → "first Reply Time". */
function splitCamelCase(word: string): string {
  if (ACRONYM_PLURAL.test(word)) return word.slice(0, -1);
  return word.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

/** A light stemmer so "Errors"/"error" and "Complaints"/"complaint" meet; "status" stays. */
function stem(word: string): string {
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The words of a header, for matching: case-, width-, space-, underscore- and
 * punctuation-insensitive; camelCase split; plural "s" dropped; Chinese cut into known words.
 * "Order_Date" → [order, date]; "CustomerID" → [customer, id]; "金额（元）" → [金额, 元].
 */
export function headerTokens(header: string): string[] {
  // NFKC folds full-width letters and brackets ("（元）", "ＩＤ") into their ASCII forms.
  const text = header.normalize('NFKC').replace(HAN_RUN, ' $1 ');
  const tokens: string[] = [];
  for (const piece of text.split(SEPARATORS)) {
    if (!piece) continue;
    if (IS_HAN.test(piece)) {
      tokens.push(...segmentHan(piece));
      continue;
    }
    for (const word of splitCamelCase(piece).split(' ')) {
      if (word) tokens.push(stem(word.toLowerCase()));
    }
  }
  return tokens;
}

const NEUTRAL = new Set(NEUTRAL_WORDS.flatMap(headerTokens));

/** The tokens that carry meaning: units and filler words dropped (all of them kept if that leaves none). */
export function meaningfulTokens(header: string): string[] {
  const all = headerTokens(header);
  const kept = all.filter((t) => !NEUTRAL.has(t));
  return kept.length > 0 ? kept : all;
}
