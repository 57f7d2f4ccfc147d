import { KPI_CATALOG, kpiLabel as catalogLabel, type KpiKey, type KpiUnit } from '../shared/kpi/index';
import type { Lang } from '../shared/messages/index';

/** How the report shows a KPI: its name in the reader's language and how its numbers read. */
export type { KpiUnit };

export function kpiLabel(key: KpiKey, lang: Lang): string {
  return catalogLabel(key, lang);
}

export function kpiUnit(key: KpiKey): KpiUnit {
  return KPI_CATALOG[key].unit;
}

const DECIMALS: Record<KpiUnit, number> = { rate: 1, score: 2, count: 0, days: 1, hours: 1, currency: 0 };

/** 0.953 → "95.3%", 12345 → "12,345"; null → "–". Locale digits per language. */
export function formatKpiValue(value: number | null, unit: KpiUnit, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  const digits = DECIMALS[unit];
  return new Intl.NumberFormat(locale, {
    style: unit === 'rate' ? 'percent' : 'decimal',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}
