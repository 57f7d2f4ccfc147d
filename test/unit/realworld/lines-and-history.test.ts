import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/engine';
import { formatIssue } from '../../../shared/messages/index';
import {
  erpOrderLinesCsv,
  incidentAuditCsv,
  marketplaceItemsCsv,
  repeatedTotalLinesCsv,
  sharedOwnerLinesCsv,
  statusLogCsv,
  ticketHistoryCsv,
} from '../../fixtures/realworld/lines-and-history';
import { issueCodes, kpiRows, loadFile, rowOf, tempFolder, type LoadedFile, type TempFolder } from './harness';

/*
 * Sheets where an order id is on several rows (DESIGN.md, "Sheet shapes seen in real exports"):
 * order lines (an order counts once, its amount the sum of its lines, once in each group its
 * lines lie in) and histories (each id once, in its latest state). Figures by hand from the
 * fixtures' comments.
 */
let engine: Engine;
let folder: TempFolder;
beforeAll(async () => {
  engine = await createNodeEngine();
  folder = tempFolder();
}, 240_000);
afterAll(async () => {
  await engine.close();
  folder.remove();
});

const load = (name: string, bytes: Uint8Array) => loadFile(engine, folder.write(name, bytes));
const paramsOf = (file: LoadedFile, code: string) => file.issues.filter((i) => i.code === code).map((i) => i.params);

describe('ERP order lines: one sales rep per order, lines apart, a totals row', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await load('so-lines.csv', erpOrderLinesCsv());
  });

  it('3 orders from 6 lines, said once; the 合计 row is still left out', () => {
    expect(issueCodes(file.issues)).toEqual(['orderLinesCombined', 'A8 totalsRowSkipped', 'pipelineNoKpiSheet']);
    expect(paramsOf(file, 'orderLinesCombined')).toEqual([{ orders: 3, rows: 6 }]);
    expect(file.loaded).toMatchObject({ rowCount: 3, ordersAcrossGroups: false });
  });

  it('revenue is the sum of the lines: Ann 400 (SO-1), Bob 700 (SO-2 80 + SO-3 500 + 120)', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-10-31', 'owner');
    expect(rowOf(rows, '2026-10', 'Ann')).toMatchObject({ orders: 1, revenue: 400, on_time_rate: 1 });
    // SO-3 shipped 10-15 against 10-12; SO-2 is open and past its due date 10-20.
    expect(rowOf(rows, '2026-10', 'Bob')).toMatchObject({ orders: 2, revenue: 700, on_time_rate: 0, overdue_open: 1 });
    const all = await kpiRows(engine, file.loaded, '2026-10-31', 'none');
    expect(rowOf(all, '2026-10', null)).toMatchObject({ orders: 3, revenue: 1100 });
  });
});

describe('Marketplace items: an order with items of two sellers', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await load('order_items.csv', marketplaceItemsCsv());
  });

  it('says which order lies in more than one group, once', () => {
    expect(paramsOf(file, 'orderLinesAcrossGroups')).toEqual([{ count: 1, id: 'o1' }]);
    expect(file.loaded).toMatchObject({ rowCount: 3, ordersAcrossGroups: true });
  });

  it('by seller, o1 counts once for each seller with that seller’s items: s1 30 (20 + 10), s2 30', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-11-30', 'supplier', { basis: 'created' });
    expect(rowOf(rows, '2026-10', 's1')).toMatchObject({ orders: 1, revenue: 30 });
    expect(rowOf(rows, '2026-10', 's2')).toMatchObject({ orders: 2, revenue: 75 });
    expect(rowOf(rows, '2026-11', 's1')).toMatchObject({ orders: 1, revenue: 99 });
  });

  it('over all sellers, o1 counts once with all its items: October 2 orders, 105', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-11-30', 'none');
    expect(rowOf(rows, '2026-10', null)).toMatchObject({ orders: 2, revenue: 105, on_time_rate: 0.5 });
    expect(rowOf(rows, '2026-11', null)).toMatchObject({ orders: 1, revenue: 99 });
  });

  it('filtered to one seller, its own items only', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-11-30', 'none', { filters: { supplier: ['s1'] } });
    expect(rowOf(rows, '2026-10', null)).toMatchObject({ orders: 1, revenue: 30 });
  });
});

describe('Lines that repeat the order total, and disagree once on the due date', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await load('明细.csv', repeatedTotalLinesCsv());
  });

  it('the total repeated on every line counts once per order; the disagreement is shown at its cell', () => {
    expect(issueCodes(file.issues)).toEqual(['amountOncePerOrder', 'orderLinesCombined', 'H7 orderLinesDisagree', 'pipelineNoKpiSheet']);
    const disagree = file.issues.find((i) => i.code === 'orderLinesDisagree')!;
    expect(formatIssue(disagree, 'en')).toBe('明细!H7: the lines of order "L-3" disagree on 交期 (2026-10-20, 2026-10-25); the order takes 2026-10-25');
    expect(formatIssue(disagree, 'zh')).toBe('明细!H7: 订单“L-3”各行的“交期”不一致（2026-10-20, 2026-10-25）；该订单取 2026-10-25');
  });

  it('张三 310 (L-1 300, L-4 10), 李四 115 (L-2 40, L-3 75); L-3 is on time against its latest due date', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-10-31', 'owner');
    expect(rowOf(rows, '2026-10', '张三')).toMatchObject({ orders: 2, revenue: 310, on_time_rate: 0.5 });
    expect(rowOf(rows, '2026-10', '李四')).toMatchObject({ orders: 2, revenue: 115, on_time_rate: 1 });
  });
});

describe('Orders shared by two sales reps (a rep per line)', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await load('shared.csv', sharedOwnerLinesCsv());
  });

  it('P-1 counts for Ann (100) and for Bob (60); P-2 once for Ann (50)', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-10-31', 'owner');
    expect(rowOf(rows, '2026-10', 'Ann')).toMatchObject({ orders: 2, revenue: 150 });
    expect(rowOf(rows, '2026-10', 'Bob')).toMatchObject({ orders: 2, revenue: 130 });
    const teams = await kpiRows(engine, file.loaded, '2026-10-31', 'team');
    expect(rowOf(teams, '2026-10', 'East')).toMatchObject({ orders: 2, revenue: 150 });
    expect(rowOf(teams, '2026-10', 'West')).toMatchObject({ orders: 2, revenue: 130 });
  });

  it('the team of three orders counts them once: 3 orders, 280', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-10-31', 'none');
    expect(rowOf(rows, '2026-10', null)).toMatchObject({ orders: 3, revenue: 280 });
  });

  it('filtered to the East team, by owner: only Ann, with East’s lines', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-10-31', 'owner', { filters: { team: ['East'] } });
    expect(rows.filter((r) => r.month === '2026-10').map((r) => [r.group, r.orders, r.revenue])).toEqual([['Ann', 2, 150]]);
  });
});

describe('A service desk audit log ordered by sys_mod_count, newest first', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await load('incident_audit.csv', incidentAuditCsv());
  });

  it('3 incidents from 6 history rows, the latest by sys_mod_count, said once', () => {
    expect(issueCodes(file.issues)).toEqual(['historyLatestKept', 'pipelineNoKpiSheet']);
    expect(formatIssue(file.issues[0], 'en')).toBe(
      'incident_audit: 3 orders from 6 history rows (an order id on several rows, its status or dates changing); each order\'s latest row kept (by "sys_mod_count")',
    );
    expect(file.loaded.rowCount).toBe(3);
  });

  it('each incident in its latest state: INC1 resolved by Desk (reassigned from Network), INC2 still open', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-10-31', 'team');
    // INC1 10-01 09:00 → 10-04 15:00 = 3.25 days; INC3 10-03 08:00 → 18:00 = 10/24 day.
    expect(rowOf(rows, '2026-10', 'Desk')).toMatchObject({ orders: 2, completed: 2 });
    expect(rowOf(rows, '2026-10', 'Desk').cycle_days_avg).toBeCloseTo((3.25 + 10 / 24) / 2, 10);
    expect(rowOf(rows, '2026-10', 'Network')).toMatchObject({ orders: 1, completed: 0 });
    const owners = await kpiRows(engine, file.loaded, '2026-10-31', 'owner');
    expect(owners.filter((r) => r.month === '2026-10').map((r) => [r.group, r.orders])).toEqual([['Cy', 2], ['Di', 1]]);
  });
});

describe('A ticket history ordered by "Updated at", not by file order', () => {
  it('T-2 was reopened after it was solved: open; T-1 solved in 5 days 4 hours', async () => {
    const file = await load('ticket_history.csv', ticketHistoryCsv());
    expect(paramsOf(file, 'historyLatestKept')).toEqual([{ orders: 3, rows: 7, by: 'Updated at' }]);
    const rows = await kpiRows(engine, file.loaded, '2026-10-31', 'none');
    expect(rowOf(rows, '2026-10', null)).toMatchObject({ orders: 3, completed: 1 });
    expect(rowOf(rows, '2026-10', null).cycle_days_avg).toBeCloseTo(5 + 4 / 24, 10);
  });
});

describe('A status log with no counter or updated column: file order', () => {
  it('W-1 and W-2 in their last rows: both done, in 4 and 1 days', async () => {
    const file = await load('工单记录.csv', statusLogCsv());
    expect(paramsOf(file, 'historyLatestKept')).toEqual([{ orders: 2, rows: 5, by: '' }]);
    expect(formatIssue(file.issues.find((i) => i.code === 'historyLatestKept')!, 'zh')).toBe(
      '工单记录: 5 行变更记录（同一单号多行，状态或日期有变化）合为 2 个单；每个单取最新一行（文件中最后一行）',
    );
    const rows = await kpiRows(engine, file.loaded, '2026-10-31', 'owner');
    expect(rowOf(rows, '2026-10', '王五')).toMatchObject({ orders: 1, completed: 1, cycle_days_avg: 4 });
    expect(rowOf(rows, '2026-10', '赵六')).toMatchObject({ orders: 1, completed: 1, cycle_days_avg: 1 });
  });
});
