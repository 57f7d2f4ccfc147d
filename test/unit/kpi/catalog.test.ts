import { describe, expect, it } from 'vitest';
import { aggregateSql, KPI_CATALOG, KPI_DEFINITIONS, KPI_KEYS, naturalBasisOf, ORDER_FACTS } from '../../../shared/kpi/index';
import { DUCKDB_DIALECT, POSTGRES_DIALECT } from '../../../shared/kpi/dialect';
import { formatIssue } from '../../../shared/messages/index';
import { ORDER_FIELD_KEYS } from '../../../shared/schema/fields';

describe('the KPI catalog', () => {
  it('defines every KPI key once, in display order', () => {
    expect(KPI_DEFINITIONS.map((d) => d?.key)).toEqual([...KPI_KEYS]);
    expect(Object.keys(KPI_CATALOG).sort()).toEqual([...KPI_KEYS].sort());
  });

  it('has both labels, real fields, and facts that exist for every KPI', () => {
    for (const d of KPI_DEFINITIONS) {
      expect(d.label.en && d.label.zh, d.key).toBeTruthy();
      for (const field of d.needs) expect(ORDER_FIELD_KEYS, d.key).toContain(field);
      for (const fact of d.uses) expect(Object.keys(ORDER_FACTS), d.key).toContain(fact);
      for (const fact of d.uses) for (const field of ORDER_FACTS[fact].needs) if (field !== 'created') expect(d.needs, `${d.key} → ${fact}`).toContain(field);
    }
  });

  it('rates are fractions: the aggregates of rate KPIs are a count over a count', () => {
    for (const d of KPI_DEFINITIONS.filter((k) => k.unit === 'rate')) expect(d.aggregate.kind, d.key).toBe('ratio');
    expect(aggregateSql(KPI_CATALOG.resolution_rate.aggregate, DUCKDB_DIALECT)).toBe('count(*) FILTER (WHERE "resolved") / nullif(count("resolved"), 0)');
    expect(aggregateSql(KPI_CATALOG.complaint_rate.aggregate, POSTGRES_DIALECT)).toBe('CAST(count(*) FILTER (WHERE "complaint") AS double precision) / nullif(count(*), 0)');
  });

  it('DESIGN.md labels and directions', () => {
    expect(KPI_CATALOG.on_time_rate.label).toEqual({ en: 'On-time rate', zh: '准时率' });
    expect(KPI_CATALOG.error_rate.label.zh).toBe('差错率');
    expect(KPI_CATALOG.error_rate.direction).toBe('lower');
    expect(KPI_CATALOG.satisfaction.direction).toBe('higher');
  });

  it('satisfaction is on the delivered date, or on the created date when there is no delivered field', () => {
    expect(naturalBasisOf('satisfaction', ['order_id', 'created', 'delivered', 'satisfaction'])).toBe('delivered');
    expect(naturalBasisOf('satisfaction', ['order_id', 'created', 'satisfaction'])).toBe('created');
    expect(naturalBasisOf('on_time_rate', ['order_id', 'created', 'due', 'delivered'])).toBe('due');
  });

  it('an absent KPI reads as a sentence in both languages', () => {
    const issue = { sheet: '', cell: '', severity: 'info' as const, code: 'kpiAbsent', params: { kpi: 'satisfaction', fields: 'satisfaction' } };
    expect(formatIssue(issue, 'en')).toBe('Satisfaction is absent because field satisfaction is not mapped');
    expect(formatIssue(issue, 'zh')).toBe('未映射字段 satisfaction，无法计算满意度');
  });
});
