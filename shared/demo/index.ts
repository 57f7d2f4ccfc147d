export { generateDemoWorkbook, type DemoOptions } from './workbook';
export { demoWorkbookXlsx, workbookToXlsx } from './xlsx';
export {
  generateOrderCells,
  DEMO_SEED,
  DEMO_ORDER_COUNT,
  ORDER_SHEET_NAME,
} from './order-sheet';
export { ORDER_HEADERS } from './order';
export { KPI_SHEET_NAME, KPI_HEADERS } from './kpi-sheet';
export { DEMO_AS_OF, DEMO_FIRST_MONTH, DEMO_LAST_MONTH, DEMO_MONTHS, excelSerial } from './calendar';
export { DEMO_TEAMS, DEMO_MEMBERS, type DemoTeam, type Member } from './roster';
export { mulberry32, type Random } from './prng';
