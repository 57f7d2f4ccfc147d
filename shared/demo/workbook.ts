import type { WorkbookData } from '../schema/workbook';
import { demoKpiSheet } from './kpi-sheet';
import { DEMO_ORDER_COUNT, DEMO_SEED, demoOrderSheet } from './order-sheet';

export interface DemoOptions {
  /** Number of orders (default 20,000). */
  orders?: number;
  /** PRNG seed: the same seed always gives the same workbook. */
  seed?: number;
}

/**
 * The built-in demo workbook, as the add-in would read it from Excel: an orders sheet
 * (订单明细) and a long-form KPI target sheet (KPI目标), 1900 date system.
 */
export function generateDemoWorkbook(opts: DemoOptions = {}): WorkbookData {
  const orders = demoOrderSheet(opts.orders ?? DEMO_ORDER_COUNT, opts.seed ?? DEMO_SEED);
  return { sheets: [orders, demoKpiSheet()], date1904: false };
}
