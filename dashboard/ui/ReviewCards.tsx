import { memo } from 'react';
import type { AbsentKpi, KpiKey } from '../../shared/kpi/index';
import type { Lang } from '../../shared/messages/index';
import type { ReviewData } from '../../shared/review/index';
import { ReviewKpiCard } from '../../shared/ui/index';
import { CardGrid } from './CardGrid';

export interface ReviewCardsProps {
  lang: Lang;
  review: ReviewData;
  absent: AbsentKpi[];
  onOpenOrders: (kpi: KpiKey) => void;
}

/** The team's KPIs for the review period against target; a card lists its orders when clicked. */
export const ReviewCards = memo(function ReviewCards({ lang, review, absent, onOpenOrders }: ReviewCardsProps) {
  const period = review.period!;
  return (
    <CardGrid
      lang={lang}
      cards={review.cards}
      absent={absent}
      className="dash-review-cards"
      onOpenOrders={onOpenOrders}
      renderCard={(card) => <ReviewKpiCard card={card} period={period} lang={lang} />}
    />
  );
});
