import { Button, Label, Select } from '@fluentui/react-components';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { periodTitle, type ReviewData } from '../../shared/review/index';
import type { ViewState } from '../state/view-state';

export interface ReviewHeadProps {
  lang: Lang;
  view: ViewState;
  review: ReviewData | null;
  rangeLabel: string;
  slow: boolean;
  onChange: (patch: Partial<ViewState>) => void;
}

/**
 * The period under review and how to change it: month or ISO week, which one (never after the
 * as-of date), or the whole range. `data-review-period` says which period the page reviews.
 */
export function ReviewHead({ lang, view, review, rangeLabel, slow, onChange }: ReviewHeadProps) {
  const m = messagesFor(lang);
  const period = review?.period ?? null;
  const all = view.period === 'all';
  const grain = period?.grain ?? (view.period === 'week' || /W/.test(view.period ?? '') ? 'week' : 'month');
  const choices = grain === 'week' ? (review?.weeks ?? []) : (review?.months ?? []);
  return (
    <div className="dash-review-head">
      <h2 className="dash-range" data-review-period={all ? 'all' : (period?.key ?? '')} data-partial={period?.partial ? 'true' : undefined}>
        {all ? m.rv_wholeRangeOf({ range: rangeLabel }) : period ? m.rv_reviewOf({ period: periodTitle(period, lang) }) : m.rv_noPeriod}
        {period?.partial && <span className="dash-hint">{m.rv_partialNote({ day: period.daysElapsed, total: period.daysTotal })}</span>}
        {slow && <span className="dash-hint no-print"> {m.dash_updating}</span>}
      </h2>
      <div className="dash-review-controls no-print" role="group" aria-label={m.rv_period}>
        <div className="dash-field dash-field-row">
          <Label htmlFor="review-grain" size="small">
            {m.rv_grain}
          </Label>
          <Select
            id="review-grain"
            size="small"
            data-testid="review-grain"
            value={all ? 'all' : grain}
            onChange={(_, d) => onChange({ period: d.value === 'month' ? null : d.value, pickMonth: null })}
          >
            <option value="month">{m.rv_grainMonth}</option>
            <option value="week">{m.rv_grainWeek}</option>
            <option value="all">{m.rv_wholeRange}</option>
          </Select>
        </div>
        {!all && choices.length > 0 && (
          <div className="dash-field dash-field-row">
            <Label htmlFor="review-period" size="small">
              {m.rv_period}
            </Label>
            <Select id="review-period" size="small" data-testid="review-period" value={period?.key ?? ''} onChange={(_, d) => onChange({ period: d.value, pickMonth: null })}>
              {choices.map((key) => (
                <option key={key} value={key}>
                  {key}
                </option>
              ))}
            </Select>
          </div>
        )}
        {!all && (
          <Button size="small" appearance="subtle" onClick={() => onChange({ period: 'all', pickMonth: null })} data-testid="review-all">
            {m.rv_wholeRange}
          </Button>
        )}
      </div>
    </div>
  );
}
