import { useEffect, useState } from 'react';
import { Caption1, Field, makeStyles, SpinButton, tokens } from '@fluentui/react-components';
import { messagesFor } from '../../shared/messages/index';
import type { AtRiskOrder } from '../../shared/review/index';
import { AtRiskOrderList } from './AtRiskOrderList';
import { FilterBar } from './FilterBar';
import { Section } from './Section';
import type { FilteredTabProps } from './tab-props';
import { useSelectOrderRow } from './useSelectCell';

const useStyles = makeStyles({
  controls: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(128px, 1fr))', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

/** Open orders overdue or due within N days, by owner; clicking one selects its row in Excel. */
export function AtRiskTab({ host, lang, session, filter, setFilter }: FilteredTabProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const [days, setDays] = useState(7);
  const [orders, setOrders] = useState<AtRiskOrder[] | null>(null);
  const { kpiSource, loaded } = session;
  const [selectRow, selectProblem] = useSelectOrderRow(host, session, lang);

  useEffect(() => {
    if (!kpiSource || !loaded || !filter) return;
    let stale = false;
    kpiSource.atRisk({ asOf: filter.asOf, days, fieldsPresent: loaded.fieldsPresent, filters: { ...(filter.team ? { team: [filter.team] } : {}), ...(filter.owner ? { owner: [filter.owner] } : {}) } }).then(
      (o) => !stale && setOrders(o.orders),
      () => !stale && setOrders([]),
    );
    return () => {
      stale = true;
    };
  }, [kpiSource, loaded, filter, days]);

  if (!loaded || !kpiSource || !filter) return <Caption1>{m.paneLoadFirst}</Caption1>;
  if (!loaded.fieldsPresent.includes('due')) return <Caption1>{m.paneAtRiskNeedsDue}</Caption1>;

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
          <AtRiskOrderList lang={lang} orders={orders} onSelectRow={selectRow} />
        </Section>
      )}
    </>
  );
}
