import { useEffect, useRef, useState } from 'react';
import { Button, Spinner } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { KPI_CATALOG, MONTH_ALL } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import type { DataClient } from '../data/data-client';
import type { BehindInfo } from '../data/protocol';
import type { ViewQuestion } from '../data/view-data';
import type { BehindCell } from '../state/view-state';

export interface OrdersBehindProps {
  lang: Lang;
  client: DataClient;
  question: ViewQuestion;
  cell: BehindCell;
  rangeLabel: string;
  onClose: () => void;
}

const PAGE = 200;
const ROW_HEIGHT = 28;

function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  // A date without a time of day reads as a date.
  if (typeof value === 'string' && / 00:00:00$/.test(value)) return value.slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return String(value);
}

/**
 * The orders behind one number. Only the rows in view are fetched from the worker, a page at
 * a time, and only those are in the DOM, so a million orders scroll like a hundred.
 */
export function OrdersBehind({ lang, client, question, cell, rangeLabel, onClose }: OrdersBehindProps) {
  const m = messagesFor(lang);
  const [info, setInfo] = useState<BehindInfo | null | 'loading' | 'failed'>('loading');
  const [pages, setPages] = useState<Map<number, Record<string, unknown>[]>>(new Map());
  const asked = useRef(new Set<number>());
  const scroller = useRef<HTMLDivElement>(null);
  const key = JSON.stringify([question, cell]);

  useEffect(() => {
    let live = true;
    setInfo('loading');
    setPages(new Map());
    asked.current = new Set();
    client.request({ type: 'behind', question, cell }).then(
      (result) => live && setInfo(result),
      () => live && setInfo('failed'),
    );
    return () => {
      live = false;
    };
  }, [client, key]);

  const total = info && typeof info === 'object' ? info.total : 0;
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 30 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (!total) return;
    for (let page = Math.floor(first / PAGE); page <= Math.floor(last / PAGE); page++) {
      if (asked.current.has(page)) continue;
      asked.current.add(page);
      client.request({ type: 'behindRows', start: page * PAGE, end: (page + 1) * PAGE }).then(
        (rows) => setPages((previous) => new Map(previous).set(page, rows)),
        () => asked.current.delete(page),
      );
    }
  }, [first, last, total, client]);

  const scope = [cell.month === MONTH_ALL ? rangeLabel : cell.month, cell.member ?? m.dash_everyone].join(' · ');
  // The ✓ column first: it says which orders the number counts.
  const columns = info && typeof info === 'object' ? ['counted', ...info.columns.filter((c) => c !== 'counted')] : [];
  const header = (column: string) => (column === '_row' ? m.dash_sheetRow : column === 'counted' ? m.dash_counted : m.fieldLabel({ field: column }));
  const template = columns.map((c) => (c === 'counted' || c === '_row' ? '56px' : 'minmax(104px, 1fr)')).join(' ');
  const minWidth = columns.reduce((w, c) => w + (c === 'counted' || c === '_row' ? 64 : 112), 16);

  return (
    <section className="dash-section dash-behind" data-testid="orders-behind" aria-label={m.dash_behindTitle({ kpi: KPI_CATALOG[cell.kpi].label[lang], scope })}>
      <div className="dash-section-head">
        <h2>{m.dash_behindTitle({ kpi: KPI_CATALOG[cell.kpi].label[lang], scope })}</h2>
        <Button size="small" onClick={onClose} data-testid="close-behind">
          {m.dash_close}
        </Button>
      </div>
      {info === 'loading' && <Spinner size="tiny" label={m.dash_loading} />}
      {(info === 'failed' || info === null) && <p>{m.dash_behindUnavailable}</p>}
      {info && typeof info === 'object' && (
        <>
          <p data-testid="behind-count" data-total={info.total}>
            {info.total === 0
              ? m.dash_behindNone
              : m.dash_behindCount({
                  total: info.total.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US'),
                  counted: info.counted === null ? null : info.counted.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US'),
                })}
          </p>
          <div className="dash-grid" role="table" aria-rowcount={info.total + 1}>
            <div style={{ minWidth }}>
            <div className="dash-grid-row dash-grid-head" role="row" style={{ gridTemplateColumns: template }}>
              {columns.map((c) => (
                <div key={c} role="columnheader">
                  {header(c)}
                </div>
              ))}
            </div>
            <div ref={scroller} className="dash-grid-body" data-testid="behind-scroller">
              <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
                {items.map((item) => {
                  const row = pages.get(Math.floor(item.index / PAGE))?.[item.index % PAGE];
                  return (
                    <div
                      key={item.key}
                      role="row"
                      aria-rowindex={item.index + 2}
                      className={`dash-grid-row${row?.counted === true ? ' dash-counted' : ''}`}
                      data-index={item.index}
                      style={{ gridTemplateColumns: template, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                    >
                      {row ? columns.map((c) => <div key={c} role="cell">{shown(row[c])}</div>) : <div role="cell">…</div>}
                    </div>
                  );
                })}
              </div>
            </div>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
