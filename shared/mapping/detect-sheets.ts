import type { SheetData, WorkbookData } from '../schema/workbook';
import type { FieldMatch } from './assign';
import { sampleColumns, type ColumnSample } from './column-sample';
import { findHeaderRow } from './header-row';
import { relativeMerges } from './relative-merges';
import { mapOrderHeaders } from './order-headers';
import { mapTargetHeaders } from './target-headers';

export interface SheetMatch {
  sheet: string;
  /** Zero-based index of the (last) header row in the sheet's values: data starts below it. */
  headerRow: number;
  /** Sum of the confidences of the fields found; 0 = not this kind of sheet. */
  score: number;
  kind: 'orders' | 'kpi';
  /** The headers as findHeaderRow read them (merged, combined, duplicates renamed). */
  headers: string[];
}

export interface DetectedSheets {
  orders: SheetMatch | null;
  kpi: SheetMatch | null;
  /** Every sheet that could be either kind, best first. */
  candidates: SheetMatch[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const sumConfidence = (matches: readonly (FieldMatch | undefined)[]) =>
  round(matches.reduce((s, m) => s + (m ? m.confidence : 0), 0));

/**
 * An orders sheet must at least have an order id and a created date; more fields, more score.
 * Only fields whose columns can hold them count: a "Created" column without dates is no date.
 */
function ordersScore(headers: string[], sample: ColumnSample): number {
  const { mapping } = mapOrderHeaders(headers, undefined, sample);
  if (!mapping.order_id || !mapping.created) return 0;
  return sumConfidence(Object.values(mapping));
}

/** A KPI sheet is long (kpi + target/actual columns) or wide (KPI target/actual columns). */
function kpiScore(headers: string[]): number {
  const t = mapTargetHeaders(headers);
  if (t.form === 'long') return sumConfidence(Object.values(t.long));
  if (t.form === 'wide') return round(sumConfidence(Object.values(t.scope)) + 0.9 * t.wide.length);
  return 0;
}

function sheetMatches(sheet: SheetData): SheetMatch[] {
  const found = findHeaderRow(sheet.values, relativeMerges(sheet.merges, sheet.origin ?? { row: 0, col: 0 }), { sheet: sheet.name, origin: sheet.origin });
  if (!found) return [];
  const base = { sheet: sheet.name, headerRow: found.row, headers: found.headers };
  const out: SheetMatch[] = [];
  const orders = ordersScore(found.headers, sampleColumns(sheet.values, found.row, found.headers.length));
  if (orders > 0) out.push({ ...base, kind: 'orders', score: orders });
  const kpi = kpiScore(found.headers);
  if (kpi > 0) out.push({ ...base, kind: 'kpi', score: kpi });
  return out;
}

/**
 * Find the orders sheet and the KPI sheet of a workbook by their headers. The orders sheet is
 * the best-scoring orders candidate (ties: the first sheet); the KPI sheet the best KPI
 * candidate among the other sheets. Empty sheets and sheets of junk are no candidates.
 */
export function detectSheets(wb: WorkbookData): DetectedSheets {
  const candidates = wb.sheets.flatMap(sheetMatches);
  const byScore = (kind: SheetMatch['kind'], except?: string) =>
    candidates
      .filter((c) => c.kind === kind && c.sheet !== except)
      .reduce<SheetMatch | null>((best, c) => (!best || c.score > best.score ? c : best), null);
  const orders = byScore('orders');
  const kpi = byScore('kpi', orders?.sheet);
  const sorted = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.score - a.c.score || a.i - b.i)
    .map((x) => x.c);
  return { orders, kpi, candidates: sorted };
}
