import { quoteIdentifier } from '../engine/sql-identifier';
import { ORDER_FIELDS, type OrderField } from '../schema/fields';
import type { ColumnDateOrder, DateOrder } from './date-order';
import { rawColumn } from './raw-csv';
import { sqlText } from './sql-text';
import { CSV_PLAIN_NUMBER, ISO_DATE_TIME, serialMsSql } from './typing-macros';

/*
 * One field's typed value and its cells' issues as SQL over a raw column (typing-macros.ts
 * holds the per-cell rules). A plain number stands for the number itself, as our CSV reader
 * and Excel type it: in a date column it is an Excel serial. Built per load from the column
 * decisions (which column, its date order), so the SQL says exactly what was decided.
 */

export interface FieldTyping {
  field: OrderField;
  /** Raw column index. */
  col: number;
  date1904: boolean;
  /** The order the user stated (CLI --date-order), for year-last dates of no decided order. */
  statedOrder?: DateOrder;
  /** A date field's decided order (date-order.ts), from dateOrderEvidenceSql. */
  dateOrder?: ColumnDateOrder;
}

const isPlain = (x: string) => `regexp_full_match(${x}, ${sqlText(CSV_PLAIN_NUMBER)})`;
const isNothing = (x: string) => `(kpi_blank(${x}) OR kpi_error_value(${x}))`;

/** Year-last dates are read day-first: the decided order, or per cell when none (dotted ones). */
function dayFirstSql(order: ColumnDateOrder | undefined, readings: string): string {
  if (order?.order === 'dmy') return 'true';
  if (order?.order === 'mdy') return 'false';
  return `${readings}.dotted`;
}

/** The field's typed value: VARCHAR, DOUBLE (numbers, dates as wall-clock ms) or INTEGER 1/0. */
export function fieldValueSql(t: FieldTyping): string {
  const x = quoteIdentifier(rawColumn(t.col));
  const stated = sqlText(t.statedOrder ?? '');
  switch (ORDER_FIELDS[t.field].kind) {
    case 'text':
      return `kpi_text(${x})`;
    case 'bool':
      return `CASE WHEN ${isPlain(x)} THEN CASE ${x}::DOUBLE WHEN 1 THEN 1 WHEN 0 THEN 0 END WHEN ${isNothing(x)} THEN NULL ELSE kpi_yes_no(${x}) END`;
    case 'date': {
      // Named four times below: bound once (lambda), so the macro is bound once, not four times.
      const readings = '_rd';
      // An ISO text of a day that is not (2026-02-30) reads NULL both ways: the cast may refuse it.
      const iso = `CASE WHEN regexp_full_match(${x}, ${sqlText(ISO_DATE_TIME)}) THEN epoch_ms(try_cast(${x} AS TIMESTAMP))::DOUBLE END`;
      const text = `list_transform([kpi_year_last_readings(${x}, ${stated})], lambda ${readings}: CASE WHEN ${readings} IS NOT NULL THEN CASE WHEN ${dayFirstSql(t.dateOrder, readings)} THEN ${readings}.day_first ELSE ${readings}.month_first END ELSE kpi_date_text_ms(${x}, ${stated}) END)[1]`;
      const other = `CASE WHEN ${isPlain(x)} THEN ${serialMsSql(x, t.date1904)} WHEN ${isNothing(x)} THEN NULL ELSE ${text} END`;
      return `CASE WHEN ${x} IS NULL THEN NULL ELSE coalesce(${iso}, ${other}) END`;
    }
    default: {
      const text =
        t.field === 'satisfaction'
          ? `CASE WHEN kpi_no_rating(${x}) THEN NULL ELSE kpi_score_text(${x}) END`
          : t.field === 'errors'
            ? // Yes/no first: the one text both read ("1") reads alike, and 是/否 skip the number rules.
              `coalesce(kpi_yes_no(${x}), kpi_number_text(${x}))`
            : `kpi_number_text(${x})`;
      return `CASE WHEN ${isPlain(x)} THEN ${x}::DOUBLE WHEN ${isNothing(x)} THEN NULL ELSE ${text} END`;
    }
  }
}

/** The code of an unreadable cell of the field (typed NULL though it holds something). */
function unreadableCodeSql(t: FieldTyping, x: string): string {
  switch (ORDER_FIELDS[t.field].kind) {
    case 'bool':
      return `'notAYesNo'`;
    case 'date':
      return `CASE WHEN kpi_year_last_readings(${x}, ${sqlText(t.statedOrder ?? '')}) IS NOT NULL THEN 'dateAgainstColumnOrder' WHEN kpi_date_without_year(${x}) THEN 'dateWithoutYear' ELSE 'notADate' END`;
    default:
      return t.field === 'errors' ? `'notANumberOrYesNo'` : `'notANumber'`;
  }
}

/** A cell of the field that may be an issue: an error value has a #, an unreadable cell types to NULL. */
function candidateSql(t: FieldTyping): string {
  const x = `r.${quoteIdentifier(rawColumn(t.col))}`;
  const value = `t.${quoteIdentifier(t.field)}`;
  return ORDER_FIELDS[t.field].kind === 'text' ? `contains(${x}, '#')` : `(contains(${x}, '#') OR (${value} IS NULL AND ${x} IS NOT NULL))`;
}

/** The field's issue at one row, as a struct {col, code, value}; code NULL when the cell has none. */
function issueStructSql(t: FieldTyping): string {
  const x = `r.${quoteIdentifier(rawColumn(t.col))}`;
  const value = `t.${quoteIdentifier(t.field)}`;
  const code =
    ORDER_FIELDS[t.field].kind === 'text'
      ? `CASE WHEN kpi_error_value(${x}) THEN 'formulaError' END`
      : `CASE WHEN kpi_error_value(${x}) THEN 'formulaError' WHEN ${value} IS NULL AND NOT kpi_blank(${x})${t.field === 'satisfaction' ? ` AND NOT kpi_no_rating(${x})` : ''} THEN ${unreadableCodeSql(t, x)} END`;
  const valueText = `CASE WHEN ${isPlain(x)} THEN (${x}::DOUBLE)::VARCHAR ELSE kpi_trim(${x}) END`;
  return `CASE WHEN ${candidateSql(t)} THEN {'col': ${t.col}, 'code': ${code}, 'value': ${valueText}} END`;
}

/**
 * The cells' issues of every field, over the typed table `typed` joined once to `raw`: rows of
 * (_rec, col, code, value). A formula error value (#REF!) in any field; in a number, date or
 * yes/no field a cell that holds something and types to NULL. Rows with no candidate cell are
 * passed over before any rule runs.
 */
export function cellIssuesSql(typings: readonly FieldTyping[], raw: string, typed: string): string {
  const issues = `[${typings.map(issueStructSql).join(', ')}]`;
  const any = typings.map(candidateSql).join(' OR ');
  return `SELECT _rec, i.col AS col, i.code AS code, i.value AS value FROM (SELECT t._rec, unnest(${issues}) AS i FROM ${quoteIdentifier(typed)} t JOIN ${quoteIdentifier(raw)} r USING (_rec) WHERE ${any}) WHERE i.code IS NOT NULL`;
}

/**
 * What a date column's year-last cells (among the table's rows) say of their order, for
 * date-order.ts to decide: counts and the first record of each kind, as DateOrderEvidence
 * counts them (first* are records here; the caller turns them into table rows).
 */
export function dateOrderEvidenceSql(t: FieldTyping, raw: string, rows: string): string {
  const x = quoteIdentifier(rawColumn(t.col));
  // The readings once, in a sub-select: named eight times in the aggregates, the macro was bound eight times.
  const r = '_r';
  const onlyDay = `(${r}.day_first IS NOT NULL AND ${r}.month_first IS NULL)`;
  const onlyMonth = `(${r}.month_first IS NOT NULL AND ${r}.day_first IS NULL)`;
  const either = `(${r}.day_first IS NOT NULL AND ${r}.month_first IS NOT NULL)`;
  const notPlain = `NOT regexp_full_match(${x}, ${sqlText(ISO_DATE_TIME)}) AND NOT ${isPlain(x)} AND NOT kpi_blank(${x}) AND NOT kpi_error_value(${x})`;
  const readings = `SELECT _rec, kpi_year_last_readings(${x}, ${sqlText(t.statedOrder ?? '')}) AS ${r} FROM ${quoteIdentifier(raw)} WHERE _rec IN (SELECT _rec FROM ${quoteIdentifier(rows)}) AND ${notPlain}`;
  return `SELECT
    count(*) FILTER (WHERE ${onlyDay}) AS day_first, min(_rec) FILTER (WHERE ${onlyDay}) AS first_day_first,
    count(*) FILTER (WHERE ${onlyMonth}) AS month_first, min(_rec) FILTER (WHERE ${onlyMonth}) AS first_month_first,
    count(*) FILTER (WHERE ${either}) AS either, min(_rec) FILTER (WHERE ${either}) AS first_either,
    count(*) FILTER (WHERE ${either} AND ${r}.dotted) AS either_dotted, min(_rec) FILTER (WHERE ${either} AND ${r}.dotted) AS first_either_dotted
    FROM (${readings})`;
}
