import { MONTH_ALL, isKpiKey } from '../../shared/kpi/index';
import { parsePeriodChoice, periodChoiceText } from '../../shared/review/index';
import {
  DEFAULT_VIEW,
  dateOrNull,
  isPeriodBasis,
  isTheme,
  kpiOr,
  langOrNull,
  monthOrNull,
  type BehindCell,
  type ViewState,
} from './view-state';

/*
 * The view state as a URL hash, `#from=2025-01&to=2026-10&team=售后&basis=due&lang=zh`, so a
 * link restores the same screen. Only what differs from the defaults is written; anything
 * unreadable in a hand-edited link falls back to the default rather than failing.
 */

/** The hash (with or without "#") → a complete view state. */
export function viewFromHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const from = monthOrNull(p.get('from'));
  const to = monthOrNull(p.get('to'));
  const ordered = from && to && from > to ? { from: to, to: from } : { from, to };
  return {
    ...ordered,
    teams: p.getAll('team').filter((t) => t !== ''),
    owners: p.getAll('owner').filter((o) => o !== ''),
    basis: isPeriodBasis(p.get('basis')) ? (p.get('basis') as ViewState['basis']) : DEFAULT_VIEW.basis,
    pickMonth: monthOrNull(p.get('month')),
    pickMember: p.get('member') || null,
    lang: langOrNull(p.get('lang')),
    theme: isTheme(p.get('theme')) ? (p.get('theme') as ViewState['theme']) : DEFAULT_VIEW.theme,
    asOf: dateOrNull(p.get('asof')),
    heatKpi: kpiOr(p.get('heat'), DEFAULT_VIEW.heatKpi),
    behind: behindFrom(p),
    period: periodChoiceText(parsePeriodChoice(p.get('period'))),
    riskDays: riskDaysOf(p.get('risk')),
  };
}

function riskDaysOf(text: string | null): number {
  const days = Number(text);
  return text !== null && Number.isInteger(days) && days >= 0 && days <= 365 ? days : DEFAULT_VIEW.riskDays;
}

function behindFrom(p: URLSearchParams): BehindCell | null {
  const kpi = p.get('behind');
  if (!isKpiKey(kpi)) return null;
  const month = p.get('behindMonth');
  return {
    kpi,
    month: month === MONTH_ALL || monthOrNull(month) ? month! : MONTH_ALL,
    member: p.get('behindMember') || null,
  };
}

/** A view state → the hash that restores it ("" for the default view). */
export function hashFromView(view: ViewState): string {
  const p = new URLSearchParams();
  if (view.from) p.set('from', view.from);
  if (view.to) p.set('to', view.to);
  for (const team of view.teams) p.append('team', team);
  for (const owner of view.owners) p.append('owner', owner);
  if (view.basis !== DEFAULT_VIEW.basis) p.set('basis', view.basis);
  if (view.pickMonth) p.set('month', view.pickMonth);
  if (view.pickMember) p.set('member', view.pickMember);
  if (view.lang) p.set('lang', view.lang);
  if (view.theme !== DEFAULT_VIEW.theme) p.set('theme', view.theme);
  if (view.asOf) p.set('asof', view.asOf);
  if (view.heatKpi !== DEFAULT_VIEW.heatKpi) p.set('heat', view.heatKpi);
  if (view.behind) {
    p.set('behind', view.behind.kpi);
    p.set('behindMonth', view.behind.month);
    if (view.behind.member) p.set('behindMember', view.behind.member);
  }
  if (view.period) p.set('period', view.period);
  if (view.riskDays !== DEFAULT_VIEW.riskDays) p.set('risk', String(view.riskDays));
  const text = p.toString();
  return text ? `#${text}` : '';
}
