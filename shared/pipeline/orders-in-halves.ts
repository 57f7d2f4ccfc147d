import { recordBatchOf } from '../engine/arrow-ipc';
import type { Engine } from '../engine/engine';
import {
  baseName,
  decodeUtf8,
  DelimitedTextReader,
  ingestOrders,
  isLineItemOf,
  partsAgreeOnDateOrder,
  IssueSink,
  largeSheetIssue,
  readInSlices,
  type CsvHalves,
  type IngestedOrders,
  type SinkPart,
} from '../ingest/index';
import type { Delimiter } from '../ingest/delimited-text';
import type { ColumnSample } from '../mapping/index';
import type { ColumnDateOrder, DateOrder } from '../ingest/date-order';
import type { SatisfactionScale } from '../ingest/order-checks';
import type { TextColumn } from '../schema/columns';
import type { OrderField } from '../schema/fields';
import type { Issue } from '../schema/issues';
import type { CellValue, SheetData, WorkbookData } from '../schema/workbook';
import { dateOrderOptions, joinFacts, loadIngestedOrders, orderFacts, planOrders, type OrderFacts } from './load-workbook';
import type { HeaderOverrides, LoadedData, LoadOptions } from './types';

/*
 * A big CSV read in two halves at once (see ingest/csv-halves.ts): the first half by the
 * worker that owns the engine, the second by a helper worker, which sends back its orders
 * already in Arrow, its facts and its issues — plain data and one byte buffer, cheap to post.
 *
 * Everything that looks at one row at a time gives the same answer in a half as in the whole.
 * What looks across rows is checked at the join, and when the halves could disagree with a
 * one-go read the caller reads the file in one go instead (the same numbers, slower):
 *   - a yes/no column left unmapped in one half only, or the satisfaction scale read differently;
 *   - an order id of the second half that may also be in the first (the repeat must name the
 *     cell where the id was first seen);
 *   - the second half's first order being a further line of the first half's last;
 *   - a date column whose order the halves decided differently, or not from the data (its
 *     order is decided over the whole column: see partsAgreeOnDateOrder).
 */

/** What the helper needs from the first half before it can ingest its rows. */
export interface SecondHalfSetup {
  sheetName: string;
  /** Rows of the first half's sheet, title and header rows included: where the second half starts. */
  rowsBefore: number;
  /** The header row as the first half read it. */
  headers: string[];
  overrides?: HeaderOverrides;
  /** The cells the first half's mapping judged the columns by, so this half maps alike. */
  sample?: ColumnSample;
  /** The stated and the locale's date order, as the first half reads with them. */
  dateOrder?: DateOrder;
  localeDateOrder?: DateOrder;
}

export type SecondHalf =
  | {
      ok: true;
      /** The orders as one Arrow record batch (recordBatchOf). */
      batch: Uint8Array;
      facts: OrderFacts;
      issues: SinkPart;
      fieldsPresent: OrderField[];
      satisfactionScale: SatisfactionScale | null;
      /** How the half read each date field's year-last dates. */
      dateOrders: Partial<Record<OrderField, ColumnDateOrder>>;
      /** The cells of the first row that became an order: is it a further line of the order before the cut? */
      firstOrderRow: CellValue[];
      /**
       * Its ids: ascending or not, first and last, and a 53-bit key of each (two string
       * hashes): equal ids have equal keys, so no shared key means no id repeats across the cut.
       */
      ids: IdRange & { keys: Float64Array };
      /** Rows of the second half (for the size note). */
      rows: number;
    }
  | { ok: false; reason: string };

interface IdRange {
  ascending: boolean;
  first: string | null;
  last: string | null;
}

/** Two 32-bit hashes of the text (FNV-1a and ×31), as one number below 2^53. */
function idKey(id: string): number {
  let a = 0x811c9dc5;
  let b = 0;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = (Math.imul(b, 31) + c) | 0;
  }
  return (a >>> 0) * 2 ** 21 + (b >>> 11);
}

function idKeys(ids: readonly (string | null)[]): Float64Array {
  const keys = new Float64Array(ids.length);
  let n = 0;
  for (const id of ids) if (id !== null) keys[n++] = idKey(id);
  return keys.subarray(0, n);
}

/** Whether an id of `b` (keys) may also be one of `a`'s: false means certainly not. */
function mayShareIds(a: readonly (string | null)[], b: Float64Array): boolean {
  const seen = new Set<number>();
  for (const id of a) if (id !== null) seen.add(idKey(id));
  for (const key of b) if (seen.has(key)) return true;
  return false;
}

function idRange(orders: IngestedOrders): IdRange {
  const ids = (orders.table.columns.order_id as TextColumn).values;
  let first: string | null = null;
  let last: string | null = null;
  for (let i = 0; i < ids.length && first === null; i++) first = ids[i];
  for (let i = ids.length - 1; i >= 0 && last === null; i--) last = ids[i];
  return { ascending: orders.idsAscending, first, last };
}

/** The rows of one half's text; null when it is not valid UTF-8 or the cut fell inside quotes. */
export function parseHalf(bytes: Uint8Array, delimiter: Delimiter): CellValue[][] | null {
  const text = decodeUtf8(bytes);
  if (text === null) return null;
  const reader = new DelimitedTextReader(text, delimiter);
  reader.read();
  return reader.endedInQuotes ? null : reader.rows;
}

/** The helper's part: its rows ingested with the first half's header, into Arrow. */
export function ingestSecondHalf(rows: CellValue[][], setup: SecondHalfSetup): SecondHalf {
  // The header row is known: its cells are not read again (index 0 holds its place).
  const values: CellValue[][] = [[], ...rows];
  const origin = { row: setup.rowsBefore - 1, col: 0 };
  const sheet: SheetData = { name: setup.sheetName, values, origin, sharedTexts: true };
  const sink = new IssueSink(setup.sheetName, origin);
  const ingested = ingestOrders(sheet, {
    date1904: false,
    overrides: setup.overrides,
    headerRow: 0,
    headers: setup.headers,
    sink,
    dateOrder: setup.dateOrder,
    localeDateOrder: setup.localeDateOrder,
    sample: setup.sample,
  });
  const orders = ingested.value;
  if (!orders || orders.rowCount === 0) return { ok: false, reason: 'noOrdersInSecondHalf' };
  if (orders.createdUnreadable) return { ok: false, reason: 'createdUnreadable' };
  // Repeated ids are decided for the whole sheet (lines or a history): only a one-go read can.
  if (orders.shape !== 'orders') return { ok: false, reason: 'idsRepeatInSecondHalf' };
  const { table } = orders;
  const batch = recordBatchOf(table);
  const firstRow = (table.columns._row as { values: Int32Array }).values[0] - origin.row - 1;
  return {
    ok: true,
    batch,
    facts: orderFacts(table),
    issues: sink.cellIssuesFrom(1),
    fieldsPresent: orders.fieldsPresent,
    satisfactionScale: orders.satisfactionScale,
    dateOrders: orders.dateOrders,
    firstOrderRow: values[firstRow],
    ids: { ...idRange(orders), keys: idKeys((table.columns.order_id as TextColumn).values) },
    rows: rows.length,
  };
}

export interface FirstHalf {
  orders: IngestedOrders;
  /** The sink the first half's orders were ingested into: the second half's issues join it. */
  sink: IssueSink;
  values: CellValue[][];
}

function datesAgree(a: Partial<Record<OrderField, ColumnDateOrder>>, b: Partial<Record<OrderField, ColumnDateOrder>>): boolean {
  return (Object.keys(a) as OrderField[]).every((field) => b[field] === undefined || partsAgreeOnDateOrder(a[field]!, b[field]!));
}

/**
 * Joins the second half's issues to the first's, or says why the halves cannot be trusted to
 * give what a one-go read gives (the caller then reads the file in one go).
 */
export function joinSecondHalf(first: FirstHalf, second: SecondHalf): { ok: true } | { ok: false; reason: string } {
  if (!second.ok) return second;
  const { orders } = first;
  if (orders.rowCount === 0) return { ok: false, reason: 'noOrdersInFirstHalf' };
  if (orders.shape !== 'orders') return { ok: false, reason: 'idsRepeatInFirstHalf' };
  if (orders.fieldsPresent.join() !== second.fieldsPresent.join()) return { ok: false, reason: 'fieldsDiffer' };
  if (orders.satisfactionScale !== second.satisfactionScale) return { ok: false, reason: 'satisfactionScaleDiffers' };
  if (!datesAgree(orders.dateOrders, second.dateOrders)) return { ok: false, reason: 'dateOrderDiffers' };
  // Ids ascending across the cut cannot repeat; otherwise no id of the second half may be one
  // of the first's (a repeat is reported with the cell of its first occurrence).
  const a = idRange(orders);
  const b = second.ids;
  const ascending = a.ascending && b.ascending && (a.last === null || b.first === null || a.last < b.first);
  if (!ascending && mayShareIds((orders.table.columns.order_id as TextColumn).values, b.keys))
    return { ok: false, reason: 'idRepeatsAcrossCut' };
  const lastRow = (orders.table.columns._row as { values: Int32Array }).values[orders.rowCount - 1] - 1;
  const idCol = orders.mapping.order_id!.column;
  const createdCol = orders.mapping.created!.column;
  if (isLineItemOf(second.firstOrderRow, first.values[lastRow], idCol, createdCol)) return { ok: false, reason: 'lineItemAtCut' };
  first.sink.absorb(second.issues, first.values.length - 1);
  return { ok: true };
}

/** Where the second half is read: a helper worker in the dashboard, the same thread in tests. */
export interface SecondHalfReader {
  /** Starts parsing the second half; its ingest waits for the first half's setup. */
  start(bytes: Uint8Array, delimiter: Delimiter): { ingest(setup: SecondHalfSetup): Promise<SecondHalf> };
}

export type HalvesResult =
  | { ok: true; value: LoadedData; issues: Issue[]; rows: number }
  | { ok: false; reason: string };

/**
 * A big CSV into the engine, read in two halves at once (see above): what loadWorkbook gives
 * for the whole file, or `ok: false` with the reason to read it in one go instead. Nothing is in
 * the engine until both halves are known to agree. `pause` is awaited between slices of the
 * first half's rows (the caller's other messages, progress).
 */
export async function loadCsvInHalves(
  engine: Promise<Engine>,
  fileName: string,
  halves: CsvHalves,
  helper: SecondHalfReader,
  opts: LoadOptions = {},
  pause: (fraction: number) => Promise<void> = async () => undefined,
): Promise<HalvesResult> {
  const second = helper.start(halves.second, halves.delimiter);
  const text = decodeUtf8(halves.first);
  if (text === null) return { ok: false, reason: 'notUtf8' };
  const reader = new DelimitedTextReader(text, halves.delimiter);
  for (const fraction of readInSlices(reader)) await pause(fraction);
  if (reader.endedInQuotes) return { ok: false, reason: 'cutInsideQuotes' };
  const values = reader.rows;
  const sheetName = baseName(fileName);
  const workbook: WorkbookData = { sheets: [{ name: sheetName, values, origin: { row: 0, col: 0 }, sharedTexts: true }], date1904: false };

  const progress = opts.onProgress ?? (() => undefined);
  progress('detect', 0);
  const { plan } = planOrders(workbook, opts);
  if (!plan) return { ok: false, reason: 'noPlan' };
  const dateOrders = dateOrderOptions(opts);
  const secondHalf = second.ingest({ sheetName, rowsBefore: values.length, headers: plan.headers, overrides: opts.overrides, sample: plan.sample, ...dateOrders });
  secondHalf.catch(() => undefined); // awaited below unless the first half already failed
  progress('ingest', 0.05);
  const sink = new IssueSink(sheetName, { row: 0, col: 0 });
  const ingested = ingestOrders(plan.sheet, { date1904: false, overrides: opts.overrides, headerRow: plan.headerRow, sink, sample: plan.sample, ...dateOrders });
  if (!ingested.value) return { ok: false, reason: 'noOrders' };
  // The one-go read says whether the whole file has a created date to read.
  if (ingested.value.createdUnreadable) return { ok: false, reason: 'createdUnreadable' };
  // This half's Arrow and facts while the helper finishes.
  const { table } = ingested.value;
  const ownRows = recordBatchOf(table);
  const ownFacts = orderFacts(table);
  const later = await secondHalf;
  const joined = joinSecondHalf({ orders: ingested.value, sink, values }, later);
  if (!joined.ok || !later.ok) return { ok: false, reason: joined.ok ? 'secondHalf' : joined.reason };

  const rows = values.length + later.rows;
  // The cells are read: let them go before the insert, so the garbage collector has less to go
  // through while DuckDB works.
  values.length = 0;
  const issues: Issue[] = [];
  const large = largeSheetIssue(sheetName, rows);
  if (large) issues.push(large);
  issues.push(...sink.finish());
  const loaded = await loadIngestedOrders(await engine, plan, ingested.value, opts, {
    rows: [ownRows, later.batch],
    facts: joinFacts(ownFacts, later.facts),
  });
  return { ok: true, value: loaded.value, issues: [...issues, ...loaded.issues], rows };
}
