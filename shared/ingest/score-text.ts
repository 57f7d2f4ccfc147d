import type { SatisfactionScale } from './order-checks';
import { numberFromText, TEXT_IS_BLANK } from './text-outcome';

/*
 * How satisfaction is written besides plain numbers. Survey states that mean "no rating was
 * given" (Zendesk's "Offered" / "Not offered", 未评价) read as blank without an issue: nothing
 * is lost. A score with its unit ("8分", "4 stars", "9 pts") reads as the number. Verdicts
 * ("Good", "Bad", 好评) are not on any scale and stay unreadable: an issue each.
 */
export const NO_RATING: ReadonlySet<string> = new Set(['offered', 'not offered', 'unoffered', 'not rated', 'no rating', '未评价', '未评分', '待评价', '未邀评']);
const WITH_UNIT = /^([+-]?\d+(?:\.\d+)?)\s*(?:分|星|points?|pts?|stars?)$/i;

export function scoreFromText(v: string): number {
  const t = v.trim();
  if (NO_RATING.has(t.toLowerCase())) return TEXT_IS_BLANK;
  const m = WITH_UNIT.exec(t);
  return numberFromText(m ? m[1] : v, false);
}

/*
 * A scale the header states outright: "满意度(10分制)", "百分制", "Rating (1-5)", "CSAT 0–100",
 * "out of 10", "满分10". It beats inferring the scale from the scores: on a small sheet one
 * typo (a 12 among 6–10) would otherwise pass for a 100-point scale.
 */
const STATED: RegExp[] = [
  /(5|10|100)\s*分制/,
  /满分\s*(5|10|100)\b/,
  /\b[01]\s*(?:-|–|~|～|to)\s*(5|10|100)\b/i,
  /out\s+of\s+(5|10|100)\b/i,
  /\/\s*(5|10|100)\b/,
];

export function scaleStatedInHeader(header: string): SatisfactionScale | null {
  if (header.includes('百分制')) return 100;
  for (const re of STATED) {
    const m = re.exec(header);
    if (m) return Number(m[1]) as SatisfactionScale;
  }
  return null;
}
