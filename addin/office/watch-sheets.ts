import type { HostCapabilities, SheetChange } from '../../shared/host/index';

/**
 * Change events of the watched sheets. Our own writes never touch a user's sheet, and where
 * Excel tells who made a change (ExcelApi 1.14) the add-in's own are dropped as well.
 */
export async function watchSheets(
  sheets: string[],
  onChange: (change: SheetChange) => void,
  capabilities: HostCapabilities,
): Promise<() => Promise<void>> {
  const subscriptions = await Excel.run(async (context) => {
    const results: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
    for (const name of sheets) {
      const sheet = context.workbook.worksheets.getItem(name);
      results.push(
        sheet.onChanged.add(async (event) => {
          if (capabilities.changeSource && event.triggerSource === 'ThisLocalAddin') return;
          onChange({ sheet: name, address: event.address ?? '' });
        }),
      );
    }
    await context.sync();
    return results;
  });
  return async () => {
    for (const subscription of subscriptions) {
      await Excel.run(subscription.context, async (context) => {
        subscription.remove();
        await context.sync();
      });
    }
  };
}
