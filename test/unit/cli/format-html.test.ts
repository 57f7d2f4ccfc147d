import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../../cli/format-html';
import { KPI_KEYS } from '../../../shared/kpi/keys';
import type { ReportJson, ReportRow } from '../../../shared/pipeline/index';

function report(rows: ReportRow[], issues: ReportJson['issues'] = []): ReportJson {
  return {
    asOf: '2026-10-31', basis: 'due', group: 'owner', mapping: {}, rows, issues, ordersSheet: '订单<明细>', kpiSheet: null,
    from: '2026-01', to: null, satisfactionScale: 10, orders: 1, cancelled: 0, absent: [],
  };
}
function row(group: string, values: Partial<ReportRow>): ReportRow {
  const r = { month: '2026-09', group, targets: {} } as ReportRow;
  for (const k of KPI_KEYS) r[k] = null;
  return Object.assign(r, values);
}

describe('reportHtml', () => {
  it('escapes every user text and shows the settings', () => {
    const r = row('<script>alert(1)</script>', { orders: 1234, on_time_rate: 0.953 });
    r.targets.on_time_rate = { target: 0.95, met: true, gap: 0.003 };
    const html = reportHtml({ report: report([r]), lang: 'en', charts: [] });
    expect(html).not.toContain('<script');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('订单&#60;明细&#62;');
    expect(html).toContain('1,234');
    expect(html).toContain('95.3%');
    expect(html).toContain('Target 95.0%');
    expect(html).toContain('due date');
    expect(html).toContain('1–10');
    expect(html).toContain('2026-01 – …');
    // only KPIs with a value or a target get a column
    expect(html).toContain('<th>On-time rate</th>');
    expect(html).not.toContain('<th>Complaint rate</th>');
  });

  it('cuts a long issue list with a note saying how many more, and says when there are none', () => {
    const issues = Array.from({ length: 5 }, (_, i) => ({ sheet: 'Orders', cell: `F${i + 2}`, severity: 'warning' as const, message: `bad ${i}`, code: 'x' }));
    const html = reportHtml({ report: report([], issues), lang: 'zh', charts: [], maxIssues: 3 });
    expect(html).toContain('<td class="text">F4</td>');
    expect(html).not.toContain('F5');
    expect(html).toContain('另有 2 个');
    expect(html).toContain('所选范围内没有 KPI 数据');
    expect(reportHtml({ report: report([]), lang: 'en', charts: [] })).toContain('No issues found.');
  });
});
