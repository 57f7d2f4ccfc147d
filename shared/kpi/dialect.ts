/**
 * Where the SQL of one KPI query differs between the databases it runs in. The compiler writes
 * everything else once (count(*) FILTER (WHERE …), CAST(… AS DATE), DATE '…' literals, quoted
 * identifiers, IS NOT DISTINCT FROM, NULLS LAST work alike in DuckDB and PostgreSQL); these are
 * the only pieces a new database (ClickHouse, Trino …) has to say in its own words.
 */
export interface SqlDialect {
  name: 'duckdb' | 'postgresql';
  /** Linearly interpolated quantile p (0…1) of x, NULLs left out (DuckDB's quantile_cont). */
  quantile(x: string, p: string): string;
  /**
   * Quantile levels[index] of x, where one GROUP BY asks for every one of `levels` of x:
   * DuckDB collects and sorts x once for all of them (`quantile_cont(x, [p1, p2])[i]`, the
   * cycle-time P50 and P90 took the monthly KPI query from ~520 to ~470 ms in DuckDB-WASM at
   * 1M orders); others compute each as quantile().
   */
  quantileAmong(x: string, levels: readonly string[], index: number): string;
  /** a ÷ b as a fraction, also when both are integers (PostgreSQL's `/` truncates them). */
  ratio(numerator: string, denominator: string): string;
  /** A timestamp as milliseconds since 1970 (wall clock: timestamps carry no time zone). */
  epochMs(timestamp: string): string;
  /** The first instant of a timestamp's month (a timestamp: the rows group on it). */
  monthStart(timestamp: string): string;
  /** A monthStart as the rows show it: 'YYYY-MM'. */
  monthText(monthStart: string): string;
  /** One value of a group whose rows all hold the same one (an order's own fields, ordersFrom). */
  sameValue(column: string, kind: 'text' | 'date' | 'number' | 'bool' | 'int'): string;
  /** Type names for typed NULLs. */
  types: { double: string; text: string; timestamp: string; boolean: string };
  /** A text expression for ORDER BY in byte order, whatever the database's collation (as DuckDB sorts). */
  textOrder(text: string): string;
  /** a = b where NULL equals NULL, as a join condition the database can hash (the natural basis's joins). */
  sameKey(a: string, b: string, kind: 'timestamp' | 'text'): string;
  /** A DATE as the review's days show it: 'YYYY-MM-DD' (whatever the session's date style). */
  dayText(date: string): string;
  /** Whole days from DATE a to DATE b (b − a: negative when b is earlier), an integer. */
  daysFrom(a: string, b: string): string;
}

export const DUCKDB_DIALECT: SqlDialect = {
  name: 'duckdb',
  quantile: (x, p) => `quantile_cont(${x}, ${p})`,
  quantileAmong: (x, levels, index) => `quantile_cont(${x}, [${levels.join(', ')}])[${index + 1}]`,
  ratio: (a, b) => `${a} / ${b}`,
  epochMs: (t) => `epoch_ms(${t})`,
  monthStart: (t) => `date_trunc('month', ${t})`,
  monthText: (m) => `strftime(${m}, '%Y-%m')`,
  sameValue: (column) => `min(${column})`,
  types: { double: 'DOUBLE', text: 'VARCHAR', timestamp: 'TIMESTAMP', boolean: 'BOOLEAN' },
  textOrder: (text) => text,
  sameKey: (a, b) => `${a} IS NOT DISTINCT FROM ${b}`,
  dayText: (d) => `strftime(${d}, '%Y-%m-%d')`,
  daysFrom: (a, b) => `date_diff('day', ${a}, ${b})`,
};

/**
 * PostgreSQL joins on IS NOT DISTINCT FROM only by nested loops (~3,800 month × owner keys:
 * 14 million comparisons per join, seconds); two plain equalities hash.
 */
const KEY_STAND_IN = { timestamp: "TIMESTAMP '1970-01-01'", text: "''" } as const;

/**
 * PostgreSQL (12 or later). Timestamps are `timestamp` (without time zone): the source's mapped
 * select casts every date field to it, so date_trunc stays a wall-clock timestamp and never
 * goes through the session's time zone.
 */
export const POSTGRES_DIALECT: SqlDialect = {
  name: 'postgresql',
  quantile: (x, p) => `percentile_cont(${p}) WITHIN GROUP (ORDER BY ${x})`,
  quantileAmong: (x, levels, index) => `percentile_cont(${levels[index]}) WITHIN GROUP (ORDER BY ${x})`,
  ratio: (a, b) => `CAST(${a} AS double precision) / ${b}`,
  epochMs: (t) => `(extract(epoch FROM ${t}) * 1000)`,
  monthStart: (t) => `date_trunc('month', ${t})`,
  monthText: (m) => `to_char(${m}, 'YYYY-MM')`,
  // PostgreSQL has no min(boolean); bool_and is what DuckDB's min() gives (false < true).
  sameValue: (column, kind) => (kind === 'bool' ? `bool_and(${column})` : `min(${column})`),
  types: { double: 'double precision', text: 'text', timestamp: 'timestamp', boolean: 'boolean' },
  textOrder: (text) => `${text} COLLATE "C"`,
  sameKey: (a, b, kind) => `coalesce(${a}, ${KEY_STAND_IN[kind]}) = coalesce(${b}, ${KEY_STAND_IN[kind]}) AND (${a} IS NULL) = (${b} IS NULL)`,
  dayText: (d) => `to_char(${d}, 'YYYY-MM-DD')`,
  // date − date is an integer of days in PostgreSQL.
  daysFrom: (a, b) => `(${b} - ${a})`,
};

export const SQL_DIALECTS = { duckdb: DUCKDB_DIALECT, postgresql: POSTGRES_DIALECT } as const;
