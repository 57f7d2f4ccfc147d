import { describe, expect, it } from 'vitest';
import { mapOrderHeaders } from '../../../shared/mapping/index';
import { mappedOrdersSql, withOrders } from '../../../shared/source/mapped-orders';
import { parseTableName, tableSql } from '../../../shared/source/table-name';

const COLUMNS = [
  { name: 'OrderID', type: 'integer' },
  { name: 'EmployeeID', type: 'text' },
  { name: 'OrderDate', type: 'timestamp without time zone' },
  { name: 'RequiredDate', type: 'date' },
  { name: 'ShippedDate', type: 'timestamp with time zone' },
  { name: '状态', type: 'text' },
  { name: '金额', type: 'numeric' },
  { name: '是否出错', type: 'boolean' },
  { name: '投诉', type: 'smallint' },
  { name: 'Cancelled at', type: 'date' },
];
const headers = COLUMNS.map((c) => c.name);

describe('the mapped select of a database table', () => {
  it('detects fields on column names as on sheet headers, each column in its field type', () => {
    const { mapping } = mapOrderHeaders(headers);
    const { value } = mappedOrdersSql({ schema: 'sales', name: 'Orders 2026' }, COLUMNS, mapping, COLUMNS[9]);
    expect(value!.fieldsPresent).toEqual(['order_id', 'owner', 'created', 'due', 'delivered', 'status', 'amount', 'errors', 'complaint']);
    const sql = value!.sql;
    expect(sql).toContain('CAST("OrderID" AS text) AS "order_id"');
    expect(sql).toContain('CAST("RequiredDate" AS timestamp) AS "due"');
    expect(sql).toContain('CAST("ShippedDate" AS timestamp) AS "delivered"');
    expect(sql).toContain('CAST("金额" AS double precision) AS "amount"');
    // yes/no errors count as 1/0; a 0/1 complaint column as a yes/no.
    expect(sql).toContain('CAST(CAST("是否出错" AS integer) AS double precision) AS "errors"');
    expect(sql).toContain('("投诉" <> 0) AS "complaint"');
    expect(sql).toContain('CAST(NULL AS double precision) AS "satisfaction"');
    expect(sql).toContain('CAST(NULL AS boolean) AS "resolved"');
    expect(sql).toContain(`strpos(lower(CAST("状态" AS text)), '取消') > 0`);
    expect(sql).toContain(`strpos(lower(CAST("状态" AS text)), 'cancel') > 0`);
    expect(sql).toContain('OR "Cancelled at" IS NOT NULL AS "cancelled"');
    expect(sql).toContain('row_number() OVER () AS "_row"');
    expect(sql).toMatch(/FROM "sales"\."Orders 2026"$/);
  });

  it('a column whose type cannot hold its field is a problem, not a cast that fails later', () => {
    const columns = [
      { name: 'order no', type: 'text' },
      { name: 'order date', type: 'text' },
      { name: 'amount', type: 'text' },
    ];
    const { mapping } = mapOrderHeaders(columns.map((c) => c.name));
    const { value, problems } = mappedOrdersSql({ schema: null, name: 'orders' }, columns, mapping, null);
    expect(value).toBeNull();
    expect(problems.map((p) => [p.params.column, p.params.field])).toEqual([
      ['order date', 'created'],
      ['amount', 'amount'],
    ]);
  });

  it('a KPI query reads the select as its "orders", inlined rather than materialized once per query', () => {
    const orders = { sql: 'SELECT 1, row_number() OVER () AS "_row" FROM t', sqlWithoutRow: 'SELECT 1 FROM t', fieldsPresent: [] };
    expect(withOrders('WITH b AS (SELECT 1)\nSELECT * FROM b', orders)).toBe('WITH "orders" AS NOT MATERIALIZED (\nSELECT 1 FROM t\n),\nb AS (SELECT 1)\nSELECT * FROM b');
    expect(withOrders('SELECT 2', orders)).toBe('WITH "orders" AS NOT MATERIALIZED (\nSELECT 1 FROM t\n)\nSELECT 2');
    // Only a query that reads the row number gets it (its window function stops PostgreSQL folding the select).
    expect(withOrders('SELECT "_row" FROM orders', orders)).toContain('row_number() OVER () AS "_row"');
  });

  it('--table: a name, or schema.name; quotes keep dots and quotes inside a name', () => {
    expect(parseTableName('orders')).toEqual({ schema: null, name: 'orders' });
    expect(parseTableName('sales.orders')).toEqual({ schema: 'sales', name: 'orders' });
    expect(parseTableName('"odd.name"')).toEqual({ schema: null, name: 'odd.name' });
    expect(tableSql(parseTableName('sales."Orders ""2026"""')!)).toBe('"sales"."Orders ""2026"""');
    expect(parseTableName('a.b.c')).toBeNull();
    expect(parseTableName('a.')).toBeNull();
    expect(parseTableName('"open')).toBeNull();
  });
});
