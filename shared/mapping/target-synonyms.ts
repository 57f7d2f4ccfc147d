import type { TargetField } from '../schema/fields';
import type { FieldSynonyms } from './synonym';
import { ORDER_SYNONYMS } from './order-synonyms';

/** Header phrases of the KPI sheet's long form: month | team | owner | kpi | target | actual. */
export const TARGET_SYNONYMS: Record<TargetField, FieldSynonyms> = {
  month: {
    phrases: [
      'month', 'period', 'year month', 'yyyy mm', 'reporting month', 'review month', 'target month',
      '月份', '月', '期间', '年月', '统计 月份', '考核 月份', '考核 期间', '月度', '所属 月份',
    ],
  },
  team: ORDER_SYNONYMS.team,
  owner: {
    phrases: [...ORDER_SYNONYMS.owner.phrases, '人员', 'person', ['name', 0.7]],
    veto: ORDER_SYNONYMS.owner.veto,
  },
  kpi: {
    phrases: [
      'kpi', 'kpi name', 'metric', 'metric name', 'indicator', 'measure', 'kpi key', 'kpi code',
      '指标', '指标 名称', '考核 指标', 'kpi 指标', '绩效 指标', ['项目', 0.6], ['考核 项目', 0.8],
    ],
  },
  target: {
    phrases: ['target', 'goal', 'target value', 'objective', 'tgt', '目标', '目标值', '考核 目标', '指标值', ['plan', 0.7], ['计划', 0.7]],
  },
  actual: {
    phrases: ['actual', 'actual value', 'actuals', 'achieved', '实际', '实际值', '实绩', '实际 完成', '达成值', '完成值'],
  },
};
