import { isDateWithoutYear, dateTextToMs } from '../ingest/date-text';
import { isoDateTextToMs } from '../ingest/iso-date-text';
import { numberTextToValue } from '../ingest/number-text';
import { serialToMs } from '../ingest/parse-cells';
import { isEmptyCell, isPlaceholder } from '../ingest/placeholder';
import { yesNoTextToValue } from '../ingest/yes-no-text';
import { ORDER_FIELDS, type FieldKind, type OrderField } from '../schema/fields';
import type { CellValue } from '../schema/workbook';
import { isPlaceName } from './place-names';

/*
 * Can a column's values be a field? A header says what a column is meant to hold; a sample of
 * its cells says what it holds. A field is never mapped to a column whose values cannot be
 * that field (DESIGN.md), whatever its header says:
 *   - any field: a column of one placeholder over and over ("NULL" in every cell: a database
 *     export's column that holds nothing) is no column of that field. Varied marks ("-", "N/A",
 *     "?") are a hand-kept column not filled in yet: read as blanks, as ever;
 *   - a date: at least a fifth of the values are dates (Excel serials, date texts in any shape
 *     ingest reads, or written like one: "2026-13-45" is a date column's bad cell, reported by
 *     ingest), and a column of yes/no values (TRUE/FALSE, 1/0, 是/否) never is one — ServiceNow's
 *     "made_sla" matched "sla". A fifth, not a half: a delivered column full of "pending" notes
 *     is still the delivered dates, and ingest reports each note;
 *   - a number: not lists of ids joined by commas ("12345, 67890", "4521,4522"); once a column
 *     has such lists, its "123,456,789"s are lists too, not thousands-grouped numbers;
 *   - the status: not place names (a "State" column of "California", "Texas"). Decided by a list
 *     of places, not by counting distinct values: a small sheet has as few states as statuses,
 *     and a service desk's workflow has as many statuses as a sheet has states.
 * An empty sample (a column blank so far, as delivered is while orders are open) says nothing
 * against the header.
 */
export const CONTENT_MISMATCHES = ['onlyPlaceholders', 'yesNo', 'noDates', 'idLists', 'placeNames'] as const;
export type ContentMismatch = (typeof CONTENT_MISMATCHES)[number];

export type ContentVerdict = { fits: true } | { fits: false; reason: ContentMismatch; example: string };

/** Share of a date column's values that must read as dates. */
export const DATE_SHARE = 0.2;
/** Share of comma-joined id lists that makes a column lists rather than numbers. */
export const ID_LIST_SHARE = 0.1;
/** Share of place names that makes a column places rather than statuses. */
export const PLACE_SHARE = 0.5;

const FITS: ContentVerdict = { fits: true };
const misfit = (reason: ContentMismatch, example: CellValue): ContentVerdict => ({ fits: false, reason, example: cellExample(example) });

function cellExample(v: CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v ?? '').trim();
}

type DateLike = 'date' | 'yesNo' | 'other';

/** Digits as a date is written ("2026-13-45", "31/02/2026", "2026年13月1日"), readable or not. */
const DATE_SHAPE = /^\d{1,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,4}/;

function isDateText(s: string): boolean {
  return !Number.isNaN(isoDateTextToMs(s)) || DATE_SHAPE.test(s) || !Number.isNaN(dateTextToMs(s)) || isDateWithoutYear(s);
}

/** 0 and 1 are flags, not 1900-01-01: a 1/0 column is yes/no, whatever Excel would show. */
function dateLike(v: CellValue): DateLike {
  if (typeof v === 'boolean') return 'yesNo';
  if (typeof v === 'number') {
    if (v === 0 || v === 1) return 'yesNo';
    return Number.isNaN(serialToMs(v, false)) ? 'other' : 'date';
  }
  const s = String(v).trim();
  if (isDateText(s)) return 'date';
  return yesNoTextToValue(s) === -1 ? 'other' : 'yesNo';
}

function canBeDates(values: readonly CellValue[]): ContentVerdict {
  let dates = 0;
  let yesNo = 0;
  let firstYesNo: CellValue = null;
  let firstOther: CellValue = null;
  for (const v of values) {
    const like = dateLike(v);
    if (like === 'date') dates++;
    else if (like === 'yesNo') {
      if (yesNo++ === 0) firstYesNo = v;
    } else if (firstOther === null) firstOther = v;
  }
  if (dates >= DATE_SHARE * values.length) return FITS;
  // Named by what most of the column is: yes/no values, or something else that is no date.
  return yesNo >= values.length - dates - yesNo ? misfit('yesNo', firstYesNo) : misfit('noDates', firstOther);
}

const DIGIT_RUNS = /^\d+(?:\s*[,;，；、|]\s*\d+)+$/;
/** "12,5" and "4,75": a decimal comma (a European amount or score), not two ids. */
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;

/** "12345, 67890" is a list; "123,456,789" could be a thousands-grouped number; "1,5" neither. */
function joinedDigits(text: string): 'list' | 'grouped' | null {
  const s = text.trim();
  if (!DIGIT_RUNS.test(s) || DECIMAL_COMMA.test(s)) return null;
  return Number.isNaN(numberTextToValue(s)) ? 'list' : 'grouped';
}

function notIdLists(values: readonly CellValue[]): ContentVerdict {
  let lists = 0;
  let grouped = 0;
  let example: CellValue = null;
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const joined = joinedDigits(v);
    if (joined === 'list') {
      if (lists++ === 0) example = v;
    } else if (joined === 'grouped') grouped++;
  }
  if (lists === 0 || lists + grouped < ID_LIST_SHARE * values.length) return FITS;
  return misfit('idLists', example);
}

function notPlaceNames(values: readonly CellValue[]): ContentVerdict {
  let places = 0;
  let example: CellValue = null;
  for (const v of values) {
    if (typeof v === 'string' && isPlaceName(v) && places++ === 0) example = v;
  }
  return places > 0 && places >= PLACE_SHARE * values.length ? misfit('placeNames', example) : FITS;
}

/** One rule over a column's values (placeholders already set aside). */
type ValuesRule = (values: readonly CellValue[]) => ContentVerdict;

const RULES_BY_KIND: Record<FieldKind, ValuesRule | null> = { date: canBeDates, number: notIdLists, text: null, bool: null };
const RULES_BY_FIELD: Partial<Record<OrderField, ValuesRule>> = { status: notPlaceNames };

/**
 * Whether a column whose sample is `cells` (its first non-blank cells below the header) can
 * hold `field`. Yes/no fields are checked after ingest instead (unreadable-yes-no.ts).
 */
export function columnCanHold(field: OrderField, cells: readonly CellValue[]): ContentVerdict {
  const values: CellValue[] = [];
  const placeholders = new Set<string>();
  let placeholder: CellValue = null;
  for (const v of cells) {
    if (!isPlaceholder(v)) values.push(v);
    else if (!isEmptyCell(v)) {
      placeholders.add(cellExample(v).toLowerCase());
      placeholder ??= v;
    }
  }
  if (values.length === 0) return placeholders.size === 1 ? misfit('onlyPlaceholders', placeholder) : FITS;
  const rule = RULES_BY_FIELD[field] ?? RULES_BY_KIND[ORDER_FIELDS[field].kind];
  return rule ? rule(values) : FITS;
}
