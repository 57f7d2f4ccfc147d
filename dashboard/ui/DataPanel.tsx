import { memo, useEffect, useState } from 'react';
import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, Label, OverlayDrawer, Select } from '@fluentui/react-components';
import { messagesFor, type Lang } from '../../shared/messages/index';
import type { DateOrder } from '../../shared/ingest/index';
import type { OrderField } from '../../shared/schema/index';
import { IssueList, MappingEditor } from '../../shared/ui/index';
import type { OpenOptions, OpenResult } from '../data/protocol';

export interface DataPanelProps {
  lang: Lang;
  open: boolean;
  /** The data on screen, or the file that could not be used. */
  result: OpenResult | null;
  options: OpenOptions;
  busy: boolean;
  onApply: (options: OpenOptions) => void;
  onClose: () => void;
}

/**
 * The data behind the page, one click away: which sheets were read, the header mapping with
 * its confidence (editable), and every issue with its cell address. Memoised: it renders again
 * only when its own props change (see use-stable-callback.ts), not at every filter change.
 */
export const DataPanel = memo(function DataPanel({ lang, open, result, options, busy, onApply, onClose }: DataPanelProps) {
  const m = messagesFor(lang);
  const [overrides, setOverrides] = useState<Partial<Record<OrderField, string>>>(options.overrides ?? {});
  const [sheet, setSheet] = useState<string | undefined>(options.ordersSheet);
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>(options.dateOrder);
  useEffect(() => {
    setOverrides(options.overrides ?? {});
    setSheet(options.ordersSheet);
    setDateOrder(options.dateOrder);
  }, [result]);
  const fmt = (n: number) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
  const data = result?.data;
  const changed = JSON.stringify(overrides) !== JSON.stringify(options.overrides ?? {}) || sheet !== options.ordersSheet || dateOrder !== options.dateOrder;

  return (
    <OverlayDrawer open={open} position="end" size="medium" onOpenChange={(_, d) => !d.open && onClose()} data-testid="data-panel">
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" onClick={onClose} data-testid="close-data">
              {m.dash_close}
            </Button>
          }
        >
          {m.dash_dataTitle}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        {result && (
          <div className="dash-data">
            {data && (
              <p data-testid="data-summary">
                {m.dash_dataSummary({ rows: fmt(data.rowCount), cancelled: fmt(data.cancelledCount), months: data.months.length, targets: data.targetRows })}
              </p>
            )}
            <div className="dash-field">
              <Label htmlFor="orders-sheet" size="small">
                {m.dash_ordersSheet}
              </Label>
              <Select id="orders-sheet" value={sheet ?? result.ordersSheet ?? ''} onChange={(_, d) => setSheet(d.value)} data-testid="orders-sheet">
                {result.sheets.map((s) => (
                  <option key={s.name} value={s.name}>
                    {m.dash_sheetRows({ name: s.name, rows: fmt(s.rows) })}
                  </option>
                ))}
              </Select>
            </div>
            <p>
              {m.dash_kpiSheet}: {result.kpiSheet ?? m.dash_noKpiSheet}
            </p>
            <MappingEditor
              headers={result.headers}
              mapping={result.mapping}
              overrides={overrides}
              lang={lang}
              onChange={setOverrides}
              dateOrder={dateOrder}
              onDateOrderChange={setDateOrder}
            />
            <p>
              <Button appearance="primary" disabled={busy || !changed} onClick={() => onApply({ ordersSheet: sheet, overrides, dateOrder })} data-testid="apply-mapping">
                {m.dash_applyMapping}
              </Button>
            </p>
            <h3>{m.dash_issues({ count: result.issues.length })}</h3>
            <IssueList issues={result.issues} lang={lang} />
          </div>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
});
