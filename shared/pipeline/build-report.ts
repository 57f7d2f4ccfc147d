import type { Issue, Severity } from '../schema/issues';
import type { OrderField } from '../schema/fields';
import { KPI_KEYS, type Grouping, type KpiKey, type KpiRowWithTargets, type PeriodBasis } from '../kpi/keys';
import { issueText, type Lang } from '../messages/index';
import type { SatisfactionScale } from '../ingest/index';
import type { AbsentKpi } from '../kpi/index';
import type { KpiResult, LoadedData } from './types';

/** One row of the report: a month × group, every KPI, and the targets that apply. */
export type ReportRow = {
  month: string;
  group: string | null;
} & Record<KpiKey, number | null> & {
    targets: Partial<Record<KpiKey, { target: number; met: boolean | null; gap: number | null }>>;
    /** Per KPI, the KPI-sheet cell whose `actual` gave the value (extra to the contract). */
    fromKpiSheet?: Partial<Record<KpiKey, string>>;
  };

export interface ReportIssue {
  sheet: string;
  cell: string;
  severity: Severity;
  message: string;
  /** The message key, for tools that filter issues (extra to the contract). */
  code: string;
}

/**
 * The report CLI's JSON (DESIGN.md, "Report CLI contract"). The contract's fields come first;
 * the rest are extras a reader of the report needs (scale, cancelled count, absent KPIs).
 */
export interface ReportJson {
  asOf: string;
  basis: PeriodBasis;
  group: Exclude<Grouping, 'none'> | null;
  mapping: Partial<Record<OrderField, string>>;
  rows: ReportRow[];
  issues: ReportIssue[];
  ordersSheet: string;
  kpiSheet: string | null;
  from: string | null;
  to: string | null;
  satisfactionScale: SatisfactionScale | null;
  orders: number;
  cancelled: number;
  absent: AbsentKpi[];
}

export interface ReportQuestion {
  asOf: string;
  basis: PeriodBasis;
  group: Grouping;
  from?: string | null;
  to?: string | null;
}

function reportRow(row: KpiRowWithTargets): ReportRow {
  const out = { month: row.month, group: row.group } as ReportRow;
  for (const key of KPI_KEYS) out[key] = row[key] ?? null;
  out.targets = {};
  for (const key of KPI_KEYS) {
    const check = row.targets[key];
    if (check) out.targets[key] = { target: check.target, met: check.met, gap: check.gap };
  }
  if (row.fromKpiSheet && Object.keys(row.fromKpiSheet).length > 0) out.fromKpiSheet = { ...row.fromKpiSheet };
  return out;
}

export function reportIssue(issue: Issue, lang: Lang): ReportIssue {
  return { sheet: issue.sheet, cell: issue.cell, severity: issue.severity, message: issueText(issue, lang), code: issue.code };
}

/** The field → header mapping as the report prints it. */
export function mappingHeaders(loaded: LoadedData): Partial<Record<OrderField, string>> {
  const out: Partial<Record<OrderField, string>> = {};
  for (const [field, m] of Object.entries(loaded.mapping) as [OrderField, { header: string } | undefined][]) {
    if (m) out[field] = m.header;
  }
  return out;
}

/**
 * Put a loaded workbook, its KPI rows and every issue into the report's JSON shape, issue texts
 * in the reader's language. Pure.
 */
export function buildReport(
  loaded: LoadedData,
  kpis: KpiResult,
  question: ReportQuestion,
  issues: readonly Issue[],
  lang: Lang,
): ReportJson {
  return {
    asOf: question.asOf,
    basis: question.basis,
    group: question.group === 'none' ? null : question.group,
    mapping: mappingHeaders(loaded),
    rows: kpis.rows.map(reportRow),
    issues: issues.map((i) => reportIssue(i, lang)),
    ordersSheet: loaded.ordersSheet,
    kpiSheet: loaded.kpiSheet,
    from: question.from ?? null,
    to: question.to ?? null,
    satisfactionScale: loaded.satisfactionScale,
    orders: loaded.rowCount - loaded.cancelledCount,
    cancelled: loaded.cancelledCount,
    absent: kpis.absent,
  };
}
