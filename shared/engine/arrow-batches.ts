import type { Column, ColumnTable } from '../schema/columns';
import { arrowIpcStream, type ArrowIpcStream } from './arrow-ipc';

/** The DuckDB type each column kind becomes. Dates are wall-clock TIMESTAMPs (never TIMESTAMPTZ). */
export const DUCKDB_TYPE_OF_KIND: Record<Column['kind'], string> = {
  text: 'VARCHAR',
  number: 'DOUBLE',
  date: 'TIMESTAMP',
  bool: 'BOOLEAN',
  int: 'INTEGER',
};

/**
 * The table as Arrow IPC streams of at most `batchRows` rows each, each built only when its
 * bytes are asked for, so only one batch's bytes exist at once. Streams, not Table objects, cross into duckdb-wasm: it
 * reads bytes, so its own apache-arrow copy never meets ours.
 */
export function* arrowStreams(table: ColumnTable, batchRows: number): Generator<ArrowIpcStream> {
  for (let start = 0; start < table.rowCount; start += batchRows) {
    yield arrowIpcStream(table, start, Math.min(table.rowCount, start + batchRows));
  }
}
