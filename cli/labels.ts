import type { Grouping, PeriodBasis } from '../shared/kpi/index';
import type { Severity } from '../shared/schema/index';
import { messagesFor, type Lang } from '../shared/messages/index';

/** Names of the report's settings in the reader's language. */
export function basisLabel(basis: PeriodBasis, lang: Lang): string {
  const m = messagesFor(lang);
  return { natural: m.cliBasisNatural, created: m.cliBasisCreated, due: m.cliBasisDue, delivered: m.cliBasisDelivered }[basis];
}

export function groupLabel(group: Grouping, lang: Lang): string {
  const m = messagesFor(lang);
  return {
    owner: m.cliGroupOwner,
    team: m.cliGroupTeam,
    customer: m.cliGroupCustomer,
    supplier: m.cliGroupSupplier,
    none: m.cliGroupNone,
  }[group];
}

export function severityLabel(severity: Severity, lang: Lang): string {
  const m = messagesFor(lang);
  return { error: m.cliSeverityError, warning: m.cliSeverityWarning, info: m.cliSeverityInfo }[severity];
}

/** The heading of the group column: the grouped field's name ("Owner", "负责人"). */
export function groupColumnLabel(report: { group: Exclude<Grouping, 'none'> | null }, lang: Lang): string {
  const m = messagesFor(lang);
  return report.group ? m.fieldLabel({ field: report.group }) : m.cliGroupColumn;
}
