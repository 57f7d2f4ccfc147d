import { useEffect, useState } from 'react';
import { Button, Caption1, Field, makeStyles, SpinButton, Subtitle2, tokens } from '@fluentui/react-components';
import { columnLetters } from '../../shared/host/index';
import { messagesFor } from '../../shared/messages/index';
import { atRiskOrders, byOwner, type AtRiskOrder } from '../../shared/review/index';
import { FilterBar } from './FilterBar';
import { Section } from './Section';
import type { FilteredTabProps } from './tab-props';
import { useSelectCell } from './useSelectCell';

const useStyles = makeStyles({
  controls: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(128px, 1fr))', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  order: { width: '100%', justifyContent: 'flex-start', textAlign: 'start', fontWeight: tokens.fontWeightRegular, minWidth: 0 },
  overdue: { color: tokens.colorPaletteDarkOrangeForeground1, whiteSpace: 'nowrap' },
  soon: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', overflowWrap: 'anywhere' },
});

/** Open orders overdue or due within N days, by owner; clicking one selects its row in Excel. */
export function AtRiskTab({ host, lang, session, filter, setFilter }: FilteredTabProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const [days, setDays] = useState(7);
  const [orders, setOrders] = useState<AtRiskOrder[] | null>(null);
  const { engine, loaded, ordersPlace } = session;
  const [select, selectProblem] = useSelectCell(host, lang);

  useEffect(() => {
    if (!engine || !loaded || !filter) return;
    let stale = false;
    atRiskOrders(engine, { asOf: filter.asOf, days, fieldsPresent: loaded.fieldsPresent, filters: { ...(filter.team ? { team: [filter.team] } : {}), ...(filter.owner ? { owner: [filter.owner] } : {}) } }).then(
      (o) => !stale && setOrders(o.orders),
      () => !stale && setOrders([]),
    );
    return () => {
      stale = true;
    };
  }, [engine, loaded, filter, days]);

  if (!loaded || !engine || !filter) return <Caption1>{m.paneLoadFirst}</Caption1>;
  if (!loaded.fieldsPresent.includes('due')) return <Caption1>{m.paneAtRiskNeedsDue}</Caption1>;

  const selectRow = (row: number) => {
    const place = ordersPlace ?? { col: 0, cols: 1 };
    const address = `${columnLetters(place.col)}${row}:${columnLetters(place.col + Math.max(1, place.cols) - 1)}${row}`;
    select(loaded.ordersSheet, address);
  };

  return (
    <>
      <Section>
        <div className={styles.controls}>
          <Field label={m.paneDueWithin} size="small">
            <SpinButton size="small" min={0} max={365} value={days} data-testid="risk-days" onChange={(_, d) => setDays(Math.max(0, Math.min(365, Number(d.value ?? d.displayValue) || 0)))} />
          </Field>
          <FilterBar lang={lang} loaded={loaded} filter={filter} setFilter={setFilter} asOfOnly />
        </div>
      </Section>
      {selectProblem}
      {orders && (
        <Section title={orders.length ? m.paneAtRiskCount({ count: orders.length }) : undefined} testId="at-risk">
          {orders.length === 0 && <Caption1>{m.paneAtRiskNone}</Caption1>}
          {byOwner(orders).map((group) => (
            <div key={group.owner ?? ''}>
              <Subtitle2 as="h3">
                {group.owner ?? m.paneNoOwner} ({group.orders.length})
              </Subtitle2>
              <ul className={styles.list}>
                {group.orders.map((o) => (
                  <li key={o.row}>
                    <Button appearance="subtle" size="small" className={styles.order} onClick={() => selectRow(o.row)} title={m.paneSelectRow({ row: o.row })} data-row={o.row}>
                      <span className={styles.line}>
                        <strong>{o.orderId}</strong>
                        <span>{o.due}</span>
                        <span className={o.daysLeft < 0 ? styles.overdue : styles.soon}>
                          {o.daysLeft < 0 ? m.paneOverdueDays({ days: -o.daysLeft }) : m.paneDueInDays({ days: o.daysLeft })}
                        </span>
                        {o.customer && <span>{o.customer}</span>}
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Section>
      )}
    </>
  );
}
