import { describe, expect, it } from 'vitest';
import { DEMO_MONTHS, generateDemoWorkbook, mulberry32 } from '../../../shared/demo/index';
import { ingestTargets } from '../../../shared/ingest/index';
import { actualFor, attachTargets, KPI_KEYS, MONTH_ALL, scopeOfRow, targetFor, type KpiRow } from '../../../shared/kpi/index';

describe('attachTargets on the demo’s KPI sheet', () => {
  it('each row gets the target and actual the whole sheet gives its scope (it reads only its month’s rows)', () => {
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
    let withTarget = 0;
    for (const group of ['owner', 'team', 'none'] as const) {
      const opts = { group, teamOf: (o: string) => teamOf[o] ?? null };
      const grouped = group === 'team' ? rows.map((r, i) => ({ ...r, group: ['跟单', '售后', null][i % 3] })) : rows;
      attachTargets(grouped, targets, opts).forEach((out, i) => {
        const scope = scopeOfRow(grouped[i], group, opts.teamOf);
        for (const kpi of KPI_KEYS) {
          const target = targetFor(targets, kpi, scope);
          if (target !== null) withTarget++;
          expect(out.targets[kpi]?.target ?? null, `${out.month} ${out.group} ${kpi}`).toBe(target);
          expect(out[kpi], `${out.month} ${out.group} ${kpi}`).toBe(grouped[i][kpi] ?? actualFor(targets, kpi, scope)?.value ?? null);
        }
      });
    }
    expect(withTarget).toBeGreaterThan(1000);
  });
});
