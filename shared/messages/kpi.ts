import { KPI_CATALOG } from '../kpi/catalog';
import { isKpiKey } from '../kpi/keys';
import { defineMessages } from './define';

/** A KPI key as its label in one language (an unknown key is shown as is). */
const label = (kpi: string, lang: 'en' | 'zh') => (isKpiKey(kpi) ? KPI_CATALOG[kpi].label[lang] : kpi);

/**
 * Messages of shared/kpi (and issues it raises, keyed by Issue.code). KPI names themselves
 * live with their definitions in shared/kpi/catalog.ts (label.en / label.zh).
 * Keys start with `kpi` so they never collide with another group's.
 */
export const kpiMessages = defineMessages({
  // ── issues of compileKpiQuery / compileOrdersBehindQuery ──
  kpiAbsent: {
    en: (p: { kpi: string; fields: string }) =>
      `${label(p.kpi, 'en')} is absent because field ${p.fields} is not mapped`,
    zh: (p: { kpi: string; fields: string }) => `未映射字段 ${p.fields}，无法计算${label(p.kpi, 'zh')}`,
  },
  kpiBadAsOf: {
    en: (p: { value: string }) => `as-of date "${p.value}" is not a date (YYYY-MM-DD)`,
    zh: (p: { value: string }) => `截至日期“${p.value}”不是日期（YYYY-MM-DD）`,
  },
  kpiBadMonth: {
    en: (p: { option: string; value: string }) => `${p.option}: "${p.value}" is not a month (YYYY-MM)`,
    zh: (p: { option: string; value: string }) => `${p.option}：“${p.value}”不是月份（YYYY-MM）`,
  },
  kpiBadRange: {
    en: (p: { from: string; to: string }) => `the month range ${p.from} … ${p.to} is empty (from is after to)`,
    zh: (p: { from: string; to: string }) => `月份范围 ${p.from} … ${p.to} 为空（起始月晚于结束月）`,
  },
  kpiBasisFieldMissing: {
    en: (p: { basis: string }) => `period basis "${p.basis}" needs the ${p.basis} date, which is not mapped`,
    zh: (p: { basis: string }) => `统计口径“${p.basis}”需要 ${p.basis} 日期字段，但该字段未映射`,
  },
  kpiGroupFieldMissing: {
    en: (p: { group: string }) => `cannot group by ${p.group}: the field is not mapped; showing all orders as one group`,
    zh: (p: { group: string }) => `无法按 ${p.group} 分组：该字段未映射；全部订单合为一组显示`,
  },
  kpiFilterFieldMissing: {
    en: (p: { field: string }) => `the ${p.field} filter is ignored: the field is not mapped`,
    zh: (p: { field: string }) => `已忽略 ${p.field} 筛选：该字段未映射`,
  },
  kpiBadMonthCell: {
    en: (p: { value: string }) => `"${p.value}" is not a month (YYYY-MM or all)`,
    zh: (p: { value: string }) => `“${p.value}”不是月份（YYYY-MM 或 all）`,
  },

  // ── targets ──
  kpiActualFromSheet: {
    en: (p: { kpi: string; source: string }) => `${label(p.kpi, 'en')} taken from the KPI sheet (${p.source})`,
    zh: (p: { kpi: string; source: string }) => `${label(p.kpi, 'zh')}取自 KPI 表（${p.source}）`,
  },
  kpiTargetMet: { en: 'met', zh: '达标' },
  kpiTargetMissed: { en: 'missed', zh: '未达标' },
  kpiNoTarget: { en: 'no target', zh: '无目标' },

  // ── catalog words ──
  kpiDirectionHigher: { en: 'higher is better', zh: '越高越好' },
  kpiDirectionLower: { en: 'lower is better', zh: '越低越好' },
  kpiUnitCount: { en: 'orders', zh: '单' },
  kpiUnitCurrency: { en: 'amount', zh: '金额' },
  kpiUnitRate: { en: '%', zh: '%' },
  kpiUnitDays: { en: 'days', zh: '天' },
  kpiUnitHours: { en: 'hours', zh: '小时' },
  kpiUnitScore: { en: 'score', zh: '分' },
  kpiMonthAll: { en: 'All months', zh: '全部月份' },
  kpiGroupBlank: { en: '(blank)', zh: '（空白）' },
  kpiCancelled: { en: 'Cancelled', zh: '已取消' },
});
