import { useEffect, useState } from 'react';
import type { LoadedData } from '../../shared/pipeline/index';
import type { KpiFilter } from '../session/kpi-view';
import { defaultRange } from '../session/months';

/**
 * The KPI filter shared by the KPIs, At risk and Report tabs. New data resets the range to the
 * latest year and keeps the basis, the as-of date and any team/owner still present.
 */
export function useKpiFilter(loaded: LoadedData | null, startAsOf: string) {
  const [filter, setFilter] = useState<KpiFilter | null>(null);
  useEffect(() => {
    if (!loaded) return;
    setFilter((previous) => {
      const asOf = previous?.asOf ?? startAsOf;
      const range = defaultRange(loaded.months, asOf);
      if (!range) return null;
      return {
        ...range,
        asOf,
        basis: previous?.basis ?? 'natural',
        team: previous?.team && loaded.teams.includes(previous.team) ? previous.team : null,
        owner: previous?.owner && loaded.owners.includes(previous.owner) ? previous.owner : null,
      };
    });
  }, [loaded, startAsOf]);
  return [filter, setFilter] as const;
}
