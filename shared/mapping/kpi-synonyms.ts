import type { KpiKey } from '../kpi/keys';

/**
 * Names people give each KPI in target sheets and reports, EN + ZH. The key itself
 * ("on_time_rate") is always accepted too (see kpi-names.ts).
 */
export const KPI_SYNONYMS: Record<KpiKey, readonly string[]> = {
  orders: [
    'orders', 'order count', 'number of orders', 'order volume', 'orders count', 'tickets', 'ticket count',
    'number of tickets', 'volume', 'order qty', 'order quantity',
    '订单 数', '订单 量', '单量', '订单 数量', '工单 数', '工单 量', '接单 量', '接单 数', '下单 量',
  ],
  revenue: [
    'revenue', 'sales', 'sales amount', 'amount', 'gmv', 'turnover', 'order value', 'total sales',
    '销售额', '营收', '收入', '金额', '业绩', '营业额', '销售 金额', '成交 金额', '订单 金额',
  ],
  completed: [
    'completed', 'completed orders', 'deliveries', 'delivered orders', 'orders delivered', 'orders completed',
    'closed tickets', 'solved tickets', 'shipments',
    '完成 数', '完成 单数', '交付 数', '已 完成', '出货 数', '完成 量', '交付 量', '出货 量', '结案 数', '完成 订单 数',
  ],
  completion_rate: [
    'completion rate', 'completion', 'fulfillment rate', 'fulfilment rate', 'delivery rate', 'close rate',
    '完成 率', '交付 率', '完成 比率', '订单 完成 率', '结案 率',
  ],
  on_time_rate: [
    'on time', 'on time rate', 'on time delivery', 'on time delivery rate', 'otd', 'otd rate', 'otif',
    'punctuality', 'on time percentage', 'on time ratio', 'delivery on time', 'timely delivery rate',
    '准时 率', '准时 交货 率', '交期 达成 率', '按时 交付 率', '准交 率', '及时 率', '准时 交付 率', '交期 准时 率',
    '准时 出货 率', '按期 交货 率', '交货 准时 率', '按时 完成 率', '准时 交期 率',
  ],
  overdue_open: [
    'overdue', 'overdue orders', 'overdue open', 'open overdue', 'past due', 'past due orders', 'late open orders',
    'backlog overdue', 'overdue count',
    '逾期', '逾期 未交', '超期', '逾期 订单', '逾期 单数', '超期 未交', '逾期 未完成', '逾期 数', '超期 订单', '延期 未交',
  ],
  error_rate: [
    'error rate', 'defect rate', 'mistake rate', 'errors rate', 'error ratio', 'error percentage',
    '差错 率', '出错 率', '错误 率', '不良 率', '差错 比率', '订单 差错 率',
  ],
  satisfaction: [
    'satisfaction', 'csat', 'customer satisfaction', 'satisfaction score', 'satisfaction rating', 'rating',
    'csat score', 'review score', 'avg satisfaction', 'average satisfaction',
    '满意度', '客户 满意度', '评分', '平均 满意度', '满意度 评分', '服务 满意度', '平均 评分', '客户 评分',
  ],
  cycle_days_avg: [
    'cycle time', 'cycle days', 'avg cycle time', 'average cycle time', 'avg cycle days', 'average cycle days',
    'lead time', 'avg lead time', 'average lead time', 'turnaround time', 'cycle', 'cycle days avg',
    'mean cycle time', 'processing time',
    '周期', '平均 周期', '交付 周期', '平均 交付 周期', '处理 周期', '周期 天数', '平均 周期 天数', '订单 周期',
    '平均 处理 周期', '平均 交货 周期', '交货 周期', '生产 周期', '平均 用时',
  ],
  cycle_days_p50: [
    'median cycle time', 'cycle time median', 'cycle time p50', 'cycle days p50', 'cycle p50', 'p50 cycle time',
    'median lead time', 'median cycle days',
    '周期 中位数', '中位 周期', '中位数 周期', '周期 p50', '交付 周期 中位数',
  ],
  cycle_days_p90: [
    'cycle time p90', 'cycle days p90', 'cycle p90', 'p90 cycle time', '90th percentile cycle time',
    '90th percentile cycle days', 'lead time p90',
    '周期 p90', '90 分位 周期', '周期 90 分位', '交付 周期 p90', '周期 90 分位数', '90 分位数 周期',
  ],
  response_hours_avg: [
    'response time', 'avg response time', 'average response time', 'first response time', 'response hours',
    'avg first response time', 'average first response time', 'mean response time', 'response',
    'first reply time', 'avg reply time', 'response hours avg',
    '响应 时间', '平均 响应 时间', '首次 响应 时间', '平均 响应 时长', '响应 时长', '平均 首次 响应 时间',
    '首 响 时间', '平均 首 响 时间', '平均 回复 时间', '回复 时间',
  ],
  response_hours_p90: [
    'response time p90', 'response p90', 'response hours p90', 'p90 response time', '90th percentile response time',
    'first response time p90',
    '响应 时间 p90', '90 分位 响应 时间', '响应 时间 90 分位', '首 响 p90', '响应 p90', '响应 时间 90 分位数',
  ],
  resolution_rate: [
    'resolution rate', 'resolved rate', 'solve rate', 'solved rate', 'resolution', 'fcr', 'fcr rate',
    'first contact resolution', 'fix rate',
    '解决 率', '问题 解决 率', '一次 解决 率', '首次 解决 率', '已 解决 率', '处理 率',
  ],
  complaint_rate: [
    'complaint rate', 'complaints rate', 'complaint ratio', 'complaint percentage', 'complaints',
    '投诉 率', '客诉 率', '客户 投诉 率', '投诉 比率', '投诉',
  ],
};
