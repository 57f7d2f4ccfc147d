import { describe, expect, it } from 'vitest';
import { DEMO_MONTHS, generateDemoWorkbook, mulberry32 } from '../../../shared/demo/index';
import { ingestTargets } from '../../../shared/ingest/index';
import { attachTargets, KPI_KEYS, MONTH_ALL, type KpiRow } from '../../../shared/kpi/index';
import { attachTargetsByMonth } from '../../../dashboard/data/attach-targets';

describe('attaching targets month by month', () => {
  it('gives exactly what attachTargets gives, on the demo’s KPI sheet', () => {
    const workbook = generateDemoWorkbook({ orders: 10 });
    const targets = ingestTargets(workbook.sheets[1], { date1904: false }).value;
    expect(targets.length).toBeGreaterThan(300);
    const rng = mulberry32(7);
    const random = () => rng.next();
    const owners = ['杨帆', '刘洋', '周杰', '无名', null];
    const teamOf: Record<string, string> = { 杨帆: '跟单', 刘洋: '跟单', 周杰: '售后' };
    const rows: KpiRow[] = [];
    for (let i = 0; i < 400; i++) {
      const row = { month: random() < 0.1 ? MONTH_ALL : DEMO_MONTHS[Math.floor(random() * DEMO_MONTHS.length)], group: owners[i % owners.length] } as KpiRow;
      // Some values missing, so KPI-sheet actuals are filled in too.
      for (const kpi of KPI_KEYS) row[kpi] = random() < 0.2 ? null : random();
      rows.push(row);
    }
    for (const group of ['owner', 'team', 'none'] as const) {
      const opts = { group, teamOf: (o: string) => teamOf[o] ?? null };
      const grouped = group === 'team' ? rows.map((r, i) => ({ ...r, group: ['跟单', '售后', null][i % 3] })) : rows;
      expect(attachTargetsByMonth(grouped, targets, opts)).toEqual(attachTargets(grouped, targets, opts));
    }
  });
});
