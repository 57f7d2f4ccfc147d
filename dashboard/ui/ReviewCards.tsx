import { memo } from 'react';
import { KPI_CATALOG, type KpiKey } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import type { ReviewData } from '../../shared/review/index';
import { ReviewKpiCard } from '../../shared/ui/index';
import type { AbsentKpi } from '../../shared/kpi/index';

export interface ReviewCardsProps {
  lang: Lang;
  review: ReviewData;
  absent: AbsentKpi[];
  onOpenOrders: (kpi: KpiKey) => void;
}

/** The team's KPIs for the review period against target; a card lists its orders when clicked. */
export const ReviewCards = memo(function ReviewCards({ lang, review, absent, onOpenOrders }: ReviewCardsProps) {
  const m = messagesFor(lang);
  const period = review.period!;
  return (
    <section className="dash-section" aria-label={m.dash_kpis}>
      <div className="dash-cards dash-review-cards" data-testid="kpi-cards">
        {review.cards.map((card) => (
          <div
            key={card.kpi}
            className="dash-card-button"
            role="button"
            tabIndex={0}
            title={m.dash_cardHint}
            onClick={() => onOpenOrders(card.kpi)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') onOpenOrders(card.kpi);
            }}
          >
            <ReviewKpiCard card={card} period={period} lang={lang} />
          </div>
        ))}
      </div>
      {absent.length > 0 && (
        <p className="dash-absent" data-testid="absent-kpis">
          <strong>{m.dash_absentTitle}:</strong>{' '}
          {absent.map((a) => `${KPI_CATALOG[a.kpi].label[lang]} (${m.dash_absentNeeds({ fields: a.missing.map((f) => m.fieldLabel({ field: f })).join(', ') })})`).join(' · ')}
        </p>
      )}
    </section>
  );
});
