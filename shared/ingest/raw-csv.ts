import type { CellValue } from '../schema/workbook';
import { quoteIdentifier } from '../engine/sql-identifier';
import { detectDelimiter, parseDelimitedText, type Delimiter } from './delimited-text';
import { sqlText } from './sql-text';

/*
 * A CSV file as a raw table in DuckDB, read by DuckDB's own reader: every cell as the text
 * written (all_varchar), one row per record, `_rec` the record's index in the file (0-based,
 * as SheetData.values counts rows), so issues name the cell ("Orders!D17"). The raw relation is
 * a view over the cells as read: `_rec` is the table's rowid, which is the record's place in
 * the file, since DuckDB keeps a parallel read in insertion order (preserve_insertion_order,
 * on by default) — numbering with row_number() OVER () cost 1.4 s of a 3.3 s read at 1M rows
 * (native, 2 threads; raw-csv.test.ts checks the numbers across the reader's chunks). What our reader
 * decides from the file's first rows (the delimiter, how wide the rows are, the header row) is
 * decided once, on a small head of the file (csvHead). Typing is SQL over this table.
 */

/** Bytes of the file's start that decide its layout: enough for the header scan and a sample. */
export const CSV_HEAD_BYTES = 256 * 1024;

export interface CsvLayout {
  delimiter: Delimiter;
  /** Columns of the widest row of the head (DuckDB pads shorter rows with NULL). */
  width: number;
  /** The head's rows as our reader reads them (numbers typed), for header detection. */
  head: CellValue[][];
}

/** The layout of a CSV from the text of its head (a cut last line is left out). */
export function csvLayout(headText: string, wholeFile: boolean): CsvLayout {
  const lastBreak = Math.max(headText.lastIndexOf('\n'), headText.lastIndexOf('\r'));
  const text = wholeFile || lastBreak < 0 ? headText : headText.slice(0, lastBreak + 1);
  const delimiter = detectDelimiter(text);
  const head = parseDelimitedText(text, delimiter);
  const width = Math.max(1, ...head.map((row) => row.length));
  return { delimiter, width, head };
}

export const rawColumn = (c: number): string => `c${c}`;

/** read_csv's options for the file as raw text rows; `parallel` false for quoted line breaks. */
function readOptions(layout: CsvLayout, parallel: boolean): string {
  const columns = Array.from({ length: layout.width }, (_, c) => `${sqlText(rawColumn(c))}: 'VARCHAR'`).join(', ');
  return [
    `delim = ${sqlText(layout.delimiter)}`,
    `quote = '"'`,
    `escape = '"'`,
    'header = false',
    'auto_detect = false',
    'all_varchar = true',
    'null_padding = true',
    'strict_mode = false',
    `parallel = ${parallel}`,
    `columns = {${columns}}`,
  ].join(', ');
}

/**
 * ="00123" is how exporters keep leading zeros for Excel (delimited-text.ts): the text inside.
 * A field of only spaces DuckDB reads as written; an empty one is NULL.
 */
function unwrappedCell(column: string): string {
  const c = quoteIdentifier(column);
  return `CASE WHEN starts_with(${c}, '="') AND ends_with(${c}, '"') AND length(${c}) >= 3 AND NOT contains(substr(${c}, 3, length(${c}) - 3), '"') THEN substr(${c}, 3, length(${c}) - 3) ELSE ${c} END AS ${c}`;
}

/**
 * Where each record DuckDB returns starts in the file, as a record index. DuckDB skips empty
 * lines; our reader (and Excel) count them as rows. The file read as plain lines (no quoting,
 * a delimiter no export writes) keeps them; a line ends a record when the quotes so far are
 * even (a quoted field may hold line breaks), and records that are one empty line are the ones
 * DuckDB skipped.
 */
function recordStartsSql(path: string): string {
  const lines = `SELECT row_number() OVER () AS line, l FROM read_csv(${sqlText(path)}, delim = '\x01', quote = '', escape = '', header = false, auto_detect = false, null_padding = true, strict_mode = false, parallel = false, columns = {'l': 'VARCHAR'})`;
  return `WITH lines AS (${lines}),
    quotes AS (SELECT line, l, sum(coalesce(length(l) - length(replace(l, '"', '')), 0)) OVER (ORDER BY line) % 2 = 0 AS ends FROM lines),
    starts AS (SELECT line, l, ends, lag(ends, 1, true) OVER (ORDER BY line) AS starts FROM quotes),
    records AS (SELECT line, l, ends, starts, sum(starts::INTEGER) OVER (ORDER BY line) - 1 AS rec FROM starts)
    SELECT rec, row_number() OVER (ORDER BY rec) AS ordinal FROM records WHERE starts AND NOT (ends AND l IS NULL)`;
}

export interface RawCsvRead {
  /** false for a file with quoted line breaks (needsSerialRead). */
  parallel: boolean;
  /** The file has empty lines (csvHasEmptyLines): records are numbered from a read of its lines. */
  emptyLines: boolean;
  /** The file holds ="…" somewhere (csvHasWrappedCells): cells are unwrapped; else read as they are. */
  wrapped: boolean;
}

/** The table of the cells as read, under the raw view `table`. */
export const rawCellsTable = (table: string): string => `${table}__cells`;

/**
 * The statements that make the view `table` over the CSV at `path`: `_rec`, then c0 … c{width-1}.
 * Without empty lines DuckDB's rows are the records in order, and `_rec` is the rowid; with,
 * the rows are joined to the record numbers a read of the file's lines gives.
 */
export function rawCsvTableSql(table: string, path: string, layout: CsvLayout, opts: RawCsvRead): string[] {
  const columns = Array.from({ length: layout.width }, (_, c) => rawColumn(c));
  const cells = opts.wrapped ? columns.map(unwrappedCell).join(', ') : columns.map((c) => quoteIdentifier(c)).join(', ');
  const read = `SELECT ${cells} FROM read_csv(${sqlText(path)}, ${readOptions(layout, opts.parallel)})`;
  const stored = quoteIdentifier(rawCellsTable(table));
  // No ORDER BY anywhere: sorting a million wide rows cost seconds, and every reader orders by _rec itself.
  const make = opts.emptyLines
    ? `CREATE OR REPLACE TABLE ${stored} AS SELECT s.rec AS _rec, r.* EXCLUDE (ordinal) FROM (SELECT row_number() OVER () AS ordinal, * FROM (${read})) r JOIN (${recordStartsSql(path)}) s USING (ordinal)`
    : `CREATE OR REPLACE TABLE ${stored} AS ${read}`;
  const view = opts.emptyLines ? `SELECT * FROM ${stored}` : `SELECT rowid AS _rec, * FROM ${stored}`;
  return [make, `CREATE OR REPLACE VIEW ${quoteIdentifier(table)} AS ${view}`];
}

/** The file holds =" (an exporter's ="00123"): only then are cells unwrapped, a test of every cell. */
export function csvHasWrappedCells(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(61); i >= 0 && i < bytes.length - 1; i = bytes.indexOf(61, i + 1)) if (bytes[i + 1] === 34) return true;
  return false;
}

/** DuckDB's refusal of parallel reading for a file with quoted line breaks (then read serially). */
export function needsSerialRead(error: unknown): boolean {
  return error instanceof Error && /parallel=false/.test(error.message);
}

/**
 * The file holds an empty line (two line breaks in a row, or one at its start). Looked for in
 * the bytes, which is fast; an empty line inside a quoted field counts too, which only costs
 * the slower numbering.
 */
export function csvHasEmptyLines(bytes: Uint8Array): boolean {
  if (bytes[0] === 10 || bytes[0] === 13) return true;
  for (let i = bytes.indexOf(10); i >= 0 && i < bytes.length - 1; i = bytes.indexOf(10, i + 1)) {
    const next = bytes[i + 1];
    if (next === 10 || (next === 13 && bytes[i + 2] === 10)) return true;
  }
  // Old Mac line ends (CR only).
  for (let i = bytes.indexOf(13); i >= 0 && i < bytes.length - 1; i = bytes.indexOf(13, i + 1)) if (bytes[i + 1] === 13) return true;
  return false;
}
