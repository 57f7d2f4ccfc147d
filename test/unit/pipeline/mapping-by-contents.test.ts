import { describe, expect, it } from 'vitest';
import { detectSheets, sampleColumns } from '../../../shared/mapping/index';
import { planOrders } from '../../../shared/pipeline/index';
import type { CellValue, WorkbookData } from '../../../shared/schema/workbook';

/* Where mapping by contents meets the pipeline: sheet detection and planOrders. */

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
