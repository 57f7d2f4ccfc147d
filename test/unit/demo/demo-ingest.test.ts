import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../../shared/demo';
import { ingestOrders, ingestTargets } from '../../../shared/ingest';
import { ORDER_FIELD_KEYS } from '../../../shared/schema';

// The demo must read as a real export would: every field found from its Chinese header, no issues.
describe('the demo workbook through ingest', () => {
  const workbook = generateDemoWorkbook({ orders: 2_000 });

  it('maps every order field from the Chinese headers and raises no issue', () => {
    const result = ingestOrders(workbook.sheets[0], { date1904: workbook.date1904 });
    expect(result.issues).toEqual([]);
    expect(result.value?.rowCount).toBe(2_000);
    expect([...(result.value?.fieldsPresent ?? [])].sort()).toEqual([...ORDER_FIELD_KEYS].sort());
  });

  it('reads every KPI target row, naming the KPIs a manager typed', () => {
    const sheet = workbook.sheets[1];
    const result = ingestTargets(sheet, { date1904: workbook.date1904 });
    expect(result.issues).toEqual([]);
    expect(result.value.length).toBe(sheet.values.length - 1);
    const defaults = result.value.filter((t) => t.month === null && t.team === null && t.owner === null);
    expect(defaults.map((t) => [t.kpi, t.target])).toEqual([
      ['on_time_rate', 0.95],
      ['error_rate', 0.02],
      ['satisfaction', 4.5],
    ]);
    expect(new Set(result.value.map((t) => t.kpi))).toEqual(
      new Set(['on_time_rate', 'error_rate', 'satisfaction', 'response_hours_avg', 'resolution_rate', 'complaint_rate']),
    );
  });
});
