import { KPI_KEYS, type KpiKey } from '../kpi/keys';
import { KPI_SYNONYMS } from './kpi-synonyms';
import { meaningfulTokens } from './tokens';

interface KpiName {
  kpi: KpiKey;
  tokens: string[];
  key: string;
}

/** Every name of every KPI (its key included), as sorted token lists. */
const KPI_NAMES: KpiName[] = KPI_KEYS.flatMap((kpi) =>
  [kpi, ...KPI_SYNONYMS[kpi]].map((name) => {
    const tokens = meaningfulTokens(name);
    return { kpi, tokens, key: [...new Set(tokens)].sort().join(' ') };
  }),
);

const BY_KEY = new Map<string, KpiKey>();
for (const n of KPI_NAMES) if (!BY_KEY.has(n.key)) BY_KEY.set(n.key, n.kpi);

/**
 * The KPI a name's tokens denote. The same words in any order name the KPI ("rate on-time"
 * too); failing that, the longest KPI name of two or more words wholly inside the text
 * ("On-time delivery rate (%) 2026" → on_time_rate) that covers at least half of its words.
 * One-word names must match whole: "Order Date" is not the KPI "orders".
 */
export function matchKpiTokens(tokens: readonly string[]): KpiKey | null {
  const set = new Set(tokens);
  if (set.size === 0) return null;
  const exact = BY_KEY.get([...set].sort().join(' '));
  if (exact) return exact;
  let best: KpiName | null = null;
  for (const n of KPI_NAMES) {
    if (n.tokens.length < 2 || n.tokens.length * 2 < set.size || !n.tokens.every((t) => set.has(t))) continue;
    if (!best || n.tokens.length > best.tokens.length) best = n;
  }
  return best ? best.kpi : null;
}

/** "准时率", "On-time rate", "on_time_rate", "OTD", "交期达成率" → on_time_rate; unknown → null. */
export function matchKpiName(text: string): KpiKey | null {
  return matchKpiTokens(meaningfulTokens(text));
}
