import type { CellValue } from '../schema/workbook';
import type { WorkbookHost } from '../host/workbook-host';

/**
 * The product's own sheets in a workbook (targets set in the pane, improvement actions): each
 * is created when first needed and rewritten as a whole; its name is remembered in the
 * workbook's settings, so a sheet of the user's is never touched even if it has the same name.
 */
export const OWN_SHEETS = {
  targets: { setting: 'ownSheet.targets', name: { en: 'KPI targets (set in pane)', zh: 'KPI目标（插件设置）' } },
  actions: { setting: 'ownSheet.actions', name: { en: 'KPI actions', zh: 'KPI改进措施' } },
} as const;
export type OwnSheetRole = keyof typeof OWN_SHEETS;

async function ownName(host: WorkbookHost, role: OwnSheetRole): Promise<string | null> {
  const name = await host.getSetting(OWN_SHEETS[role].setting);
  if (typeof name !== 'string') return null;
  const sheets = await host.listSheets();
  return sheets.some((s) => s.name === name) ? name : null;
}

/** The own sheet's cells, or null when it was never written (or was deleted). */
export async function readOwnSheet(host: WorkbookHost, role: OwnSheetRole): Promise<CellValue[][] | null> {
  const name = await ownName(host, role);
  return name ? (await host.readSheet(name, { numberFormats: false })).values : null;
}

/** Write the own sheet (replacing the product's previous one); returns its name. */
export async function writeOwnSheet(host: WorkbookHost, role: OwnSheetRole, cells: CellValue[][], lang: 'en' | 'zh'): Promise<string> {
  const previous = await ownName(host, role);
  if (previous) await host.deleteOwnSheet(previous);
  const name = await host.writeSheet({ name: previous ?? OWN_SHEETS[role].name[lang], cells, freezeRows: 1, activate: false });
  await host.setSetting(OWN_SHEETS[role].setting, name);
  return name;
}
