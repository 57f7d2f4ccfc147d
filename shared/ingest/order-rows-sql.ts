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
 * The statement that makes table `kinds` of every raw row below the header: `_rec`, `kind`
 * ('order', 'totals', 'blank', 'neither'), `label_col` (a totals row's label column), `has_id`,
 * and `id_rec` (NULL; furtherLinesSql sets it). Per row a few character tests; the label and
 * blank tests run only on rows without a created date or without both.
 */
export function orderRowKindsSql(raw: string, kinds: string, headerRow: number, width: number, idCol: number, createdCol: number): string {
  const id = quoteIdentifier(rawColumn(idCol));
  const created = quoteIdentifier(rawColumn(createdCol));
  const empty = Array.from({ length: width }, (_, c) => quoteIdentifier(rawColumn(c)))
    .map((x) => `(${x} IS NULL OR kpi_trim(${x}) = '')`)
    .join(' AND ');
  const cells = Array.from({ length: width }, (_, c) => quoteIdentifier(rawColumn(c)));
  // The two tests first, over every row; the rest only where they say something is missing
  // (the blank test over every cell of every row was 5 s of 6 at 1M rows).
  const flags = `SELECT _rec, ${cells.join(', ')}, NOT kpi_blank(${id}) AS has_id, NOT kpi_blank(${created}) AS has_created FROM ${quoteIdentifier(raw)} WHERE _rec > ${headerRow}`;
  const labelled = `SELECT _rec, has_id, has_created, CASE WHEN has_created THEN -1 ELSE ${totalsLabelColumnSql(width)} END AS label_col, CASE WHEN has_id OR has_created THEN false ELSE ${empty} END AS blank FROM (${flags})`;
  const kind = `CASE WHEN label_col >= 0 THEN 'totals' WHEN has_id OR has_created THEN 'order' WHEN blank THEN 'blank' ELSE 'neither' END`;
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdentifier(kinds)} AS SELECT _rec, ${kind} AS kind, label_col, has_id, NULL::BIGINT AS id_rec FROM (${labelled})`;
}

/**
 * Marks the further lines among the id-less orders of `kinds` (kind 'line', `id_rec` the
 * record whose id they take): each is paired with the last row with an id above it (an ASOF
 * join; only id-less rows are looked at, so a sheet whose rows all have ids costs nothing), and
 * is a line when it and every id-less order between them has that row's created date-time.
 */
export function furtherLinesSql(raw: string, kinds: string, createdCol: number): string {
  const created = quoteIdentifier(rawColumn(createdCol));
  const k = quoteIdentifier(kinds);
  const r = quoteIdentifier(raw);
  const idless = `SELECT k._rec, r.${created} AS created FROM ${k} k JOIN ${r} r USING (_rec) WHERE k.kind = 'order' AND NOT k.has_id`;
  const heads = `SELECT k._rec AS head_rec, r.${created} AS head_created FROM ${k} k JOIN ${r} r USING (_rec) WHERE k.kind = 'order' AND k.has_id`;
  const like = `coalesce(${timeOfDay('created')} AND ${sameCreated('created', 'head_created')}, false)`;
  return `UPDATE ${k} SET kind = 'line', id_rec = x.head_rec FROM (
    WITH idless AS (${idless}), heads AS (${heads}),
      paired AS (SELECT i._rec, i.created, h.head_rec, h.head_created FROM idless i ASOF JOIN heads h ON i._rec > h.head_rec),
      judged AS (SELECT _rec, head_rec, ${like} AS like_head FROM paired)
    SELECT _rec, head_rec FROM (SELECT *, bool_and(like_head) OVER (PARTITION BY head_rec ORDER BY _rec) AS chained FROM judged) WHERE chained
  ) x WHERE ${k}._rec = x._rec`;
}
