import { describe, expect, it } from 'vitest';
import { csvHeader, reportCsv } from '../../../cli/format-csv';
import { csvField, formulaSafe, UTF8_BOM } from '../../../shared/export/index';
import { KPI_KEYS } from '../../../shared/kpi/keys';
import type { ReportJson, ReportRow } from '../../../shared/pipeline/index';

function row(month: string, group: string | null, values: Partial<ReportRow>): ReportRow {
  const r = { month, group, targets: {} } as ReportRow;
  for (const k of KPI_KEYS) r[k] = null;
  return Object.assign(r, values);
}

function report(rows: ReportRow[]): ReportJson {
  return {
    asOf: '2026-10-31',
    basis: 'natural',
    group: 'owner',
    mapping: {},
    rows,
    issues: [],
    ordersSheet: 'Orders',
    kpiSheet: null,
    from: null,
    to: null,
    satisfactionScale: 5,
    orders: 0,
    cancelled: 0,
    absent: [],
  };
}

describe('csv output', () => {
  it('text that a spreadsheet would take for a formula gets an apostrophe', () => {
    expect(formulaSafe('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(formulaSafe('+86 123')).toBe("'+86 123");
    expect(formulaSafe('-x')).toBe("'-x");
    expect(formulaSafe('@cmd')).toBe("'@cmd");
    expect(formulaSafe('王芳')).toBe('王芳');
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and leaves numbers alone', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(0.95)).toBe('0.95');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField('=1+1,2')).toBe(`"'=1+1,2"`);
  });

  it('has month, group, every KPI, then <kpi>_target and <kpi>_met columns', () => {
    const header = csvHeader();
    expect(header.slice(0, 3)).toEqual(['month', 'group', 'orders']);
    expect(header).toHaveLength(2 + KPI_KEYS.length * 3);
    expect(header).toContain('on_time_rate_target');
    expect(header).toContain('on_time_rate_met');
  });

  it('starts with a BOM, one CRLF line per row, with targets and met', () => {
    const r = row('2026-09', '=王芳', { orders: 4, on_time_rate: 0.75 });
    r.targets = { on_time_rate: { target: 0.9, met: false, gap: -0.15 } };
    const text = reportCsv(report([r]));
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(3); // header, one row, final empty
    const cells = lines[1].split(',');
    const header = lines[0].split(',');
    const at = (name: string) => cells[header.indexOf(name)];
    expect(at('month')).toBe('2026-09');
    expect(at('group')).toBe("'=王芳");
    expect(at('orders')).toBe('4');
    expect(at('on_time_rate')).toBe('0.75');
    expect(at('on_time_rate_target')).toBe('0.9');
    expect(at('on_time_rate_met')).toBe('false');
    expect(at('error_rate')).toBe('');
    expect(at('error_rate_target')).toBe('');
  });
});
