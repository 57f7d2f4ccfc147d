import { MIN_CONFIDENCE, scoreTokens } from './field-scorer';
import { ORDER_MATCHERS } from './order-headers';
import { parseWideKpiHeader, TARGET_MATCHERS } from './target-headers';
import { meaningfulTokens } from './tokens';

/** How surely a cell's text names some field of either sheet (or a wide KPI column), 0..1. */
export function labelConfidence(text: string): number {
  const tokens = meaningfulTokens(text);
  let best = 0;
  for (const m of ORDER_MATCHERS) best = Math.max(best, scoreTokens(tokens, m));
  for (const m of TARGET_MATCHERS) best = Math.max(best, scoreTokens(tokens, m));
  if (best < 0.9 && parseWideKpiHeader(text)) best = 0.9;
  return best >= MIN_CONFIDENCE ? best : 0;
}
