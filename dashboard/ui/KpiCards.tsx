import { useMemo } from 'react';
import { sparkline, type ChartUnit } from '../../shared/charts/index';
import { KPI_CATALOG, type KpiKey } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { KpiCard } from '../../shared/ui/index';
import type { CardData, ViewData } from '../data/view-data';
import type { Theme } from '../state/view-state';
import { LiveChart } from './LiveChart';

export interface KpiCardsProps {
  lang: Lang;
  theme: Theme;
  data: ViewData;
  onOpenOrders: (kpi: KpiKey) => void;
}

function Spark({ card, lang, theme }: { card: CardData; lang: Lang; theme: Theme }) {
  const unit = KPI_CATALOG[card.kpi].unit as ChartUnit;
  const spec = useMemo(() => sparkline({ points: card.spark, unit, lang, theme, width: 150, height: 30 }), [card.spark, unit, lang, theme]);
  return <LiveChart spec={spec} label={KPI_CATALOG[card.kpi].label[lang]} className="dash-spark" />;
}

/**
 * A card for every KPI the data supports: the value over the selected range, target,
 * met/missed, the last month's change and a sparkline. Clicking a card lists its orders.
 */
export function KpiCards({ lang, theme, data, onOpenOrders }: KpiCardsProps) {
  const m = messagesFor(lang);
  return (
    <section className="dash-section" aria-label={m.dash_kpis}>
      <div className="dash-cards" data-testid="kpi-cards">
        {data.cards.map((card) => (
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
              <Spark card={card} lang={lang} theme={theme} />
            </KpiCard>
          </div>
        ))}
      </div>
      {data.absent.length > 0 && (
        <p className="dash-absent" data-testid="absent-kpis">
          <strong>{m.dash_absentTitle}:</strong>{' '}
          {data.absent.map((a) => `${KPI_CATALOG[a.kpi].label[lang]} (${m.uiAbsentKpi({ fields: a.missing.map((f) => m.fieldLabel({ field: f })).join(', ') })})`).join(' · ')}
        </p>
      )}
    </section>
  );
}
