import { memo } from 'react';
import { KPI_CATALOG, type KpiKey } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { formatKpiValue, KpiCard } from '../../shared/ui/index';
import type { ViewData } from '../data/view-data';
import type { Theme } from '../state/view-state';
import { CardGrid } from './CardGrid';
import { Sparkline } from './Sparkline';

export interface KpiCardsProps {
  lang: Lang;
  theme: Theme;
  data: ViewData;
  onOpenOrders: (kpi: KpiKey) => void;
}

/**
 * A card for every KPI the data supports: the value over the selected range, target,
 * met/missed, the last month's change and a sparkline. Clicking a card lists its orders.
 */
/** Memoised: it renders again only when its own props change (see use-stable-callback.ts). */
export const KpiCards = memo(function KpiCards({ lang, theme, data, onOpenOrders }: KpiCardsProps) {
  const m = messagesFor(lang);
  return (
    <CardGrid
      lang={lang}
      cards={data.cards}
      absent={data.absent}
      onOpenOrders={onOpenOrders}
      renderCard={(card) => (
        <KpiCard
          kpi={card.kpi}
          lang={lang}
          value={card.value}
          target={card.target}
          met={card.met}
          latest={card.lastValue}
          previous={card.previous}
          note={card.fromKpiSheet ? m.dash_fromKpiSheet({ cell: card.fromKpiSheet }) : undefined}
        >
          <Sparkline points={card.spark} theme={theme} format={(v) => formatKpiValue(v, KPI_CATALOG[card.kpi].unit, lang)} />
        </KpiCard>
      )}
    />
  );
});
