import { describe, expect, it } from 'vitest';
import { detectSheets, sampleColumns } from '../../../shared/mapping/index';
import { ingestSecondHalf, planOrders } from '../../../shared/pipeline/index';
import type { CellValue, WorkbookData } from '../../../shared/schema/workbook';

/* Where mapping by contents meets the pipeline: sheet detection, planOrders, a CSV's halves. */

/** A QA checklist whose headers read like orders, with ticks under "Created" and "Shipped". */
const CHECKLIST: CellValue[][] = [
  ['Order No', 'Created', 'Shipped', 'Invoiced'],
  ['SO-1', true, true, false],
  ['SO-2', true, false, false],
];
const ORDERS: CellValue[][] = [
  ['Order ID', 'Order Date', 'Amount'],
  ['SO-1', '2026-10-01', 100],
  ['SO-2', '2026-10-02', 250],
];

describe('sheet detection by contents', () => {
  const workbook: WorkbookData = {
    sheets: [
      { name: 'Checklist', values: CHECKLIST },
      { name: 'Orders', values: ORDERS },
    ],
    date1904: false,
  };

  it('a sheet whose created column holds no dates is no orders sheet, however well its headers match', () => {
    expect(detectSheets(workbook).orders?.sheet).toBe('Orders');
    expect(detectSheets(workbook).candidates.map((c) => c.sheet)).toEqual(['Orders']);
  });

  it('named by the user, it fails with the missing field and the reason (an error for the required field)', () => {
    const { plan, issues } = planOrders(workbook, { ordersSheet: 'Checklist' });
    expect(plan).toBeNull();
    expect(issues.map((i) => `${i.cell} ${i.severity} ${i.code}`)).toEqual([
      ' error mappingMissingRequired',
      'B1 error mappingRejectedByContents',
      'C1 warning mappingRejectedByContents',
    ]);
    expect(issues[1].params).toMatchObject({ field: 'created', header: 'Created', reason: 'yesNo', example: 'TRUE' });
  });

  it('the plan carries the sample the mapping judged by', () => {
    const { plan } = planOrders(workbook);
    expect(plan?.sample).toEqual(sampleColumns(ORDERS, 0, 3));
  });
});

describe("a CSV's second half maps by the first half's sample", () => {
  // made_sla: TRUE/FALSE at the top; the second half's rows have it blank.
  const headers = ['Ticket', 'Opened', 'made_sla'];
  const firstHalf: CellValue[][] = [headers, ['T-1', '2026-10-01', 'TRUE'], ['T-2', '2026-10-02', 'FALSE']];
  const secondRows: CellValue[][] = [['T-3', '2026-10-03', ''], ['T-4', '2026-10-04', '']];
  const setup = { sheetName: 'tickets', rowsBefore: firstHalf.length, headers };

  it('with the first half\'s sample, the second half leaves due unmapped as the first did', () => {
    const second = ingestSecondHalf(secondRows, { ...setup, sample: sampleColumns(firstHalf, 0, 3) });
    expect(second.ok && second.fieldsPresent).toEqual(['order_id', 'created']);
  });

  it('on its own blank cells alone it would have taken made_sla as the due date', () => {
    const second = ingestSecondHalf(secondRows, setup);
    expect(second.ok && second.fieldsPresent).toEqual(['order_id', 'created', 'due']);
  });
});
