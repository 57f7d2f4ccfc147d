import {
  arrayFromArrayValue,
  arrayFromListValue,
  booleanFromValue,
  bytesFromBlobValue,
  createDuckDBValueConverter,
  doubleFromDecimalValue,
  DuckDBDateValue,
  DuckDBTimestampMillisecondsValue,
  DuckDBTimestampNanosecondsValue,
  DuckDBTimestampSecondsValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
  DuckDBTimeValue,
  DuckDBTypeId,
  JSDuckDBValueConverter,
  nullConverter,
  numberFromValue,
  objectFromStructValue,
  stringFromValue,
  type DuckDBValue,
  type DuckDBValueConverter,
} from '@duckdb/node-api';
import { TimeUnit } from 'apache-arrow';
import { formatDate, formatTime, formatTimestamp } from './plain-values';

/**
 * Native DuckDB values → the same plain JS the duckdb-wasm engine gives (plain-values.ts), so
 * callers and tests see identical rows whichever engine ran the SQL: BIGINT, HUGEINT and
 * DECIMAL → number, DATE → 'YYYY-MM-DD', TIMESTAMP → 'YYYY-MM-DD HH:MM:SS[.mmm]' (wall clock,
 * never shifted), TIME → 'HH:MM:SS', lists → arrays, structs → objects. Built from
 * @duckdb/node-api's public converters; only dates, times and big integers differ from its JS ones.
 */
type Plain = unknown;

const MS_PER_DAY = 86_400_000;

const toNumber = (value: DuckDBValue) => Number(value as bigint);
const micros = (value: DuckDBValue) => Number((value as DuckDBTimestampValue | DuckDBTimestampTZValue).micros) / 1000;

/** The epoch ms of each timestamp unit's value, fractions of a ms kept (as Arrow reads them). */
const timestampMs = {
  [DuckDBTypeId.TIMESTAMP]: micros,
  [DuckDBTypeId.TIMESTAMP_TZ]: micros,
  [DuckDBTypeId.TIMESTAMP_S]: (value: DuckDBValue) => Number((value as DuckDBTimestampSecondsValue).seconds) * 1000,
  [DuckDBTypeId.TIMESTAMP_MS]: (value: DuckDBValue) => Number((value as DuckDBTimestampMillisecondsValue).millis),
  [DuckDBTypeId.TIMESTAMP_NS]: (value: DuckDBValue) => Number((value as DuckDBTimestampNanosecondsValue).nanos) / 1e6,
};

const timestamp = (toMs: (value: DuckDBValue) => number) => (value: DuckDBValue) => formatTimestamp(toMs(value));

/** Types without an entry here are converted as @duckdb/node-api's own JS converter does. */
const PLAIN_CONVERTERS: Partial<Record<DuckDBTypeId, DuckDBValueConverter<Plain>>> = {
  [DuckDBTypeId.BOOLEAN]: booleanFromValue,
  [DuckDBTypeId.TINYINT]: numberFromValue,
  [DuckDBTypeId.SMALLINT]: numberFromValue,
  [DuckDBTypeId.INTEGER]: numberFromValue,
  [DuckDBTypeId.UTINYINT]: numberFromValue,
  [DuckDBTypeId.USMALLINT]: numberFromValue,
  [DuckDBTypeId.UINTEGER]: numberFromValue,
  [DuckDBTypeId.FLOAT]: numberFromValue,
  [DuckDBTypeId.DOUBLE]: numberFromValue,
  // Beyond ±2^53 a number loses precision; ids and counts in this product stay far below.
  [DuckDBTypeId.BIGINT]: toNumber,
  [DuckDBTypeId.UBIGINT]: toNumber,
  [DuckDBTypeId.HUGEINT]: toNumber,
  [DuckDBTypeId.UHUGEINT]: toNumber,
  [DuckDBTypeId.DECIMAL]: doubleFromDecimalValue,
  [DuckDBTypeId.VARCHAR]: stringFromValue,
  [DuckDBTypeId.ENUM]: stringFromValue,
  [DuckDBTypeId.UUID]: stringFromValue,
  [DuckDBTypeId.BLOB]: bytesFromBlobValue,
  [DuckDBTypeId.DATE]: (value) => formatDate((value as DuckDBDateValue).days * MS_PER_DAY),
  [DuckDBTypeId.TIME]: (value) => formatTime((value as DuckDBTimeValue).micros, TimeUnit.MICROSECOND),
  [DuckDBTypeId.TIMESTAMP]: timestamp(timestampMs[DuckDBTypeId.TIMESTAMP]),
  [DuckDBTypeId.TIMESTAMP_TZ]: timestamp(timestampMs[DuckDBTypeId.TIMESTAMP_TZ]),
  [DuckDBTypeId.TIMESTAMP_S]: timestamp(timestampMs[DuckDBTypeId.TIMESTAMP_S]),
  [DuckDBTypeId.TIMESTAMP_MS]: timestamp(timestampMs[DuckDBTypeId.TIMESTAMP_MS]),
  [DuckDBTypeId.TIMESTAMP_NS]: timestamp(timestampMs[DuckDBTypeId.TIMESTAMP_NS]),
  // DuckDB's own text ("1 day 02:00:00"); the wasm engine gives Arrow's, no caller reads either.
  [DuckDBTypeId.INTERVAL]: (value) => String(value),
  [DuckDBTypeId.LIST]: arrayFromListValue,
  [DuckDBTypeId.ARRAY]: arrayFromArrayValue,
  [DuckDBTypeId.STRUCT]: objectFromStructValue,
  [DuckDBTypeId.SQLNULL]: nullConverter,
};

const fallback = JSDuckDBValueConverter as DuckDBValueConverter<Plain>;

export const plainNativeValue: DuckDBValueConverter<Plain> = createDuckDBValueConverter<Plain>(
  Object.fromEntries(Object.values(DuckDBTypeId).filter((id) => typeof id === 'number').map((id) => [id, PLAIN_CONVERTERS[id] ?? fallback])) as Record<
    DuckDBTypeId,
    DuckDBValueConverter<Plain>
  >,
);
