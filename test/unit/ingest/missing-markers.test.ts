import { describe, expect, it } from 'vitest';
import { ingestOrders, isPlaceholder, type IngestedOrders } from '../../../shared/ingest/index';
import type { NumberColumn, TextColumn } from '../../../shared/schema/columns';
import type { CellValue } from '../../../shared/schema/workbook';

/* "?" as a missing marker, and response hours that cannot be (below 0, over ten years). */
function ingest(values: CellValue[][], numberFormats?: string[][]): { o: IngestedOrders; issues: string[] } {
  const r = ingestOrders({ name: 'Tickets', values, numberFormats }, { date1904: false });
  expect(r.value, JSON.stringify(r.issues)).not.toBeNull();
  return { o: r.value!, issues: r.issues.map((i) => `${i.cell} ${i.code} ${i.params.value ?? ''}`.trim()) };
}
const texts = (o: IngestedOrders, f: string) => (o.table.columns[f] as TextColumn).values;
function hours(o: IngestedOrders): (number | null)[] {
  const c = o.table.columns.response_hours as NumberColumn;
  return Array.from(c.values, (v, i) => (c.valid[i] ? v : null));
}

describe('"?" is a placeholder', () => {
  it('half- and full-width, with spaces around', () => {
    expect(['?', '？', ' ? '].map(isPlaceholder)).toEqual([true, true, true]);
    expect(['??x', 'Why?', '?!'].map(isPlaceholder)).toEqual([false, false, false]);
  });

  it('an owner "?" is blank, without an issue; other owners are kept', () => {
    const { o, issues } = ingest([
      ['Ticket', 'Created', 'Owner', 'Team'],
      ['T-1', '2026-10-01', '?', 'Support'],
      ['T-2', '2026-10-02', 'Lena', '？'],
      ['T-3', '2026-10-03', '?', 'Billing'],
    ]);
    expect(texts(o, 'owner')).toEqual([null, 'Lena', null]);
    expect(texts(o, 'team')).toEqual(['Support', null, 'Billing']);
    expect(issues).toEqual([]);
  });
});

describe('response hours below 0 or over ten years', () => {
  it('are reported at their cell and read as blank; 0 and exactly 87,600 h are fine', () => {
    const { o, issues } = ingest([
      ['Ticket', 'Created', 'First response time'],
      ['T-1', '2026-10-01', 0],
      ['T-2', '2026-10-02', -0.5],
      ['T-3', '2026-10-03', 87_600],
      ['T-4', '2026-10-04', 87_601],
      ['T-5', '2026-10-05', '?'],
    ]);
    expect(hours(o)).toEqual([0, null, 87_600, null, null]);
    expect(issues).toEqual(['C3 negativeResponseHours -0.5', 'C5 responseHoursOverTenYears 87601']);
  });

  it('are judged in hours, after a [h]:mm cell is turned from days into hours', () => {
    // 3,651 days formatted [h]:mm is 87,624 h: more than ten years.
    const { o, issues } = ingest(
      [['Ticket', 'Created', 'First response time'], ['T-1', 46300, 0.5], ['T-2', 46300, 3651]],
      [[], ['', '', '[h]:mm'], ['', '', '[h]:mm']],
    );
    expect(hours(o)).toEqual([12, null]);
    expect(issues).toEqual(['C3 responseHoursOverTenYears 87624']);
  });
});
