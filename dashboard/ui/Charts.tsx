import { memo, useMemo } from 'react';
import { Label, Select } from '@fluentui/react-components';
import {
  attainmentHeatmap,
  chartTexts,
  errorRateTrend,
  onTimeTrend,
  pickedValues,
  PICK_MEMBER,
  PICK_MONTH,
  satisfactionTrend,
  sortByName,
  type ChartUnit,
} from '../../shared/charts/index';
import { KPI_CATALOG, type KpiKey } from '../../shared/kpi/index';
import { lastDayOfMonth } from '../../shared/review/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import type { ViewData } from '../data/view-data';
import type { Theme, ViewState } from '../state/view-state';
import { ChartPanel } from './ChartPanel';

export interface ChartsProps {
  lang: Lang;
  theme: Theme;
  data: ViewData;
  /** The review period ("YYYY-MM" or a week): shown in every chart. */
  period?: string | null;
  /** The as-of date: a month not ended by then is drawn hollow. */
  asOf?: string;
  /** Satisfaction's scale (5, 10 or 100), stated on its axis. */
  scaleMax?: number | null;
  /** The month and member picked in a chart (the cross-filter), for the keyboard pickers. */
  pickedMonth?: string | null;
  pickedMember?: string | null;
  onChange: (patch: Partial<ViewState>) => void;
}

const TRENDS = [
  { id: 'satisfaction', kpi: 'satisfaction', build: satisfactionTrend },
  { id: 'on-time', kpi: 'on_time_rate', build: onTimeTrend },
  { id: 'error-rate', kpi: 'error_rate', build: errorRateTrend },
] as const;

/**
 * The trends with target lines and the member × month attainment heatmap (overdue orders are
 * a list to chase, not bars side by side: AtRiskList). Clicking a month or a member picks it.
 */
/** Memoised: it renders again only when its own props change (see use-stable-callback.ts). */
export const Charts = memo(function Charts({ lang, theme, data, period = null, asOf = '', scaleMax = null, pickedMonth = null, pickedMember = null, onChange }: ChartsProps) {
  const m = messagesFor(lang);
  const size = { width: 'container' as const, theme };
  const pickMonth = (value: unknown) => onChange({ pickMonth: pickedValues(value, 'month')[0] ?? null });
  const pickMember = (value: unknown) => onChange({ pickMember: pickedValues(value, 'member')[0] ?? null });

  const trends = useMemo(
    () =>
      TRENDS.filter((t) => data.kpis.includes(t.kpi)).map((t) => ({
        ...t,
        spec: t.build(data.trend, lang, {
          ...size,
          // Title, subtitle and slanted month labels take ~135 px: the plot keeps ~125.
          height: 260,
          selectedMonth: period && !period.includes('W') ? period : null,
          partialMonths: data.trend.filter((r) => asOf && lastDayOfMonth(r.month) > asOf).map((r) => r.month),
          scaleMax,
        }),
        title: m.chartTrendTitle({ kpi: KPI_CATALOG[t.kpi].label[lang] }),
      })).map((t) => ({ ...t, texts: chartTexts(t.spec) })),
    [data.trend, data.kpis, lang, theme, period, asOf, scaleMax],
  );

  const reviewedMonth = period && !period.includes('W') ? period : null;
  const months = useMemo(() => [...new Set(data.trend.map((r) => r.month))].sort(), [data.trend]);
  const members = useMemo(() => sortByName(data.heat.flatMap((r) => (r.group ? [r.group] : [])), lang), [data.heat, lang]);
  const heatChoices = data.heatKpis;
  const heatShown = data.heatKpi;
  const heatmap = useMemo(() => {
    if (!heatShown) return null;
    const cells = data.heat.map((r) => ({
      group: r.group ?? '–',
      month: r.month,
      value: r[heatShown],
      target: r.targets[heatShown]?.target ?? null,
      met: r.targets[heatShown]?.met ?? null,
      // The orders a rate rests on (its denominator, from the cube): few of them are not judged.
      orders: r.bases?.[heatShown]?.of ?? null,
    }));
    const label = KPI_CATALOG[heatShown].label[lang];
    const spec = attainmentHeatmap({ kpi: heatShown, label, unit: KPI_CATALOG[heatShown].unit as ChartUnit, cells, lang, selectedMonth: reviewedMonth, ...size });
    // Read out: the reviewed month's column (the whole grid would be hundreds of lines).
    const shownMonth = reviewedMonth ?? cells.reduce((last, c) => (c.month > last ? c.month : last), '');
    return { label, spec, texts: chartTexts(spec, (r) => r.month === shownMonth) };
  }, [data.heat, heatShown, lang, theme, reviewedMonth]);


  return (
    <section className="dash-section" aria-label={m.dash_charts}>
      <h2>
        {m.dash_charts} <span className="dash-hint no-print">{m.dash_chartHint}</span>
      </h2>
      {/* The cross-filter from the keyboard: the same picks a click on a chart makes. */}
      <div className="dash-inline-field no-print dash-chart-picks" data-testid="chart-keyboard-picks">
        <Label htmlFor="pick-month-keys" size="small">
          {m.dash_pickMonthKeys}
        </Label>
        <Select id="pick-month-keys" size="small" value={pickedMonth ?? ''} onChange={(_, d) => onChange({ pickMonth: d.value || null })}>
          <option value="">{m.dash_pickNone}</option>
          {months.map((mo) => (
            <option key={mo} value={mo}>
              {mo}
            </option>
          ))}
        </Select>
        {members.length > 0 && (
          <>
            <Label htmlFor="pick-member-keys" size="small">
              {m.dash_pickMemberKeys}
            </Label>
            <Select id="pick-member-keys" size="small" value={pickedMember ?? ''} onChange={(_, d) => onChange({ pickMember: d.value || null })}>
              <option value="">{m.dash_pickNone}</option>
              {members.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </>
        )}
      </div>
      <div className="dash-charts">
        {trends.map((t) => (
          <ChartPanel key={t.id} id={`trend-${t.id}`} title={t.title} spec={t.spec} lang={lang} texts={t.texts} onSignal={{ [PICK_MONTH]: pickMonth }} />
        ))}
        {heatmap && (
          <ChartPanel
            id="heatmap"
            title={m.chartHeatmapTitle({ kpi: heatmap.label })}
            spec={heatmap.spec}
            texts={heatmap.texts}
            lang={lang}
            wide
            renderer="canvas"
            onSignal={{ [PICK_MONTH]: pickMonth, [PICK_MEMBER]: pickMember }}
            tools={
              <label className="dash-inline-field no-print">
                {m.dash_heatKpi}{' '}
                <Select size="small" value={heatShown ?? undefined} onChange={(_, d) => onChange({ heatKpi: d.value as KpiKey })} data-testid="heat-kpi">
                  {heatChoices.map((kpi) => (
                    <option key={kpi} value={kpi}>
                      {KPI_CATALOG[kpi].label[lang]}
                    </option>
                  ))}
                </Select>
              </label>
            }
          />
        )}
      </div>
    </section>
  );
});
