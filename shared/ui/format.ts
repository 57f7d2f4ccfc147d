import type { KpiUnit } from '../kpi/index';
import type { Lang } from '../messages/index';

/**
 * Numbers as people read them on a KPI card or in a table: rates as percentages, durations
 * with their unit, counts and money with thousands separators. Rates are fractions (0.9284).
 */
const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-US');

const UNIT_SUFFIX: Record<Lang, Partial<Record<KpiUnit, string>>> = {
  en: { days: ' d', hours: ' h' },
  zh: { days: ' 天', hours: ' 小时' },
};

const formatters = new Map<string, Intl.NumberFormat>();

/** toLocaleString with fixed digits, through a cached Intl.NumberFormat (costly to create). */
function fixedDigits(value: number, lang: Lang, digits: number): string {
  const key = `${lang}|${digits}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return format.format(value);
}

/**
 * Money in Chinese is read in 万 (10⁴) and 亿 (10⁸): 22,191,548 is 2,219.15万, as on the charts'
 * axes; below 万 it stays whole. Null where the plain number is the reading.
 */
function inWanYi(value: number, extraDigits: number): string | null {
  const size = Math.abs(value);
  if (size >= 1e8) return `${fixedDigits(value / 1e8, 'zh', 2 + extraDigits)}亿`;
  if (size >= 1e4) return `${fixedDigits(value / 1e4, 'zh', 2 + extraDigits)}万`;
  return null;
}

/** `extraDigits` adds decimals, e.g. when a value and its target would otherwise read the same. */
export function formatKpiValue(value: number | null | undefined, unit: KpiUnit, lang: Lang, extraDigits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const n = (digits: number) => fixedDigits(value, lang, digits + extraDigits);
  switch (unit) {
    case 'rate':
      return `${fixedDigits(value * 100, lang, 1 + extraDigits)}%`;
    case 'score':
      return n(2);
    case 'count':
      return n(0);
    case 'currency':
      return lang === 'zh' ? inWanYi(value, extraDigits) ?? n(0) : n(0);
    case 'days':
    case 'hours':
      return `${n(1)}${UNIT_SUFFIX[lang][unit]}`;
  }
}

/**
 * A value and its target with enough decimals to tell them apart: 2.03% against a 2.0% target
 * shows as 2.03% / 2.00%, not 2.0% / 2.0% "missed".
 */
export function formatAgainstTarget(value: number, target: number, unit: KpiUnit, lang: Lang): [string, string] {
  for (let extra = 0; extra < 3; extra++) {
    const pair: [string, string] = [formatKpiValue(value, unit, lang, extra), formatKpiValue(target, unit, lang, extra)];
    if (pair[0] !== pair[1] || value === target) return pair;
  }
  return [formatKpiValue(value, unit, lang, 3), formatKpiValue(target, unit, lang, 3)];
}

/** A change between two values: rates in percentage points, the rest in their own unit, signed. */
export function formatKpiChange(change: number, unit: KpiUnit, lang: Lang): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const size = Math.abs(change);
  if (unit === 'rate') {
    const points = (size * 100).toLocaleString(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return `${sign}${points}${lang === 'zh' ? ' 个百分点' : ' pp'}`;
  }
  return `${sign}${formatKpiValue(size, unit, lang)}`;
}

/** An Excel number format for a KPI's unit (the report sheet). */
export function excelNumberFormat(unit: KpiUnit): string {
  switch (unit) {
    case 'rate':
      return '0.0%';
    case 'score':
      return '0.00';
    case 'count':
    case 'currency':
      return '#,##0';
    case 'days':
    case 'hours':
      return '0.0';
  }
}
