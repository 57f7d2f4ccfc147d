import { describe, expect, it } from 'vitest';
import { ingestOrders } from '../../../shared/ingest/index';
import { formatIssue } from '../../../shared/messages/index';
import type { BoolColumn } from '../../../shared/schema/columns';
import type { CellValue } from '../../../shared/schema/workbook';

// A Freshdesk-like ticket export: "Resolution status" is about the SLA, not yes/no.
const HEADERS = ['Ticket ID', 'Agent', 'Created time', 'Due by Time', 'Status', 'Resolution status', 'Complaint'];
const rows = (resolution: CellValue[]): CellValue[][] => [
  HEADERS,
  ...resolution.map((r, i) => [`T-${i + 1}`, i % 2 ? 'Lena' : 'Omar', `2026-10-0${i + 1} 09:00`, `2026-10-1${i} 18:00`, 'Closed', r, i === 0 ? 'yes' : 'no']),
];
const ingest = (values: CellValue[][], overrides = {}) => ingestOrders({ name: 'Tickets', values }, { date1904: false, overrides });

describe('a yes/no field whose column holds no yes/no at all', () => {
  it('is left unmapped with one warning naming the column and an example, not a warning per cell', () => {
    const result = ingest(rows(['Within SLA', 'SLA Violated', '', 'Within SLA']));
    const o = result.value!;
    expect(o.mapping.resolved).toBeUndefined();
    expect(o.fieldsPresent).not.toContain('resolved');
    expect((o.table.columns.resolved as BoolColumn).valid.every((v) => v === 0)).toBe(true);
    // The complaint column in the same sheet is read as usual.
    expect(Array.from((o.table.columns.complaint as BoolColumn).values)).toEqual([1, 0, 0, 0]);
    expect(result.issues.filter((i) => i.code === 'notAYesNo')).toEqual([]);
    const warning = result.issues.filter((i) => i.code === 'mappingYesNoUnreadable');
    expect(warning).toEqual([
      { sheet: 'Tickets', cell: '', severity: 'warning', code: 'mappingYesNoUnreadable', params: { field: 'resolved', header: 'Resolution status', column: 'F', count: 3, example: 'Within SLA' } },
    ]);
    expect(formatIssue(warning[0], 'en')).toContain('column F "Resolution status" looked like Resolved [resolved] by its header, but none of its 3 values is a yes/no (e.g. "Within SLA")');
    expect(formatIssue(warning[0], 'zh')).toContain('F 列“Resolution status”按表头像是“是否解决”[resolved]');
  });

  it('stays mapped when some of its cells are yes/no: the others get their own warnings', () => {
    const result = ingest(rows(['yes', 'SLA Violated', 'no', 'yes']));
    expect(result.value!.mapping.resolved?.header).toBe('Resolution status');
    expect(result.issues.filter((i) => i.code === 'notAYesNo').map((i) => i.cell)).toEqual(['F3']);
    expect(result.issues.some((i) => i.code === 'mappingYesNoUnreadable')).toBe(false);
  });

  it('stays mapped when the user mapped it by hand: they said what it is', () => {
    const result = ingest(rows(['Within SLA', 'SLA Violated', 'Within SLA', 'Within SLA']), { resolved: 'Resolution status' });
    expect(result.value!.mapping.resolved?.header).toBe('Resolution status');
    expect(result.issues.filter((i) => i.code === 'notAYesNo').map((i) => i.cell)).toEqual(['F2', 'F3', 'F4', 'F5']);
  });
});
