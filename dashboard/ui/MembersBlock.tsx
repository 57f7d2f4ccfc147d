import { memo } from 'react';
import type { KpiKey } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import type { ReviewData } from '../../shared/review/index';
import { MembersVsTarget } from '../../shared/ui/index';

export interface MembersBlockProps {
  lang: Lang;
  review: ReviewData;
  hasTargets: boolean;
  onOpenOrders: (member: string, kpi: KpiKey) => void;
}

/** Members against their own targets, on the first screen (by name; never a ranking). */
export const MembersBlock = memo(function MembersBlock({ lang, review, hasTargets, onOpenOrders }: MembersBlockProps) {
  const m = messagesFor(lang);
  return (
    <section className="dash-section dash-members-block" aria-label={m.rv_membersTitle} data-testid="members-vs-target">
      <h2>
        {m.rv_membersTitle} <span className="dash-hint">{hasTargets ? m.rv_membersHint : m.rv_noTargetsHint}</span>
      </h2>
      <MembersVsTarget members={review.members} kpis={review.memberKpis} lang={lang} onCellClick={onOpenOrders} />
    </section>
  );
});
