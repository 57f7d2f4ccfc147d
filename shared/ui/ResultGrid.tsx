import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { messagesFor, type Lang } from '../messages/index';

const useStyles = makeStyles({
  scroll: { overflow: 'auto', maxHeight: '360px', maxWidth: '100%', border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  th: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    whiteSpace: 'nowrap',
  },
  td: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderTop: `1px solid ${tokens.colorNeutralStroke3}`, whiteSpace: 'nowrap' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

export interface ResultGridProps {
  columns: readonly { name: string; type?: string }[];
  rows: readonly Record<string, unknown>[];
  lang: Lang;
  /** Rows drawn at most (the rest are counted, not drawn). */
  limit?: number;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A query result as a plain table (headers stay in view while scrolling). */
export function ResultGrid({ columns, rows, lang, limit = 200 }: ResultGridProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const shown = rows.slice(0, limit);
  return (
    <div data-testid="result-grid">
      <Caption1>{m.uiRowsShown({ shown: shown.length, total: rows.length })}</Caption1>
      <div className={styles.scroll} tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.name} className={styles.th} scope="col">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <td key={c.name} className={typeof row[c.name] === 'number' ? `${styles.td} ${styles.number}` : styles.td}>
                    {cellText(row[c.name])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
