import { mapTargetHeaders, matchKpiName, type FieldMatch } from '../mapping/index';
import type { KpiKey } from '../kpi/keys';
import type { TargetRow } from '../schema/targets';
import type { CellValue, SheetData } from '../schema/workbook';
import { cellText, headerTextsAt, relativeMerges } from './header-row';
import { IssueSink } from './issue-sink';
import { parseMonthCell } from './month-cell';
import type { IngestResult } from './orders';
import { parseNumberCell } from './parse-cells';
import { isEmptyCell, isPlaceholder } from './placeholder';

/*
 * The KPI (targets) sheet → TargetRow[]. Long form: one row per KPI (month | team | owner |
 * kpi | target | actual); wide form: one column per KPI and kind ("准时率目标", "on-time
 * target"), one row per scope. Rates are fractions: "95%" → 0.95, and a bare 95 for a rate
 * KPI is read as 95% (with an info issue), since no rate can exceed 1.
 */
type TargetMapping = ReturnType<typeof mapTargetHeaders>;

/** Look this far down for the header row (title rows, notes above the table). */
const HEADER_SEARCH_ROWS = 30;
const EVERY = new Set(['all', 'any', '*', '全部', '所有', '全体']);

function mappingScore(m: TargetMapping): number {
  if (m.form === 'long') return 10 + Object.keys(m.long).length;
  if (m.form === 'wide') return m.wide.length + Object.keys(m.scope).length;
  return 0;
}

function findTargetHeader(sheet: SheetData): { row: number; mapping: TargetMapping } | null {
  const merges = relativeMerges(sheet.merges, sheet.origin ?? { row: 0, col: 0 });
  let best: { row: number; mapping: TargetMapping; score: number } | null = null;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, sheet.values.length); r++) {
    const mapping = mapTargetHeaders(headerTextsAt(sheet.values, r, merges));
    const score = mappingScore(mapping);
    if (score > 0 && (!best || score > best.score)) best = { row: r, mapping, score };
  }
  return best;
}

interface RowReader {
  sheet: SheetData;
  sink: IssueSink;
  date1904: boolean;
}

function scopeText(v: CellValue | undefined): string | null {
  if (v === undefined || isPlaceholder(v)) return null;
  const t = cellText(v);
  return EVERY.has(t.toLowerCase()) ? null : t;
}

type Scope = Pick<TargetRow, 'month' | 'team' | 'owner'>;

/** The row's month/team/owner; null when the month is unreadable (the row is left out). */
function readScope(reader: RowReader, row: number, scope: TargetMapping['scope']): Scope | null {
  const cells = reader.sheet.values[row];
  let month: string | null = null;
  if (scope.month) {
    const parsed = parseMonthCell(cells[scope.month.column] ?? '', reader.date1904);
    if (!parsed.ok) {
      reader.sink.atCell(row, scope.month.column, 'warning', 'notAMonth', { value: cellText(cells[scope.month.column]) });
      return null;
    }
    month = parsed.value;
  }
  return {
    month,
    team: scope.team ? scopeText(cells[scope.team.column]) : null,
    owner: scope.owner ? scopeText(cells[scope.owner.column]) : null,
  };
}

/** A target or actual cell → number (or null); a rate above 1 is taken as a percentage. */
function readAmount(reader: RowReader, row: number, match: FieldMatch | { column: number } | undefined, kpi: KpiKey): number | null {
  if (!match) return null;
  const v = reader.sheet.values[row][match.column];
  const parsed = parseNumberCell(v ?? '');
  if (!parsed.ok) {
    reader.sink.atCell(row, match.column, 'warning', 'notANumber', { value: cellText(v) });
    return null;
  }
  const x = parsed.value;
  if (x !== null && kpi.endsWith('_rate') && x > 1 && x <= 100) {
    reader.sink.atCell(row, match.column, 'info', 'rateReadAsPercent', { value: x, read: x / 100 });
    return x / 100;
  }
  return x;
}

function source(reader: RowReader, row: number, col: number): string {
  return `${reader.sheet.name}!${reader.sink.address(row, col)}`;
}

function rowIsEmpty(cells: CellValue[] | undefined): boolean {
  return !cells || cells.every((v) => isEmptyCell(v));
}

function readLongRow(reader: RowReader, row: number, m: TargetMapping): TargetRow | null {
  const kpiCol = m.long.kpi!.column;
  const name = cellText(reader.sheet.values[row][kpiCol]);
  if (name === '' || isPlaceholder(name)) {
    reader.sink.atCell(row, kpiCol, 'warning', 'missingKpiName', { row: reader.sink.rowNumber(row) });
    return null;
  }
  const kpi = matchKpiName(name);
  if (!kpi) {
    reader.sink.atCell(row, kpiCol, 'warning', 'unknownKpi', { value: name });
    return null;
  }
  const scope = readScope(reader, row, m.scope);
  if (!scope) return null;
  const target = readAmount(reader, row, m.long.target, kpi);
  const actual = readAmount(reader, row, m.long.actual, kpi);
  const at = m.long.target?.column ?? m.long.actual?.column ?? kpiCol;
  return { ...scope, kpi, target, actual, source: source(reader, row, at) };
}

function readWideRow(reader: RowReader, row: number, m: TargetMapping): TargetRow[] {
  const cells = reader.sheet.values[row];
  const byKpi = new Map<KpiKey, TargetRow>();
  const scope = readScope(reader, row, m.scope);
  if (!scope) return [];
  for (const w of m.wide) {
    if (isPlaceholder(cells[w.column] ?? '')) continue;
    const value = readAmount(reader, row, w, w.kpi);
    if (value === null) continue;
    let out = byKpi.get(w.kpi);
    if (!out) {
      out = { ...scope, kpi: w.kpi, target: null, actual: null, source: source(reader, row, w.column) };
      byKpi.set(w.kpi, out);
    }
    out[w.kind] = value;
  }
  return [...byKpi.values()];
}

export function ingestTargets(sheet: SheetData, opts: { date1904: boolean }): IngestResult<TargetRow[]> & { value: TargetRow[] } {
  const sink = new IssueSink(sheet.name, sheet.origin ?? { row: 0, col: 0 });
  const header = findTargetHeader(sheet);
  if (!header) {
    sink.sheetWide('error', sheet.values.every(rowIsEmpty) ? 'emptySheet' : 'noTargetColumns', {});
    return { value: [], issues: sink.finish() };
  }
  const reader: RowReader = { sheet, sink, date1904: opts.date1904 };
  const out: TargetRow[] = [];
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    if (rowIsEmpty(sheet.values[r])) continue;
    if (header.mapping.form === 'long') {
      const t = readLongRow(reader, r, header.mapping);
      if (t) out.push(t);
    } else out.push(...readWideRow(reader, r, header.mapping));
  }
  return { value: out, issues: sink.finish() };
}
