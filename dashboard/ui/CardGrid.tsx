import type { ReactNode } from 'react';
import { KPI_CATALOG, type AbsentKpi, type KpiKey } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';

export interface CardGridProps<T extends { kpi: KpiKey }> {
  lang: Lang;
  cards: readonly T[];
  absent: readonly AbsentKpi[];
  /** A card of the grid (the review's or the whole range's). */
  renderCard: (card: T) => ReactNode;
  onOpenOrders: (kpi: KpiKey) => void;
  className?: string;
}

/**
 * The KPI cards' one layout, for the review period and for the whole range: a grid of cards,
 * each a button (click, Enter or Space) that lists its orders, then the KPIs the data cannot give.
 */
export function CardGrid<T extends { kpi: KpiKey }>({ lang, cards, absent, renderCard, onOpenOrders, className }: CardGridProps<T>) {
  const m = messagesFor(lang);
  return (
    <section className="dash-section" aria-label={m.dash_kpis}>
      <div className={className ? `dash-cards ${className}` : 'dash-cards'} data-testid="kpi-cards">
        {cards.map((card) => (
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
            {renderCard(card)}
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
}
