import type { HostCapabilities, SheetChange } from '../../shared/host/index';

type Subscription = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

/**
 * Change events of the watched sheets. Our own writes never touch a user's sheet, and where
 * Excel tells who made a change (ExcelApi 1.14) the add-in's own are dropped as well.
 *
 * Each sheet's handler is added, and later removed, in a request of its own: a batch stops
 * at its first failure, so one sheet deleted meanwhile would otherwise leave the others'
 * handlers registered (or never registered). A handler whose sheet is gone went with it.
 */
export async function watchSheets(
  sheets: string[],
  onChange: (change: SheetChange) => void,
  capabilities: HostCapabilities,
): Promise<() => Promise<void>> {
  const subscriptions: Subscription[] = [];
  for (const name of sheets) {
    try {
      const subscription = await Excel.run(async (context) => {
        const handler = context.workbook.worksheets.getItem(name).onChanged.add(async (event) => {
          if (capabilities.changeSource && event.triggerSource === 'ThisLocalAddin') return;
          onChange({ sheet: name, address: event.address ?? '' });
        });
        await context.sync();
        return handler;
      });
      subscriptions.push(subscription);
    } catch {
      // The sheet is no longer there: nothing of it to watch.
    }
  }
  return async () => {
    for (const subscription of subscriptions.splice(0)) {
      try {
        await Excel.run(subscription.context, async (context) => {
          subscription.remove();
          await context.sync();
        });
      } catch {
        // Its sheet was deleted: the handler went with it. The others are still removed.
      }
    }
  };
}
