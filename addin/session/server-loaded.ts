import type { LoadedData } from '../../shared/pipeline/index';
import type { OrderField } from '../../shared/schema/index';
import type { DataServerSource } from '../../shared/source/index';

const SCALES = [5, 10, 100] as const;

/**
 * What the data server says of its table (GET /api/source), as the pane knows loaded sheets:
 * the table's name stands for the orders sheet's, its column names for the headers. There is
 * no KPI sheet; the targets are the pane's own (its targets sheet, added by usePaneReview).
 */
export function serverLoaded(source: DataServerSource): LoadedData {
  const mapping = Object.fromEntries(
    Object.entries(source.mapping).map(([field, header]) => [field, { column: source.columns.findIndex((c) => c.name === header), header, confidence: 1 }]),
  ) as LoadedData['mapping'];
  const scale = SCALES.find((s) => s === source.satisfactionScale) ?? null;
  return {
    ordersSheet: source.table,
    kpiSheet: null,
    mapping,
    fieldsPresent: source.fieldsPresent as OrderField[],
    satisfactionScale: scale,
    targets: [],
    months: source.months,
    teams: source.teams,
    owners: source.owners,
    teamOf: source.teamOf,
    rowCount: source.rows,
    ordersAcrossGroups: source.ordersAcrossGroups,
    cancelledCount: source.cancelled,
    headers: source.columns.map((c) => c.name),
  };
}
