import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { byOwner, type AtRiskOrder } from '../../shared/review/index';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  order: { width: '100%', justifyContent: 'flex-start', textAlign: 'start', fontWeight: tokens.fontWeightRegular, minWidth: 0 },
  overdue: { color: tokens.colorPaletteDarkOrangeForeground1, whiteSpace: 'nowrap' },
  soon: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', overflowWrap: 'anywhere' },
});

/**
 * The at-risk orders of the shared model (atRiskOrders), by owner's name, most overdue first —
 * a list to chase. Clicking an order selects its row in Excel (through the host).
 */
export function AtRiskOrderList({ lang, orders, onSelectRow }: { lang: Lang; orders: readonly AtRiskOrder[]; onSelectRow: (row: number) => void }) {
  const styles = useStyles();
  const m = messagesFor(lang);
  if (orders.length === 0) return <Caption1>{m.paneAtRiskNone}</Caption1>;
  return (
    <>
      {byOwner(orders).map((group) => (
        <div key={group.owner ?? ''} data-owner={group.owner ?? ''}>
          <Subtitle2 as="h3">
            {group.owner ?? m.paneNoOwner} ({group.orders.length})
          </Subtitle2>
          <ul className={styles.list}>
            {group.orders.map((o) => (
              <li key={o.row}>
                <Button appearance="subtle" size="small" className={styles.order} onClick={() => onSelectRow(o.row)} title={m.paneSelectRow({ row: o.row })} data-row={o.row}>
                  <span className={styles.line}>
                    <strong>{o.orderId}</strong>
                    <span>{o.due}</span>
                    <span className={o.daysLeft < 0 ? styles.overdue : styles.soon}>{o.daysLeft < 0 ? m.paneOverdueDays({ days: -o.daysLeft }) : m.paneDueInDays({ days: o.daysLeft })}</span>
                    {o.customer && <span>{o.customer}</span>}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
