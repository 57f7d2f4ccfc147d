import { quoteIdentifier } from '../engine/sql-identifier';
import { fieldValueSql, type FieldTyping } from './field-sql';
import { rawColumn } from './raw-csv';

/*
 * Typing each distinct text of a column once. The typing rules (typing-macros.ts) cost RE2
 * matches, trims and lambdas per cell; most order columns repeat a few texts (status, owner,
 * 是/否, scores, amounts of a price list), so typing the distinct texts into a small lookup
 * table and joining it back does that work once per text instead of once per row. A column of
 * mostly unique texts (ids, date-times) gains nothing and pays for the grouping and the join,
 * so it is typed inline as before: the choice is made per column from an approximate count.
 */

/** Below this many distinct texts a lookup is always cheap, whatever the share of rows. */
export const LOOKUP_ALWAYS_BELOW = 1024;

/** Typed by lookup when its distinct texts are at most this share of the rows. */
export const LOOKUP_MAX_SHARE = 0.25;

/** Whether a column of `distinct` (approximate) texts over `rows` rows is typed by lookup. */
export function useLookup(distinct: number, rows: number): boolean {
  return distinct < LOOKUP_ALWAYS_BELOW || distinct <= rows * LOOKUP_MAX_SHARE;
}

/** The lookup table of a field's column. */
export const lookupTable = (typed: string, t: FieldTyping): string => `${typed}__lk_${t.field}`;

/** Rows whose distinct texts decide the choice: enough to tell repeating columns from unique ones. */
export const DISTINCT_SAMPLE_ROWS = 10_000;

/**
 * The approximate distinct count of each raw column in `cols` among the first
 * DISTINCT_SAMPLE_ROWS rows of table `rows` (a scan of every row cost over a second at 1M):
 * columns `d<col>`, and `n` the rows counted. Only speed depends on it, never a value.
 */
export function distinctCountsSql(cols: readonly number[], raw: string, rows: string): string {
  const counts = [...new Set(cols)].map((c) => `approx_count_distinct(${quoteIdentifier(rawColumn(c))}) AS d${c}`);
  const sample = `(SELECT _rec FROM ${quoteIdentifier(rows)} ORDER BY _rec LIMIT ${DISTINCT_SAMPLE_ROWS})`;
  return `SELECT count(*) AS n, ${counts.join(', ')} FROM ${quoteIdentifier(raw)} JOIN ${sample} USING (_rec)`;
}

/**
 * The lookup table of field `t`: each distinct text `k` of its column (among `rows`) and its
 * typed value `v`, by the same fieldValueSql as the inline typing, so both give the same value.
 */
export function lookupTableSql(t: FieldTyping, raw: string, rows: string, table: string): string {
  const x = quoteIdentifier(rawColumn(t.col));
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdentifier(table)} AS SELECT ${x} AS k, ${fieldValueSql(t)} AS v FROM (SELECT DISTINCT ${x} FROM ${quoteIdentifier(raw)} JOIN ${quoteIdentifier(rows)} USING (_rec))`;
}

/**
 * The join that brings a lookup's values to the raw rows (aliased `r`). A NULL cell finds no
 * key and reads NULL, as every field's typing reads a NULL cell, so a plain equi-join suffices.
 */
export function lookupJoinSql(table: string, t: FieldTyping): string {
  const alias = quoteIdentifier(`lk_${t.field}`);
  return `LEFT JOIN ${quoteIdentifier(table)} ${alias} ON r.${quoteIdentifier(rawColumn(t.col))} = ${alias}.k`;
}

/** The typed value of a field typed by lookup. */
export const lookupValueSql = (t: FieldTyping): string => `${quoteIdentifier(`lk_${t.field}`)}.v`;
