/**
 * The engine area. The two implementations are separate entries, never re-exported here, so
 * a bundle takes only its own: `shared/engine/node` (createNodeEngine: CLI, tests) and
 * `shared/engine/browser` (createBrowserEngine: add-in, dashboard).
 */
export type { Engine, QueryResult, UserQueryOptions, UserQueryResult } from './engine';
export { isUserSqlError, UserSqlError, type UserSqlErrorKind } from './user-sql-statements';
export { USER_SQL_MAX_ROWS, USER_SQL_TIME_LIMIT_MS } from './user-sql';
export { quoteIdentifier } from './sql-identifier';
export { DUCKDB_TYPE_OF_KIND } from './arrow-batches';
