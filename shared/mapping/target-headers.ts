import type { KpiKey } from '../kpi/keys';
import { TARGET_FIELDS, TARGET_FIELD_KEYS, type TargetField } from '../schema/fields';
import { assignFields, type FieldMatch } from './assign';
import { fieldMatcher } from './field-scorer';
import { matchKpiTokens } from './kpi-names';
import { TARGET_SYNONYMS } from './target-synonyms';
import { headerTokens, meaningfulTokens } from './tokens';
import { ACTUAL_WORDS, TARGET_WORDS } from './words';

export type ScopeField = 'month' | 'team' | 'owner';
const SCOPE_FIELDS: readonly ScopeField[] = ['month', 'team', 'owner'];

export interface WideKpiColumn {
  column: number;
  header: string;
  kpi: KpiKey;
  kind: 'target' | 'actual';
}

export interface TargetHeaderMapping {
  /** long: month | team | owner | kpi | target | actual; wide: one column per KPI; null: neither. */
  form: 'long' | 'wide' | null;
  long: Partial<Record<TargetField, FieldMatch>>;
  wide: WideKpiColumn[];
  /** The month/team/owner columns (both forms). */
  scope: Partial<Record<ScopeField, FieldMatch>>;
}

export const TARGET_MATCHERS = TARGET_FIELD_KEYS.map((f) => fieldMatcher(f, TARGET_FIELDS[f].kind, TARGET_SYNONYMS[f]));
const SCOPE_MATCHERS = TARGET_MATCHERS.filter((m) => (SCOPE_FIELDS as readonly string[]).includes(m.field));

const TARGET_TOKENS = new Set(TARGET_WORDS.flatMap(headerTokens));
const ACTUAL_TOKENS = new Set(ACTUAL_WORDS.flatMap(headerTokens));

/**
 * A wide-form column: a KPI name plus "target" or "actual", either side ("满意度目标",
 * "on-time target", "Target: error rate", "满意度实际"). A bare KPI name is not taken: an
 * orders sheet has a "满意度" column too, and it is no target.
 */
export function parseWideKpiHeader(header: string): { kpi: KpiKey; kind: 'target' | 'actual' } | null {
  const tokens = meaningfulTokens(header);
  const isTarget = tokens.some((t) => TARGET_TOKENS.has(t));
  const isActual = tokens.some((t) => ACTUAL_TOKENS.has(t));
  if (isTarget === isActual) return null;
  const rest = tokens.filter((t) => !TARGET_TOKENS.has(t) && !ACTUAL_TOKENS.has(t));
  const kpi = matchKpiTokens(rest);
  return kpi ? { kpi, kind: isTarget ? 'target' : 'actual' } : null;
}

function pick<K extends string>(mapping: Partial<Record<TargetField, FieldMatch>>, keys: readonly K[]) {
  const out: Partial<Record<K, FieldMatch>> = {};
  for (const k of keys) {
    const m = mapping[k as unknown as TargetField];
    if (m) out[k] = m;
  }
  return out;
}

/** Read a KPI sheet's headers as the long form, else as the wide form. */
export function mapTargetHeaders(headers: readonly string[]): TargetHeaderMapping {
  const long = assignFields(headers, TARGET_MATCHERS, []).mapping;
  if (long.kpi && (long.target || long.actual)) {
    return { form: 'long', long, wide: [], scope: pick(long, SCOPE_FIELDS) };
  }
  const scope = assignFields(headers, SCOPE_MATCHERS, []).mapping;
  const scopeColumns = new Set(Object.values(scope).map((m) => (m as FieldMatch).column));
  const wide: WideKpiColumn[] = [];
  const seen = new Set<string>();
  headers.forEach((header, column) => {
    if (scopeColumns.has(column)) return;
    const parsed = parseWideKpiHeader(header);
    // A second "满意度目标" column is left out: one column per KPI and kind, the leftmost.
    if (!parsed || seen.has(`${parsed.kpi}/${parsed.kind}`)) return;
    seen.add(`${parsed.kpi}/${parsed.kind}`);
    wide.push({ column, header, ...parsed });
  });
  return { form: wide.length > 0 ? 'wide' : null, long: {}, wide, scope: pick(scope, SCOPE_FIELDS) };
}
