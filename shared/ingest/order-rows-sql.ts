import { quoteIdentifier } from '../engine/sql-identifier';
import { rawColumn } from './raw-csv';
import { sqlText } from './sql-text';
import { CSV_PLAIN_NUMBER } from './typing-macros';

/*
 * Which rows of a raw table are orders, as order-rows.ts's selectOrderRows decides it, in SQL
 * (the macros of typing-macros.ts): a row with an order id or a created date is an order; a
 * totals row (合计 / 小计 / Total in its first filled cell, no created date) is not, nor a fully
 * blank row, nor a row with content but neither (each of those with its issue). A further line
 * item written without its order id (Shopify) takes the id of the line above: no id, and the
 * very same created date-time, to the minute, as every line since the last one with an id.
 */

/** The totals labels of totals-row.ts, for RE2 (whitespace taken out first for the Chinese ones). */
const CHINESE_TOTALS = '^(?:总?合计|总计|小计|共计)|(?:合计|总计|小计|共计)[:：]?$';
const ENGLISH_TOTALS = '(?i)^(?:grand\\s+total|sub-?\\s*total|totals?|sum)\\b';

const isPlain = (x: string) => `regexp_full_match(${x}, ${sqlText(CSV_PLAIN_NUMBER)})`;

/** Column of the row's first filled cell when it is a totals label, else -1 (totalsLabelColumn). */
function totalsLabelColumnSql(width: number): string {
  const cells = Array.from({ length: width }, (_, c) => quoteIdentifier(rawColumn(c)));
  const filled = (x: string) => `(${x} IS NOT NULL AND kpi_trim(${x}) <> '')`;
  const isLabel = (x: string) =>
    `(NOT ${isPlain(x)} AND length(kpi_trim(${x})) <= 40 AND (regexp_matches(regexp_replace(kpi_trim(${x}), '[\\s\\x{3000}]+', '', 'g'), ${sqlText(CHINESE_TOTALS)}) OR regexp_matches(kpi_trim(${x}), ${sqlText(ENGLISH_TOTALS)})))`;
  const arms = cells.map((x, c) => `WHEN ${filled(x)} THEN CASE WHEN ${isLabel(x)} THEN ${c} ELSE -1 END`);
  return `CASE ${arms.join(' ')} ELSE -1 END`;
}

/** A created cell with a time of day: a fractional serial, or text with "hh:mm" (hasTimeOfDay). */
const timeOfDay = (x: string) => `CASE WHEN ${isPlain(x)} THEN ${x}::DOUBLE % 1 <> 0 ELSE regexp_matches(${x}, '\\d:\\d\\d') END`;

/** Two created cells are the same value (sameValue): as numbers when both are plain numbers, else as trimmed text. */
const sameCreated = (a: string, b: string) => `CASE WHEN ${isPlain(a)} AND ${isPlain(b)} THEN ${a}::DOUBLE = ${b}::DOUBLE ELSE trim(${a}) = trim(${b}) END`;

/**
 * The statement that makes table `rows` of every raw row below the header: `_rec`, `kind`
 * ('order', 'line' — a further line without its id —, 'totals', 'blank', 'neither'), `label_col`
 * (a totals row's label column), `id_rec` (a further line's: the record whose order id it takes).
 */
export function orderRowsSql(raw: string, rows: string, headerRow: number, width: number, idCol: number, createdCol: number): string {
  const id = quoteIdentifier(rawColumn(idCol));
  const created = quoteIdentifier(rawColumn(createdCol));
  const empty = Array.from({ length: width }, (_, c) => quoteIdentifier(rawColumn(c)))
    .map((x) => `(${x} IS NULL OR kpi_trim(${x}) = '')`)
    .join(' AND ');
  const flags = `SELECT _rec, NOT kpi_blank(${id}) AS has_id, NOT kpi_blank(${created}) AS has_created, ${created} AS created_text,
      CASE WHEN kpi_blank(${created}) THEN ${totalsLabelColumnSql(width)} ELSE -1 END AS label_col,
      ${empty} AS blank
    FROM ${quoteIdentifier(raw)} WHERE _rec > ${headerRow}`;
  // Kept rows (an id or a created date, no totals label), in groups that each start at a row with an id.
  const kept = `SELECT *, sum(has_id::INTEGER) OVER (ORDER BY _rec) AS grp FROM flags WHERE label_col < 0 AND (has_id OR has_created)`;
  const inGroup = `SELECT *, first_value(_rec) OVER g AS head_rec, first_value(created_text) OVER g AS head_created, first_value(has_id) OVER g AS head_has_id FROM kept WINDOW g AS (PARTITION BY grp ORDER BY _rec)`;
  // A row of the group that is not such a line starts an order of its own: the lines after it are not the head's.
  const judged = `SELECT *, NOT has_id AND head_has_id AND ${timeOfDay('created_text')} AND ${sameCreated('created_text', 'head_created')} AS like_head FROM in_group`;
  const lines = `SELECT *, has_id OR like_head AND bool_and(like_head OR has_id) OVER (PARTITION BY grp ORDER BY _rec) AS chained FROM judged`;
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdentifier(rows)} AS
    WITH flags AS (${flags}), kept AS (${kept}), in_group AS (${inGroup}), judged AS (${judged}), lines AS (${lines})
    SELECT f._rec,
      CASE WHEN f.label_col >= 0 THEN 'totals' WHEN l._rec IS NOT NULL THEN CASE WHEN NOT l.has_id AND l.chained THEN 'line' ELSE 'order' END WHEN f.blank THEN 'blank' ELSE 'neither' END AS kind,
      f.label_col,
      CASE WHEN NOT l.has_id AND l.chained THEN l.head_rec END AS id_rec
    FROM flags f LEFT JOIN lines l USING (_rec)`;
}
