import type { Engine } from '../../shared/engine/index';
import { attachTargets } from '../../shared/kpi/index';
import { computeKpis, toKpiRow, type KpiQuery, type KpiResult, type LoadedData } from '../../shared/pipeline/index';
import { atRiskOrders, loadOrderDays, windowRows, type AtRiskOf, type WindowRowsOf } from '../../shared/review/index';
import type { DataServerClient } from '../../shared/source/index';

/**
 * Where the pane's numbers come from: the workbook's sheets loaded into DuckDB-WASM, or a
 * company database behind the local data server (server/). The KPIs, review, at-risk and
 * report tabs ask this and never know which; only aggregates (and the at-risk rows) travel
 * from a server, whose credentials stay with it.
 */
export interface PaneKpiSource {
  kind: 'workbook' | 'server';
  /** KPI rows of a question, with the targets in effect (loaded.targets) attached. */
  kpis(loaded: LoadedData, q: KpiQuery): Promise<KpiResult>;
  /** A review window's rows (shared/review): with `atRisk`, what reviewData asks. */
  windowRows: WindowRowsOf;
  atRisk: AtRiskOf;
  /** The created days of the orders: which months and weeks can be reviewed. */
  orderDays(): Promise<string[]>;
}

/** The workbook's sheets, loaded into the pane's engine. */
export function workbookKpiSource(engine: Engine): PaneKpiSource {
  return {
    kind: 'workbook',
    kpis: (loaded, q) => computeKpis(engine, loaded, q),
    windowRows: (opts, key) => windowRows(engine, opts, key),
    atRisk: (q) => atRiskOrders(engine, q),
    orderDays: () => loadOrderDays(engine),
  };
}

/**
 * A database table through the data server. The server attaches the targets it knows (none for
 * a table); the pane attaches its own (the product's targets sheet), as computeKpis does.
 */
export function serverKpiSource(server: DataServerClient): PaneKpiSource {
  return {
    kind: 'server',
    kpis: async (loaded, q) => {
      const answer = await server.kpis(q);
      const rows = attachTargets(answer.rows.map((r) => toKpiRow(r as unknown as Record<string, unknown>)), loaded.targets, {
        group: q.group,
        teamOf: (owner) => loaded.teamOf[owner] ?? null,
      });
      return { ...answer, rows };
    },
    windowRows: (opts, key) => server.windowRows(opts, key),
    atRisk: (q) => server.atRisk(q),
    orderDays: () => server.orderDays(),
  };
}
