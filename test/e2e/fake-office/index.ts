import type { Page } from 'playwright-core';
import type { WorkbookData } from '../../../shared/schema/workbook';
import { installFakeOffice, type FakeOfficeInit, type FakeSnapshot } from './fake-office';

export { installFakeOffice, type FakeOfficeInit, type FakeSnapshot, type FakeSheetSnapshot, type FakeArea } from './fake-office';

/** The fake Office over a workbook, installed before the page's own scripts run. */
export async function useFakeOffice(page: Page, workbook: WorkbookData, options: Omit<FakeOfficeInit, 'sheets' | 'date1904'> = {}) {
  const init: FakeOfficeInit = {
    ...options,
    date1904: workbook.date1904,
    sheets: workbook.sheets.map((s) => ({ name: s.name, values: s.values, numberFormats: s.numberFormats })),
  };
  await page.addInitScript({ content: fakeOfficeScript(init) });
}

/**
 * The fake as one script. It is sent as source text, so a helper a TypeScript runner adds to
 * named functions (esbuild's `__name`, under tsx) is defined here as a no-op.
 */
export function fakeOfficeScript(init: FakeOfficeInit): string {
  return `(() => { const __name = (target) => target; (${installFakeOffice.toString()})(${JSON.stringify(init)}); })();`;
}

/** The fake workbook as it is now: sheets (all, or those named), writes, selections, settings. */
export function fakeWorkbook(page: Page, sheets?: string[]): Promise<FakeSnapshot> {
  return page.evaluate((names) => (window as unknown as { __fakeExcel: { snapshot(n?: string[]): FakeSnapshot } }).__fakeExcel.snapshot(names), sheets);
}

/** Someone edits a cell in Excel (fires the sheet's change handlers). */
export function editCell(page: Page, sheet: string, address: string, value: string | number) {
  return page.evaluate(
    ([s, a, v]) => (window as unknown as { __fakeExcel: { editCell(s: string, a: string, v: unknown): void } }).__fakeExcel.editCell(s, a, v),
    [sheet, address, value] as const,
  );
}
