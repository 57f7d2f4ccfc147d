import { sheetProblem } from './excel-errors';

/**
 * Shows a cell of a sheet: the sheet activated and synced first, then the cell selected and
 * synced. Both in one batch leave the selection on the sheet that was active when the batch
 * started in some Excel builds (office-js #5118, #930). A sheet that is gone, renamed
 * (found again by the id it had when listed) or hidden rejects with a SheetProblemError
 * instead of doing nothing.
 */
export async function selectCell(sheet: string, address: string, sheetIds: ReadonlyMap<string, string>): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const ws = sheets.getItemOrNullObject(sheet);
    ws.load(['id', 'visibility']);
    const id = sheetIds.get(sheet);
    const sameId = id ? sheets.getItemOrNullObject(id) : null;
    sameId?.load('name');
    await context.sync();
    // A new sheet under the old name is not the one the data came from.
    if (ws.isNullObject || (id && ws.id !== id)) {
      if (sameId && !sameId.isNullObject) throw sheetProblem('renamed', sheet, sameId.name);
      throw sheetProblem('missing', sheet);
    }
    if (ws.visibility !== 'Visible') throw sheetProblem('hidden', sheet);
    ws.activate();
    await context.sync();
    ws.getRange(address).select();
    await context.sync();
  });
}
