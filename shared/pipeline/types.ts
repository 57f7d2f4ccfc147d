import type { Issue } from '../schema/issues';
import type { OrderField } from '../schema/fields';
import type { TargetRow } from '../schema/targets';
import type { WorkbookData } from '../schema/workbook';
import type { AbsentKpi, KpiKey, KpiRowWithTargets } from '../kpi/index';
import type { IngestedOrders, SatisfactionScale } from '../ingest/index';
import type { DateOrder } from '../ingest/date-order';

export type OrderMapping = IngestedOrders['mapping'];
/** field → header text (CLI --map, the mapping editor); "" leaves a field unmapped. */
export type HeaderOverrides = Partial<Record<OrderField, string>>;

export type LoadPhase = 'detect' | 'ingest' | 'load' | 'targets' | 'done';

export interface LoadOptions {
  /** The orders sheet by name (default: the sheet whose headers match best). */
  ordersSheet?: string;
  /** The KPI sheet by name; null = no targets; default: the detected KPI sheet. */
  kpiSheet?: string | null;
  /** Targets from another workbook (kpiSheet then names a sheet of that workbook). */
  targetsWorkbook?: WorkbookData;
  overrides?: HeaderOverrides;
  /** How to read dates like 05/06/2026 in columns whose cells do not show it (CLI --date-order, the mapping editor). */
  dateOrder?: DateOrder;
  /**
   * The user's locale (BCP 47 or POSIX: "en-GB", "en_GB.UTF-8"): its date order is used for
   * such columns when no dateOrder is given. The CLI's LANG, the page's navigator.language,
   * Office's display language.
   */
  locale?: string;
  onProgress?: (phase: LoadPhase, fraction: number) => void;
  /**
   * Called once `orders` and `targets` are in the engine, before the facts about them are
   * worked out: a front end may start its own queries then (the engine runs them meanwhile).
   */
  onTablesLoaded?: (fieldsPresent: OrderField[]) => void;
}

/** What a front end knows about the data once it is in the engine (tables `orders`, `targets`). */
export interface LoadedData {
  ordersSheet: string;
  kpiSheet: string | null;
  mapping: OrderMapping;
  fieldsPresent: OrderField[];
  satisfactionScale: SatisfactionScale | null;
  targets: TargetRow[];
  /** Every month of created/due/delivered, "YYYY-MM", sorted. */
  months: string[];
  teams: string[];
  owners: string[];
  /** Each owner's team (the team of most of their orders). */
  teamOf: Record<string, string>;
  /** Orders read (cancelled included). */
  rowCount: number;
  /**
   * Some orders have lines under several owners/teams/customers/suppliers: the KPI queries
   * combine their rows by order id (KpiQueryOptions.ordersAcrossGroups).
   */
  ordersAcrossGroups: boolean;
  cancelledCount: number;
  /** The orders sheet's header row as found, in column order. */
  headers: string[];
}

/** One type with the compiler's question (shared/kpi/options.ts), under the name the front ends use. */
export type { KpiQuery } from '../kpi/options';

export interface KpiResult {
  rows: KpiRowWithTargets[];
  /** KPIs that cannot be computed from the mapped fields, with the fields they miss. */
  absent: AbsentKpi[];
  /** The KPIs the query computes. */
  kpis: KpiKey[];
  issues: Issue[];
  /** The SQL that ran (for the add-in's "show SQL"); null when nothing ran. */
  sql: string | null;
}
