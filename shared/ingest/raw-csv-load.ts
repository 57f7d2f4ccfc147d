import type { Engine } from '../engine/engine';
import { CSV_HEAD_BYTES, csvHasEmptyLines, csvHasWrappedCells, csvLayout, needsSerialRead, rawCsvTableSql, type CsvLayout } from './raw-csv';

/**
 * The UTF-8 CSV at `path` (its bytes in `bytes`) into `table` as raw text rows, read by the
 * engine's own read_csv; returns the layout its head showed. Files DuckDB cannot decode (GBK,
 * UTF-16) are decoded to UTF-8 before, by the caller (text-decode.ts), who passes that file.
 */
export async function loadRawCsv(engine: Engine, table: string, path: string, bytes: Uint8Array): Promise<CsvLayout> {
  const whole = bytes.length <= CSV_HEAD_BYTES;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const layout = csvLayout(new TextDecoder().decode(bytes.subarray(start, CSV_HEAD_BYTES)), whole);
  const read = { parallel: true, emptyLines: csvHasEmptyLines(bytes), wrapped: csvHasWrappedCells(bytes) };
  const run = async (statements: string[]) => {
    for (const sql of statements) await engine.query(sql);
  };
  try {
    await run(rawCsvTableSql(table, path, layout, read));
  } catch (error) {
    // A quoted field with a line break: DuckDB reads such a file on one thread only.
    if (!needsSerialRead(error)) throw error;
    await run(rawCsvTableSql(table, path, layout, { ...read, parallel: false }));
  }
  return layout;
}
