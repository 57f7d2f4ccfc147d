import type { Page } from 'playwright-core';
import type { WorkbookData } from '../../../shared/schema/workbook';
import { fakeExcelApi } from './excel-api';
import { fakeOfficeLoader } from './office-loader';
import type { FakeOfficeInit, FakeSnapshot } from './types';
import { fakeWorkbookModel } from './workbook-model';

export type { FakeOfficeInit, FakeSnapshot, FakeSheetSnapshot, FakeArea } from './types';

/** Where the pane loads office.js from (addin/taskpane.html), and where office.js loads Excel's part. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const EXCEL_HOST_FILE_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/excel-web-16.00.js';

/** What the page asks as Office opens it: `?_host_Info=…`, which Office adds to a pane's URL. */
export const OPENED_BY_EXCEL = '_host_Info=Excel$Web$16.00$en-US$$$$0';

export interface FakeOfficeOptions extends Omit<FakeOfficeInit, 'sheets' | 'date1904'> {
  /** A proxy or policy blocks office.js, or the host file office.js loads next. */
  block?: 'office.js' | 'host file';
  /** More of the workbook than WorkbookData says: sheet visibility, merged areas. */
  sheets?: Partial<Pick<FakeOfficeInit['sheets'][number], 'visibility' | 'merges'>>[];
}

/**
 * A script sent as source text. A helper a TypeScript runner adds to named functions
 * (esbuild's `__name`, under tsx) is defined here as a no-op.
 */
const script = (body: string) => `(() => { const __name = (target) => target; ${body} })();`;

/** The fake office.js: defines `Office`, then loads the host file. */
export function fakeOfficeScript(init: FakeOfficeInit): string {
  return script(`(${fakeOfficeLoader.toString()})(${JSON.stringify(init)});`);
}

/** The fake excel-web-16.00.js: the workbook and `Excel`; then Office.onReady() resolves. */
export function fakeExcelHostScript(init: FakeOfficeInit): string {
  return script(`
    const init = ${JSON.stringify(init)};
    const model = (${fakeWorkbookModel.toString()})(init);
    window.Excel = (${fakeExcelApi.toString()})(model, init);
    window.__fakeExcel = model.control;
    window.__fakeOfficeHostLoaded();`);
}

const served = new WeakMap<Page, string[]>();

/** The off-localhost requests the fake answered in the page itself: nothing reached the network. */
export function servedByFakeOffice(page: Page): readonly string[] {
  return served.get(page) ?? [];
}

/**
 * The fake Office over a workbook: the page's office.js request (and office.js's request for
 * its host file) are answered by the fake, locally, through Playwright's routing.
 */
export async function useFakeOffice(page: Page, workbook: WorkbookData, options: FakeOfficeOptions = {}) {
  const { block, sheets: more = [], ...rest } = options;
  const init: FakeOfficeInit = {
    ...rest,
    date1904: workbook.date1904,
    sheets: workbook.sheets.map((s, i) => ({ name: s.name, values: s.values, numberFormats: s.numberFormats, ...more[i] })),
  };
  const list: string[] = [];
  served.set(page, list);
  const answer = (url: string, body: string) => async (route: { fulfill(r: object): Promise<void>; abort(): Promise<void> }) => {
    list.push(url);
    await route.fulfill({ status: 200, contentType: 'text/javascript', body });
  };
  if (block === 'office.js') await page.route(OFFICE_JS_URL, (route) => route.abort('blockedbyclient'));
  else await page.route(OFFICE_JS_URL, answer(OFFICE_JS_URL, fakeOfficeScript(init)));
  if (block === 'host file') await page.route(EXCEL_HOST_FILE_URL, (route) => route.abort('blockedbyclient'));
  else await page.route(EXCEL_HOST_FILE_URL, answer(EXCEL_HOST_FILE_URL, fakeExcelHostScript(init)));
}

/** The fake workbook as it is now: sheets (all, or those named), writes, selections, settings. */
export function fakeWorkbook(page: Page, sheets?: string[]): Promise<FakeSnapshot> {
  return page.evaluate((names) => (window as unknown as { __fakeExcel: { snapshot(n?: string[]): FakeSnapshot } }).__fakeExcel.snapshot(names), sheets);
}

type Control = Record<string, (...args: unknown[]) => unknown>;

/** Someone edits a cell in Excel (fires the sheet's change handlers). */
export function editCell(page: Page, sheet: string, address: string, value: string | number) {
  return page.evaluate(([s, a, v]) => (window as unknown as { __fakeExcel: Control }).__fakeExcel.editCell(s, a, v), [sheet, address, value] as const);
}

/** Someone renames, hides or deletes a sheet in Excel. */
export function changeSheet(page: Page, change: 'renameSheet' | 'hideSheet' | 'deleteSheet', sheet: string, to?: string) {
  return page.evaluate(([c, s, t]) => (window as unknown as { __fakeExcel: Control }).__fakeExcel[c](s, t), [change, sheet, to] as const);
}
