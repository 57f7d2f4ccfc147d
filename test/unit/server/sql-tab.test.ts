import { describe, expect, it } from 'vitest';
import { isReadingStatement, plainStatement, sqlTabStatement } from '../../../server/sql-tab';

const over = (sql: string) => `WITH "orders" AS (…)\n${sql}`;

describe('the SQL tab statement', () => {
  it('takes one reading statement, after comments; a trailing semicolon is dropped', () => {
    expect(plainStatement('  -- note\n/* block */ SELECT 1;  ')).toBe('SELECT 1');
    for (const sql of ['select 1', 'WITH x AS (SELECT 1) SELECT * FROM x', 'VALUES (1)', 'TABLE orders', 'explain analyze select 1']) {
      expect(isReadingStatement(sql), sql).toBe(true);
    }
    for (const sql of ['DELETE FROM orders', 'update orders set x = 1', 'COMMIT', 'SET statement_timeout = 0', '-- SELECT 1', 'selected']) {
      expect(isReadingStatement(sql), sql).toBe(false);
    }
  });

  it('caps a query at 10,001 rows over "orders"; EXPLAIN stays in front', () => {
    expect(sqlTabStatement('SELECT * FROM orders;', over)).toBe('WITH "orders" AS (…)\nSELECT * FROM (\nSELECT * FROM orders\n) AS sql_tab LIMIT 10001');
    expect(sqlTabStatement('EXPLAIN (ANALYZE, BUFFERS) SELECT 1', over)).toBe('EXPLAIN (ANALYZE, BUFFERS) WITH "orders" AS (…)\nSELECT 1');
    expect(sqlTabStatement('explain verbose select 1', over)).toBe('explain verbose WITH "orders" AS (…)\nselect 1');
  });
});
