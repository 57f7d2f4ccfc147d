import { join } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import layering from '../../../scripts/eslint-layering.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ROOT = process.cwd();
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
/** A file at this path of the repository, holding this code. */
const at = (path: string, code: string) => ({ filename: join(ROOT, path), code });

describe('layering/no-office', () => {
  tester.run('no-office', layering.rules['no-office'], {
    valid: [
      at('shared/host/workbook-host.ts', 'export interface WorkbookHost { readSheet(name: string): Promise<unknown> }'),
      at('addin/app/App.tsx', 'export function f(window: { Office: number }) { return window.Office; }'),
      at('dashboard/app/App.tsx', "const Excel = { cols: 3 }; export const n = Excel.cols; export const s = 'Office';"),
    ],
    invalid: [
      at('addin/app/App.tsx', 'void Office.onReady();'),
      at('shared/host/workbook-host.ts', 'export type Range = Excel.Range;'),
      at('addin/session/sources.ts', 'export const ok = typeof OfficeExtension;'),
      at('dashboard/main.tsx', 'export const excel = globalThis.Excel;'),
      at('addin/main.tsx', "export const inExcel = 'Office' in window;"),
      at('test/unit/addin/session.test.ts', "import { OfficeMockObject } from 'office-addin-mock';"),
      at('addin/app/App.tsx', "export const load = () => import('@microsoft/office-js');"),
    ].map((c) => ({ ...c, errors: [{ messageId: 'office' }] })),
  });
});

describe('layering/no-import-from', () => {
  const options = [{ dirs: ['addin', 'dashboard'] }];
  tester.run('no-import-from', layering.rules['no-import-from'], {
    valid: [
      at('shared/pipeline/load-workbook.ts', "import { planKpiQuery } from '../kpi/index';"),
      // shared/addin/ would be a folder of shared, not the add-in.
      at('shared/kpi/compile.ts', "import { x } from '../addin/x';"),
    ].map((c) => ({ ...c, options })),
    invalid: [
      at('shared/ui/KpiCard.tsx', "import { nextTask } from '../../dashboard/app/next-task';"),
      at('shared/index.ts', "export * from '../addin/office/index';"),
      at('shared/engine/node.ts', "export const later = () => import('../../dashboard/data/kpi-cube');"),
      at('shared/host/index.ts', "export type H = import('../../addin/office/office-host').OfficeHostOptions;"),
    ].map((c) => ({ ...c, options, errors: [{ messageId: 'fromDir' }] })),
  });
});

describe('layering/shared-by-index', () => {
  const options = [{ entries: ['shared/engine/browser'] }];
  tester.run('shared-by-index', layering.rules['shared-by-index'], {
    valid: [
      at('dashboard/ui/KpiCards.tsx', "import { KPI_CATALOG } from '../../shared/kpi/index';"),
      at('addin/main.tsx', "import { langFromLocale } from '../shared/messages/index';"),
      at('addin/main.tsx', "export const engine = () => import('../shared/engine/browser');"),
      at('addin/app/App.tsx', "import { x } from '../../shared/index'; import { y } from '../../shared/kpi';"),
      at('addin/app/App.tsx', "import { MINIMUM_EXCEL_API } from '../office/host-environment';"),
    ].map((c) => ({ ...c, options })),
    invalid: [
      at('dashboard/ui/KpiCards.tsx', "import { KPI_CATALOG } from '../../shared/kpi/catalog';"),
      at('addin/office/read-area.ts', "import type { CellValue } from '../../shared/schema/workbook';"),
      at('dashboard/data/data-worker.ts', "export const demo = () => import('../../shared/demo/workbook');"),
      at('addin/main.tsx', "export { createNodeEngine } from '../shared/engine/node';"),
    ].map((c) => ({ ...c, options, errors: [{ messageId: 'deep' }] })),
  });
});
