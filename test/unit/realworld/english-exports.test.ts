import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/engine';
import { northwindOrdersCsv } from '../../fixtures/realworld/northwind';
import { olistOrdersCsv } from '../../fixtures/realworld/olist';
import { shopifyOrdersCsv } from '../../fixtures/realworld/shopify';
import { zendeskTicketsCsv } from '../../fixtures/realworld/zendesk';
import { headersOf, issueCodes, kpiRows, loadFile, rowOf, tempFolder, type LoadedFile, type TempFolder } from './harness';

/*
 * CSV exports of English-language systems, each read from a file, loaded and asked for KPIs.
 * The expected values are worked out by hand from the row tables in the fixtures' comments.
 * One engine for the file: each describe loads its own export, replacing the tables.
 */
let engine: Engine;
let folder: TempFolder;
beforeAll(async () => {
  engine = await createNodeEngine();
  folder = tempFolder();
});
afterAll(async () => {
  await engine.close();
  folder.remove();
});

const sql = async (query: string) => (await engine.query(query)).rows;

describe('Northwind Orders (SQL Server export, "NULL", "1996-07-04 00:00:00.000")', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await loadFile(engine, folder.write('Orders.csv', northwindOrdersCsv()));
  });

  it('maps the Northwind columns, leaving Freight (shipping cost, not the order value) alone', () => {
    expect(headersOf(file.loaded)).toEqual({
      order_id: 'OrderID',
      customer: 'CustomerID',
      owner: 'EmployeeID',
      created: 'OrderDate',
      due: 'RequiredDate',
      delivered: 'ShippedDate',
    });
    expect(file.loaded.rowCount).toBe(15);
    expect(file.loaded.months).toEqual(['1996-07', '1996-08', '1996-09', '1998-04', '1998-05']);
  });

  it('reads NULL as blank without an issue: the only issue is that there is no KPI sheet', () => {
    expect(issueCodes(file.issues)).toEqual(['pipelineNoKpiSheet']);
  });

  it('keeps ids and owners as text and dates as written', async () => {
    expect(await sql(`SELECT order_id, "owner", strftime("created", '%Y-%m-%d %H:%M') AS created, "delivered" IS NULL AS open FROM orders WHERE _row IN (2, 13) ORDER BY _row`)).toEqual([
      { order_id: '10248', owner: '5', created: '1996-07-04 00:00', open: false },
      { order_id: '11008', owner: '7', created: '1998-04-08 00:00', open: true },
    ]);
  });

  it('employee 6: one of three August-due orders on time (10264 and 10271 shipped late)', async () => {
    const rows = await kpiRows(engine, file.loaded, '1998-05-15');
    const august = rowOf(rows, '1996-08', '6');
    expect(august.on_time_rate).toBeCloseTo(1 / 3, 10);
    // Shipped in August: 10264 (07-24 → 08-23, 30 days) and 10271 (08-01 → 08-30, 29 days).
    expect(august.completed).toBe(2);
    expect(august.cycle_days_avg).toBeCloseTo(29.5, 10);
  });

  it('as of 1998-05-15 the unshipped orders due before then are overdue; those due after are not yet counted', async () => {
    const rows = await kpiRows(engine, file.loaded, '1998-05-15');
    // 11019 (employee 6) due 05-11 and 11008 (employee 7) due 05-06: open and late.
    expect(rowOf(rows, '1998-05', '6')).toMatchObject({ overdue_open: 1, on_time_rate: 0 });
    expect(rowOf(rows, '1998-05', '7')).toMatchObject({ overdue_open: 1, on_time_rate: 0 });
    // 11040 (employee 4) is due 05-20: not late yet, no on-time rate.
    expect(rowOf(rows, '1998-05', '4')).toMatchObject({ overdue_open: 0, on_time_rate: null });
  });

  it('nine orders were placed in July 1996', async () => {
    const rows = await kpiRows(engine, file.loaded, '1998-05-15', 'none');
    expect(rowOf(rows, '1996-07', null).orders).toBe(9);
  });
});

describe('Olist marketplace orders (hex ids, timestamps, order_status, review_score)', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await loadFile(engine, folder.write('olist_orders.csv', olistOrdersCsv()));
  });

  it('takes the customer delivery date, not the carrier or approval date, and the estimate as due', () => {
    expect(headersOf(file.loaded)).toEqual({
      order_id: 'order_id',
      customer: 'customer_id',
      status: 'order_status',
      created: 'order_purchase_timestamp',
      delivered: 'order_delivered_customer_date',
      due: 'order_estimated_delivery_date',
      amount: 'payment_value',
      satisfaction: 'review_score',
    });
    expect(issueCodes(file.issues)).toEqual(['pipelineNoKpiSheet']);
  });

  it('13 orders, "canceled" counted apart, reviews on a 5-point scale', () => {
    expect(file.loaded).toMatchObject({ rowCount: 13, cancelledCount: 1, satisfactionScale: 5 });
  });

  it('October 2017: 6 orders worth 440.31; 2 of 4 October-due orders on time', async () => {
    const october = rowOf(await kpiRows(engine, file.loaded, '2017-12-31', 'none'), '2017-10', null);
    expect(october.orders).toBe(6); // rows 2,3,4,6,7,8 (row 5 is canceled)
    expect(october.revenue).toBeCloseTo(38.71 + 72.2 + 120 + 65.5 + 89.9 + 54, 6);
    expect(october.on_time_rate).toBe(0.5); // on time: rows 2, 4; late: rows 3, 6
    expect(october.satisfaction).toBeCloseTo((4 + 2 + 5) / 3, 10); // delivered in October: rows 2, 3, 4
  });

  it('November: the shipped and the unavailable order are overdue; delivered 23:59:59 on the due day is on time', async () => {
    const rows = await kpiRows(engine, file.loaded, '2017-12-31', 'none');
    const november = rowOf(rows, '2017-11', null);
    expect(november.overdue_open).toBe(2); // rows 7 (shipped) and 8 (unavailable)
    expect(november.on_time_rate).toBe(0.5); // rows 9 and 10 on time of 7, 8, 9, 10
    expect(november.satisfaction).toBeCloseTo((1 + 5 + 4) / 3, 10); // row 6, 9, 10 (row 11 has no review)
    const december = rowOf(rows, '2017-12', null);
    expect(december).toMatchObject({ overdue_open: 1, satisfaction: 5 }); // row 12 invoiced, row 14 review 5
    expect(december.on_time_rate).toBeCloseTo(2 / 3, 10);
  });
});

describe('Zendesk tickets (ISO "…Z" times, Good/Bad/Offered satisfaction, hours to first reply)', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await loadFile(engine, folder.write('tickets.csv', zendeskTicketsCsv()));
  });

  it('maps a ticket export: Id, Assignee, Group, Requester, Solved at, First reply time, Resolved', () => {
    expect(headersOf(file.loaded)).toEqual({
      order_id: 'Id',
      owner: 'Assignee',
      team: 'Group',
      customer: 'Requester',
      created: 'Created at',
      due: 'Due date',
      delivered: 'Solved at',
      status: 'Status',
      satisfaction: 'Satisfaction Score',
      response_hours: 'First reply time (hrs)',
      resolved: 'Resolved',
    });
  });

  it('"Good"/"Bad" are an issue each and read as blank; "Offered"/"Not offered" are no rating and no issue', () => {
    const verdicts = file.issues.filter((i) => i.code === 'notANumber').map((i) => `${i.cell} ${i.params.value}`);
    expect(verdicts).toEqual(['L2 Good', 'L3 Bad', 'L7 Good', 'L8 Good', 'L9 Bad', 'L11 Good', 'L12 Bad']);
    expect(issueCodes(file.issues).filter((c) => !c.endsWith('notANumber'))).toEqual(['pipelineNoKpiSheet']);
    expect(file.loaded.satisfactionScale).toBeNull();
  });

  it('per agent in October: on-time, first reply hours, resolution', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-10-31');
    const lena = rowOf(rows, '2026-10', 'Lena Park');
    expect(lena.on_time_rate).toBe(0.75); // 4111 solved 10-30, due 10-28
    expect(lena.response_hours_avg).toBeCloseTo((1.5 + 20 + 4 + 26) / 4, 10);
    expect(lena.resolution_rate).toBe(1);
    // Created → solved, in days: 1.0625 + 6.3229 + 2.0833 + 9.0417 (times of day count).
    expect(lena.cycle_days_avg).toBeCloseTo((25.5 + 151.75 + 50 + 217) / 24 / 4, 10);
    expect(lena.satisfaction).toBeNull();

    const omar = rowOf(rows, '2026-10', 'Omar Haddad');
    expect(omar).toMatchObject({ on_time_rate: 0.25, overdue_open: 1, resolution_rate: 0.5 }); // 4110 on time; 4105 open
    expect(omar.response_hours_avg).toBeCloseTo((3.25 + 0.25 + 6.5) / 3, 10); // 4108 had no reply

    // 4106: solved 10-15 23:30Z, due 10-15 17:00Z — same calendar day, on time; no shift by zone.
    const wei = rowOf(rows, '2026-10', 'Wei Zhang');
    expect(wei).toMatchObject({ on_time_rate: 0.5, overdue_open: 1 });
    expect(wei.resolution_rate).toBeCloseTo(1 / 3, 10);
  });

  it('the unassigned new ticket is its own row (no owner), not dropped', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-10-31');
    expect(rowOf(rows, '2026-10', null).orders).toBe(1);
  });
});

describe('Shopify orders (one row per line item, "+0800" times, "$1,234.56")', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await loadFile(engine, folder.write('orders_export.csv', shopifyOrdersCsv()));
  });

  it('maps Total (not Subtotal) as the amount, and does not take "Name" (#1001) for an owner', () => {
    expect(headersOf(file.loaded)).toEqual({
      order_id: 'Id',
      customer: 'Billing Name',
      supplier: 'Vendor',
      created: 'Created at',
      delivered: 'Fulfilled at',
      status: 'Fulfillment Status',
      amount: 'Total',
    });
  });

  it('the lines of an order are one order, told once; "Cancelled at" cancels #1003', () => {
    expect(issueCodes(file.issues)).toEqual(['orderLinesCombined', 'orderLinesAcrossGroups', 'pipelineNoKpiSheet']);
    expect(file.issues[0].params).toEqual({ orders: 6, rows: 9 });
    // #1005's lines are from Woodcraft (the sofa) and Softies (cushion, throw).
    expect(file.issues[1].params).toEqual({ count: 1, id: '5123456780005' });
    expect(file.loaded).toMatchObject({ rowCount: 6, cancelledCount: 1, ordersAcrossGroups: true });
  });

  it('October: 4 orders, $3,683.56; the order placed 11-01 06:10 +0800 stays in November', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-11-30', 'none');
    const october = rowOf(rows, '2026-10', null);
    expect(october.orders).toBe(4); // #1001, #1002, #1004, #1005
    expect(october.revenue).toBeCloseTo(1234.56 + 89 + 310 + 2050, 6);
    expect(october.completed).toBe(3);
    // In minutes: #1001 1d 4h45m = 1725, #1002 2d 13h20m = 3680, #1005 1d 23h = 2820.
    expect(october.cycle_days_avg).toBeCloseTo((1725 + 3680 + 2820) / 1440 / 3, 10);
    expect(rowOf(rows, '2026-11', null)).toMatchObject({ orders: 1, revenue: 64.99 });
  });

  it('by vendor: Woodcraft has #1001, #1004, #1005; #1005 also counts once for Softies, whose lines carry no Total', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-11-30', 'supplier');
    expect(rowOf(rows, '2026-10', 'Woodcraft').orders).toBe(3);
    expect(rowOf(rows, '2026-10', 'Woodcraft').revenue).toBeCloseTo(1234.56 + 310 + 2050, 6);
    expect(rowOf(rows, '2026-10', 'Claybox')).toMatchObject({ orders: 1, revenue: 89 });
    expect(rowOf(rows, '2026-10', 'Softies')).toMatchObject({ orders: 1, revenue: null, completed: 1 });
  });

  it('mapped by its order number (Name), the same orders come out', async () => {
    const named = await loadFile(engine, folder.write('orders_export.csv', shopifyOrdersCsv()), { overrides: { order_id: 'Name' } });
    expect(named.loaded.mapping.order_id?.header).toBe('Name');
    expect(issueCodes(named.issues)).toEqual(['orderLinesCombined', 'orderLinesAcrossGroups', 'pipelineNoKpiSheet']);
    // #1005 is kept once per vendor of its lines (Woodcraft on row 7, Softies from row 8).
    expect(await sql('SELECT order_id, supplier FROM orders ORDER BY _row')).toEqual([
      ['#1001', 'Woodcraft'], ['#1002', 'Claybox'], ['#1003', 'Brightly'], ['#1004', 'Woodcraft'], ['#1005', 'Woodcraft'], ['#1005', 'Softies'], ['#1006', 'Brightly'],
    ].map(([order_id, supplier]) => ({ order_id, supplier })));
  });
});
