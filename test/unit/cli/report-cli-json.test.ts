import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli, STACK_LINE } from './run-cli';
import { KPI_ROWS, tempFiles, tenOrdersWorkbook, xlsxBytes } from './fixture-workbooks';

interface Row {
  month: string;
  group: string | null;
  targets: Record<string, { target: number; met: boolean | null }>;
  [kpi: string]: unknown;
}

let dir: string;
beforeAll(() => {
  dir = tempFiles({
    'orders.xlsx': tenOrdersWorkbook(),
    // only Alice's February satisfaction target, on a sheet named Goals
    'targets.xlsx': xlsxBytes({ Notes: [['nothing here']], Goals: [KPI_ROWS[0], KPI_ROWS[3]] }),
  });
});

// Several tests read the same report: run the CLI once per argument list (each run is seconds).
const runs = new Map<string, ReturnType<typeof runCli>>();
async function jsonReport(args: string[]) {
  const argv = [join(dir, 'orders.xlsx'), '--as-of', '2026-03-31', ...args];
  if (!runs.has(argv.join('\0'))) runs.set(argv.join('\0'), runCli(argv));
  const run = await runs.get(argv.join('\0'))!;
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout);
  const row = (month: string, group: string | null): Row => {
    const found = report.rows.find((r: Row) => r.month === month && r.group === group);
    expect(found, `row ${month} ${group}`).toBeTruthy();
    return found;
  };
  return { report, row };
}

describe('report CLI, json (ten orders worked out by hand)', () => {
  it('prints the contract fields with the settings and the mapping', async () => {
    const { report } = await jsonReport([]);
    expect(report).toMatchObject({ asOf: '2026-03-31', basis: 'natural', group: 'owner' });
    expect(report.mapping).toMatchObject({ order_id: 'Order ID', owner: 'Owner', created: 'Order Date', due: 'Due Date', delivered: 'Delivered' });
    expect(Array.isArray(report.issues)).toBe(true);
    for (const issue of report.issues) expect(Object.keys(issue)).toEqual(expect.arrayContaining(['sheet', 'cell', 'severity', 'message']));
    expect(report.cancelled).toBe(1);
    expect(report.satisfactionScale).toBe(5);
  });

  it("Alice: counts by order date, on-time and completion by due date, quality by delivery date", async () => {
    const { row } = await jsonReport([]);
    const jan = row('2026-01', 'Alice');
    // created in January: A1, A2, A3 (100 + 200 + 300); delivered in January: A1, A2
    expect(jan).toMatchObject({ orders: 3, revenue: 600, completed: 2 });
    // due in January: A1 on time, A2 three days late
    expect(jan.on_time_rate).toBeCloseTo(0.5, 10);
    expect(jan.completion_rate).toBeCloseTo(1, 10);
    // delivered in January: A1 no error, A2 one error; satisfaction (5 + 3) / 2
    expect(jan.error_rate).toBeCloseTo(0.5, 10);
    expect(jan.satisfaction).toBeCloseTo(4, 10);
    // cycle days 13 (A1) and 18 (A2): mean 15.5, p90 = 13 + 0.9 × 5
    expect(jan.cycle_days_avg).toBeCloseTo(15.5, 10);
    expect(jan.cycle_days_p90).toBeCloseTo(17.5, 10);

    const feb = row('2026-02', 'Alice');
    // created in February: A4 (A5 cancelled, not counted)
    expect(feb).toMatchObject({ orders: 1, revenue: 150, completed: 1, overdue_open: 1 });
    // due in February: A3 on time, A4 open and past due at the as-of date
    expect(feb.on_time_rate).toBeCloseTo(0.5, 10);
    expect(feb.completion_rate).toBeCloseTo(0.5, 10);
    expect(feb.error_rate).toBe(0);
    expect(feb.cycle_days_avg).toBeCloseTo(19, 10); // A3: 2026-01-15 → 2026-02-03
  });

  it('Bob: on the due day counts as on time; an open order not yet due is not in the rate', async () => {
    const { row } = await jsonReport([]);
    const jan = row('2026-01', 'Bob');
    expect(jan).toMatchObject({ orders: 2, revenue: 130, completed: 1 });
    expect(jan.on_time_rate).toBeCloseTo(0.5, 10); // B1 on the day, B2 late
    const feb = row('2026-02', 'Bob');
    expect(feb).toMatchObject({ orders: 2, completed: 2, overdue_open: 0 });
    expect(feb.on_time_rate).toBeCloseTo(1, 10); // B4
    expect(feb.error_rate).toBeCloseTo(0.5, 10); // B2 had errors, B4 none
    expect(feb.satisfaction).toBeCloseTo(3.5, 10); // (2 + 5) / 2
    expect(feb.cycle_days_avg).toBeCloseTo(13, 10);
    const mar = row('2026-03', 'Bob');
    expect(mar.on_time_rate).toBeCloseTo(1, 10); // B5 on time; B3 due on the as-of day is not overdue
    expect(mar.overdue_open).toBe(0);
  });

  it('applies the most specific target and its direction', async () => {
    const { row } = await jsonReport([]);
    // everyone's 90% on-time target: Alice's 50% misses it
    expect(row('2026-01', 'Alice').targets.on_time_rate).toMatchObject({ target: 0.9, met: false });
    // Support's own 50% wins over everyone's 90% for Bob
    expect(row('2026-01', 'Bob').targets.on_time_rate).toMatchObject({ target: 0.5, met: true });
    // Alice's February satisfaction target 4.5: 4 misses it; January has none
    expect(row('2026-02', 'Alice').targets.satisfaction).toMatchObject({ target: 4.5, met: false });
    expect(row('2026-01', 'Alice').targets.satisfaction).toBeUndefined();
  });

  it('--group none gives group null, top level and in every row', async () => {
    const { report, row } = await jsonReport(['--group', 'none']);
    expect(report.group).toBeNull();
    expect(report.rows.every((r: Row) => r.group === null)).toBe(true);
    const jan = row('2026-01', null);
    expect(jan.orders).toBe(5); // A1 A2 A3 B1 B2
    expect(jan.on_time_rate).toBeCloseTo(2 / 4, 10); // A1, B1 of A1 A2 B1 B2
  });

  it('--from/--to keep only those months', async () => {
    const { report } = await jsonReport(['--from', '2026-02', '--to', '2026-02']);
    expect(report.rows.length).toBeGreaterThan(0);
    expect(report.rows.every((r: Row) => r.month === '2026-02')).toBe(true);
  });

  it('--kpi FILE#SHEET takes the targets from that sheet instead of the workbook\'s own', async () => {
    const { report, row } = await jsonReport(['--kpi', `${join(dir, 'targets.xlsx')}#Goals`]);
    expect(report.kpiSheet).toBe('Goals');
    expect(row('2026-02', 'Alice').targets.satisfaction).toMatchObject({ target: 4.5, met: false });
    expect(row('2026-01', 'Alice').targets.on_time_rate).toBeUndefined();
  });
});
