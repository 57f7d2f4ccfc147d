/**
 * A database as the source of the orders (PostgreSQL): a table's columns mapped like a sheet's
 * headers, the KPI SQL in the database's dialect over the mapped select. The connector is
 * shared/engine/postgres (Node only).
 */
export { parseTableName, tableSql, tableText, type TableName } from './table-name';
export { columnKind, sourceColumnsSql, type SourceColumn, type ColumnKind } from './source-columns';
export { mappedOrdersSql, withOrders, type MappedOrders } from './mapped-orders';
export { postgresProblem, sourceText } from './postgres-problems';
export { openTableOrders, type TableOrders, type TableOrdersOptions } from './table-orders';
export { computeTableKpis } from './table-kpis';
export type { SourceProblem } from './problem';
export { dataServerClient, DataServerError, type DataServerClient, type DataServerSource, type SqlTabResult } from './data-server-client';
