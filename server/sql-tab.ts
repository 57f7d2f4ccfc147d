/**
 * The SQL tab's statements, before they reach the database: one statement, starting with a
 * reading keyword. The real guard is the database's (a READ ONLY transaction, a timeout, the
 * extended protocol's single statement, and a read-only role in production); this check only
 * turns an obvious mistake into a plain message instead of a database error.
 */
const READING = /^(select|with|values|table|explain)\b/i;

/** Leading comments and white space, and one trailing semicolon, taken off. */
export function plainStatement(sql: string): string {
  let text = sql.trim();
  for (;;) {
    if (text.startsWith('--')) {
      const end = text.indexOf('\n');
      text = end < 0 ? '' : text.slice(end + 1).trim();
    } else if (text.startsWith('/*')) {
      const end = text.indexOf('*/');
      text = end < 0 ? '' : text.slice(end + 2).trim();
    } else break;
  }
  return text.replace(/;\s*$/, '').trim();
}

export function isReadingStatement(sql: string): boolean {
  return READING.test(plainStatement(sql));
}

/** The most rows the SQL tab shows; one more is fetched to know there were more. */
export const SQL_TAB_MAX_ROWS = 10_000;

const EXPLAIN = /^explain(\s*\([^)]*\)|\s+analy[sz]e|\s+verbose)*\s+/i;

/**
 * The statement as it runs, over `orders` (the mapped select, as the page knows the table):
 * a query is capped at SQL_TAB_MAX_ROWS + 1 rows, so `SELECT * FROM orders` over ten million
 * rows does not fill the server's memory; EXPLAIN keeps its place in front.
 */
export function sqlTabStatement(sql: string, overOrders: (sql: string) => string): string {
  const text = plainStatement(sql);
  const explain = EXPLAIN.exec(text);
  if (explain) return `${explain[0]}${overOrders(text.slice(explain[0].length))}`;
  return overOrders(`SELECT * FROM (\n${text}\n) AS sql_tab LIMIT ${SQL_TAB_MAX_ROWS + 1}`);
}
