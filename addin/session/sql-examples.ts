/** Example questions for the SQL tab, over the tables `orders` and `targets`. */
export const SQL_EXAMPLES = {
  paneSqlExampleByOwner: [
    'SELECT "owner", count(*) AS orders,',
    '  count(*) FILTER (WHERE CAST("delivered" AS DATE) > CAST("due" AS DATE)) AS late',
    'FROM orders',
    'WHERE NOT "cancelled"',
    'GROUP BY "owner"',
    'ORDER BY "owner"',
  ].join('\n'),
  paneSqlExampleLate: [
    'SELECT "order_id", "owner", "due", "delivered",',
    '  date_diff(\'day\', CAST("due" AS DATE), CAST("delivered" AS DATE)) AS days_late',
    'FROM orders',
    'WHERE CAST("delivered" AS DATE) > CAST("due" AS DATE)',
    'ORDER BY "delivered" DESC',
    'LIMIT 50',
  ].join('\n'),
  paneSqlExampleMonthly: [
    "SELECT strftime(date_trunc('month', \"created\"), '%Y-%m') AS month, count(*) AS orders",
    'FROM orders',
    'WHERE NOT "cancelled"',
    'GROUP BY 1',
    'ORDER BY 1',
  ].join('\n'),
  paneSqlExampleTargets: 'SELECT * FROM targets',
} as const;

export type SqlExample = keyof typeof SQL_EXAMPLES;
