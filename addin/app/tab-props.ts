import type { ChartTheme } from '../../shared/charts/index';
import type { WorkbookHost } from '../../shared/host/index';
import type { Lang } from '../../shared/messages/index';
import type { KpiFilter } from '../session/kpi-view';
import type { PaneSession } from './usePaneSession';

/** What every tab gets from the pane. */
export interface PaneTabProps {
  host: WorkbookHost;
  lang: Lang;
  session: PaneSession;
  chartTheme: ChartTheme;
}

/** Tabs that follow the KPI filter (range, basis, as-of, team, owner). */
export interface FilteredTabProps extends PaneTabProps {
  filter: KpiFilter | null;
  setFilter: (filter: KpiFilter) => void;
}
