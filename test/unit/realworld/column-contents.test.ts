import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/engine';
import { computeKpis } from '../../../shared/pipeline/index';
import { formatIssue } from '../../../shared/messages/index';
import {
  amazonOrdersCsv,
  helpDeskTicketsCsv,
  salesDumpCsv,
  serviceNowIncidentsXlsx,
  shopStatesXlsx,
} from '../../fixtures/realworld/column-contents';
import { headersOf, issueCodes, kpiRows, loadFile, rowOf, tempFolder, type LoadedFile, type TempFolder } from './harness';

/*
 * Exports whose headers name a field their columns cannot hold (column-contents.ts), and
 * missing markers, each read from a file, loaded and asked for KPIs. The expected values are
 * worked out by hand from the row tables in the fixtures' comments.
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
const AS_OF = '2026-10-31';

describe('ServiceNow incidents: made_sla (TRUE/FALSE) is no due date; state is the status', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await loadFile(engine, folder.write('incident.xlsx', serviceNowIncidentsXlsx()));
  });

  it('maps state as the status and leaves the due date unmapped', () => {
    expect(headersOf(file.loaded)).toEqual({
      order_id: 'number',
      owner: 'assigned_to',
      team: 'assignment_group',
      created: 'opened_at',
      delivered: 'resolved_at',
      status: 'state',
    });
    expect(file.loaded.fieldsPresent).not.toContain('due');
  });

  it('says once why, at the made_sla header, instead of "not a date" in every cell', () => {
    expect(issueCodes(file.issues)).toEqual(['I1 mappingRejectedByContents', 'pipelineNoKpiSheet']);
    const issue = file.issues[0];
    expect(formatIssue(issue, 'en')).toBe(
      'Page 1!I1: column "made_sla" holds yes/no values (e.g. "TRUE"), so it is not read as Due (promised date) [due]; if it is, map it by hand (CLI: --map due=made_sla)',
    );
    expect(formatIssue(issue, 'zh')).toBe(
      'Page 1!I1: “made_sla”列存放的是“是/否”值（例如“TRUE”），因此不作为“承诺交期”[due]读取；如果确实是，请手动对应（命令行：--map due=made_sla）',
    );
  });

  it('October: 5 incidents (the Canceled one apart), 3 resolved in 1.458 days on average, no on-time rate', async () => {
    const october = rowOf(await kpiRows(engine, file.loaded, AS_OF, 'none'), '2026-10', null);
    expect(october.orders).toBe(5);
    expect(october.completed).toBe(3);
    // 6.5 h + 4 d 1 h + 1.5 h = 4.375 days over 3 incidents.
    expect(october.cycle_days_avg).toBeCloseTo(4.375 / 3, 10);
    expect(october.on_time_rate).toBeNull();
    const { absent } = await computeKpis(engine, file.loaded, { basis: 'natural', group: 'none', asOf: AS_OF });
    expect(absent.find((a) => a.kpi === 'on_time_rate')?.missing).toEqual(['due']);
  });

  it('mapped by hand (--map due=made_sla), the column is read as asked, and every cell is reported', async () => {
    const byHand = await loadFile(engine, folder.write('incident.xlsx', serviceNowIncidentsXlsx()), { overrides: { due: 'made_sla' } });
    expect(byHand.loaded.mapping.due?.header).toBe('made_sla');
    expect(byHand.issues.filter((i) => i.code === 'notADate')).toHaveLength(6);
  });
});

describe('US states: "ship-state" beside a real "order-status", and a "State" column alone', () => {
  it('Amazon order report: the status is order-status; the cancelled order is left out', async () => {
    const file = await loadFile(engine, folder.write('orders.csv', amazonOrdersCsv()));
    expect(headersOf(file.loaded)).toEqual({ order_id: 'amazon-order-id', created: 'purchase-date', status: 'order-status', amount: 'item-price' });
    expect(issueCodes(file.issues)).toEqual(['pipelineNoKpiSheet']);
    const october = rowOf(await kpiRows(engine, file.loaded, AS_OF, 'none'), '2026-10', null);
    expect(october.orders).toBe(3);
    expect(october.revenue).toBeCloseTo(25.99 + 40 + 19.01, 10);
  });

  it('a "State" column of US states is no status: left unmapped, with one issue', async () => {
    const file = await loadFile(engine, folder.write('shop.xlsx', shopStatesXlsx()));
    expect(headersOf(file.loaded)).toEqual({ order_id: 'Order ID', created: 'Order Date', customer: 'Customer', amount: 'Amount' });
    expect(issueCodes(file.issues)).toEqual(['E1 mappingRejectedByContents', 'pipelineNoKpiSheet']);
    expect(formatIssue(file.issues[0], 'en')).toBe(
      'Orders!E1: column "State" holds place names (e.g. "California"), so it is not read as Status [status]; if it is, map it by hand (CLI: --map status=State)',
    );
    expect(formatIssue(file.issues[0], 'zh')).toBe(
      'Orders!E1: “State”列存放的是地名（例如“California”），因此不作为“状态”[status]读取；如果确实是，请手动对应（命令行：--map status=State）',
    );
  });
});

describe('help desk: comma-joined reply ids are no response hours; "?" agents; impossible hours', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await loadFile(engine, folder.write('tickets.csv', helpDeskTicketsCsv()));
  });

  it('passes over "Responses" (id lists) for the next column that names response hours', () => {
    expect(headersOf(file.loaded)).toMatchObject({ owner: 'Agent', response_hours: 'First reply time (hrs)' });
    const issue = file.issues.find((i) => i.code === 'mappingRejectedByContents')!;
    expect(formatIssue(issue, 'en')).toBe(
      'tickets!E1: column "Responses" holds lists of ids joined by commas (e.g. "12345, 67890"), so it is not read as First response (hours) [response_hours]; "First reply time (hrs)" is read instead',
    );
    expect(formatIssue(issue, 'zh')).toBe(
      'tickets!E1: “Responses”列存放的是用逗号连接的编号列表（例如“12345, 67890”），因此不作为“首次响应时间（小时）”[response_hours]读取；改为读取“First reply time (hrs)”列',
    );
  });

  it('reports -2 and 100000 hours at their cells, in both languages, and nothing for "?"', () => {
    expect(issueCodes(file.issues)).toEqual([
      'E1 mappingRejectedByContents',
      'F4 negativeResponseHours',
      'F5 responseHoursOverTenYears',
      'pipelineNoKpiSheet',
    ]);
    const [negative, tooLong] = [file.issues[1], file.issues[2]];
    expect(formatIssue(negative, 'en')).toBe('tickets!F4: response time -2 h is negative; read as blank (left out of the response-time figures)');
    expect(formatIssue(negative, 'zh')).toBe('tickets!F4: 响应时间 -2 小时为负数，按空白处理（不计入响应时间指标）');
    expect(formatIssue(tooLong, 'en')).toBe(
      'tickets!F5: response time 100000 h is more than 10 years (87,600 h); read as blank (left out of the response-time figures)',
    );
    expect(formatIssue(tooLong, 'zh')).toBe('tickets!F5: 响应时间 100000 小时超过 10 年（87,600 小时），按空白处理（不计入响应时间指标）');
  });

  it('"?" is nobody: no member named "?", the two tickets kept without an owner', async () => {
    expect(file.loaded.owners).toEqual(['Lena', 'Omar']);
    expect(await sql(`SELECT count(*)::INT AS n FROM orders WHERE "owner" IS NULL`)).toEqual([{ n: 2 }]);
  });

  it('response_hours_avg 3.75 and p90 5.4 from the readable hours 2, 4, 6 and 3', async () => {
    const october = rowOf(await kpiRows(engine, file.loaded, AS_OF, 'none'), '2026-10', null);
    expect(october.orders).toBe(6);
    expect(october.response_hours_avg).toBeCloseTo(3.75, 10);
    expect(october.response_hours_p90).toBeCloseTo(5.4, 10);
    // Lena: 2 (100000 left out); Omar: 3 (-2 left out).
    const byOwner = await kpiRows(engine, file.loaded, AS_OF, 'owner');
    expect(rowOf(byOwner, '2026-10', 'Lena').response_hours_avg).toBeCloseTo(2, 10);
    expect(rowOf(byOwner, '2026-10', 'Omar').response_hours_avg).toBeCloseTo(3, 10);
  });
});

describe('database dump: a column of "NULL" or of "?" in every cell holds nothing', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await loadFile(engine, folder.write('sales.csv', salesDumpCsv()));
  });

  it('leaves Satisfaction and Complaint unmapped, each with one issue', () => {
    expect(headersOf(file.loaded)).toEqual({ order_id: 'OrderNo', created: 'OrderDate', owner: 'SalesRep', amount: 'Amount' });
    expect(issueCodes(file.issues)).toEqual(['F1 mappingRejectedByContents', 'G1 mappingRejectedByContents', 'pipelineNoKpiSheet']);
    expect(formatIssue(file.issues[0], 'en')).toBe(
      'sales!F1: column "Satisfaction" holds nothing but "NULL", so it is not read as Satisfaction [satisfaction]; if it is, map it by hand (CLI: --map satisfaction=Satisfaction)',
    );
    expect(formatIssue(file.issues[1], 'zh')).toBe(
      'sales!G1: “Complaint”列只有“?”，因此不作为“是否投诉”[complaint]读取；如果确实是，请手动对应（命令行：--map complaint=Complaint）',
    );
  });

  it('the complaint rate is absent, not 0 %', async () => {
    const october = rowOf(await kpiRows(engine, file.loaded, AS_OF, 'none'), '2026-10', null);
    expect(october.orders).toBe(3);
    expect(october.revenue).toBe(3500);
    expect(october.complaint_rate).toBeNull();
    expect(october.satisfaction).toBeNull();
  });
});
