import { defineMessages } from './define';

/**
 * Messages of shared/charts: titles, axis and legend labels of the chart specs.
 * Keys start with `chart` so they stay unique across groups. Functions take ONE params object.
 */
export const chartsMessages = defineMessages({
  chartMonth: { en: 'Month', zh: '月份' },
  chartMember: { en: 'Member', zh: '成员' },
  chartOwner: { en: 'Owner', zh: '负责人' },
  chartSeries: { en: 'Group', zh: '分组' },
  chartValue: { en: 'Value', zh: '数值' },
  chartTarget: { en: 'Target', zh: '目标' },
  chartTargetDashed: { en: 'Dashed line: target', zh: '虚线：目标' },
  chartStatus: { en: 'Status', zh: '状态' },
  chartGap: { en: 'Gap to target', zh: '与目标差距' },
  chartOrders: { en: 'Orders placed', zh: '当月下单数' },
  chartPartial: { en: 'Month to date (hollow point)', zh: '本月至今（空心点）' },
  chartPartialShort: { en: 'month to date', zh: '本月至今' },
  chartReviewed: { en: 'Reviewed period', zh: '回顾期' },
  chartUnitRate: { en: '%', zh: '%' },
  chartUnitDays: { en: 'days', zh: '天' },
  chartUnitHours: { en: 'hours', zh: '小时' },
  chartUnitCount: { en: 'orders', zh: '单' },
  chartUnitCurrency: { en: 'amount', zh: '金额' },
  chartUnitScore: { en: (p: { max: number | null }) => (p.max ? `score out of ${p.max}` : 'score'), zh: (p: { max: number | null }) => (p.max ? `评分，1–${p.max} 分制` : '评分') },
  chartAxisTitle: { en: (p: { label: string; unit: string }) => `${p.label} (${p.unit})`, zh: (p: { label: string; unit: string }) => `${p.label}（${p.unit}）` },
  chartTargetMet: { en: 'Met', zh: '达标' },
  chartTargetMissed: { en: 'Missed', zh: '未达标' },
  chartNoTarget: { en: 'No target', zh: '无目标' },
  chartNoValue: { en: 'No value', zh: '无数值' },
  chartNoData: { en: 'No data for this selection', zh: '所选范围内没有数据' },
  chartOverdue: { en: 'Overdue', zh: '已逾期' },
  chartDueSoon: { en: 'Due soon', zh: '即将到期' },
  chartOpenOrders: { en: 'Open orders', zh: '未完成订单' },
  chartOverdueTitle: { en: 'Overdue open orders by owner', zh: '各负责人逾期未完成订单' },
  chartTrendTitle: {
    en: (p: { kpi: string }) => `${p.kpi} by month`,
    zh: (p: { kpi: string }) => `${p.kpi}月度趋势`,
  },
  chartMembersTitle: {
    en: (p: { kpi: string }) => `${p.kpi} by member`,
    zh: (p: { kpi: string }) => `各成员${p.kpi}`,
  },
  chartHeatmapTitle: {
    en: (p: { kpi: string }) => `${p.kpi}: target attainment by member and month`,
    zh: (p: { kpi: string }) => `${p.kpi}目标达成（成员 × 月份）`,
  },
  // The three KPIs of the standard trend charts; the full catalog lives in shared/kpi.
  chartKpiSatisfaction: { en: 'Customer satisfaction', zh: '客户满意度' },
  chartKpiOnTimeRate: { en: 'On-time delivery rate', zh: '准时交付率' },
  chartKpiErrorRate: { en: 'Error rate', zh: '差错率' },
  chartFewOrders: { en: (p: { count: number }) => `Fewer than ${p.count} orders`, zh: (p: { count: number }) => `订单少于 ${p.count} 单` },
  chartOrdersBehind: { en: 'Orders counted', zh: '计入订单数' },
  chartOutOf: { en: (p: { value: string; max: number }) => `${p.value} out of ${p.max}`, zh: (p: { value: string; max: number }) => `${p.value} 分（满分 ${p.max}）` },
  chartHeatShading: {
    en: (p: { count: number }) => `Blue met, orange missed, deeper = further from the member's own target; grey: no target, no value or fewer than ${p.count} orders`,
    zh: (p: { count: number }) => `蓝色达标、橙色未达标，颜色越深离成员自身目标越远；灰色：无目标、无数值或订单少于 ${p.count} 单`,
  },
});
