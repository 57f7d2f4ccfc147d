import { useCallback, useEffect, useMemo, useState } from 'react';
import { isKpiKey } from '../../shared/kpi/index';
import type { WorkbookHost } from '../../shared/host/index';
import type { Lang } from '../../shared/messages/index';
import {
  actionCells,
  actionsFromCells,
  readOwnSheet,
  targetEditCells,
  targetEditsFromCells,
  withTargetEdits,
  writeOwnSheet,
  type ImprovementAction,
  type TargetEdit,
} from '../../shared/review/index';
import type { PaneSession } from './usePaneSession';

export interface PaneReview {
  /** The session with the targets set in the pane placed before the KPI sheet's. */
  session: PaneSession;
  /** The created days of the orders: which months and weeks can be reviewed. */
  orderDays: string[] | null;
  edits: TargetEdit[];
  saveEdits: (edits: TargetEdit[]) => Promise<string>;
  actions: ImprovementAction[];
  saveActions: (actions: ImprovementAction[]) => Promise<string>;
}

/**
 * What the review needs beyond the loaded data: the order days, and the targets and actions the
 * manager set in the pane — read from and written to the product's own sheets (never the user's).
 */
export function usePaneReview(host: WorkbookHost, session: PaneSession, lang: Lang): PaneReview {
  const [orderDays, setOrderDays] = useState<string[] | null>(null);
  const [edits, setEdits] = useState<TargetEdit[]>([]);
  const [actions, setActions] = useState<ImprovementAction[]>([]);
  const { kpiSource, loaded } = session;

  useEffect(() => {
    setOrderDays(null);
    if (!kpiSource || !loaded) return;
    let stale = false;
    kpiSource.orderDays().then((days) => !stale && setOrderDays(days), () => !stale && setOrderDays([]));
    return () => {
      stale = true;
    };
  }, [kpiSource, loaded]);

  useEffect(() => {
    let stale = false;
    readOwnSheet(host, 'targets').then((cells) => !stale && cells && setEdits(targetEditsFromCells(cells, isKpiKey)), () => undefined);
    readOwnSheet(host, 'actions').then((cells) => !stale && cells && setActions(actionsFromCells(cells, isKpiKey)), () => undefined);
    return () => {
      stale = true;
    };
  }, [host]);

  const saveEdits = useCallback(
    async (next: TargetEdit[]) => {
      setEdits(next);
      return writeOwnSheet(host, 'targets', targetEditCells(next), lang);
    },
    [host, lang],
  );
  const saveActions = useCallback(
    async (next: ImprovementAction[]) => {
      setActions(next);
      return writeOwnSheet(host, 'actions', actionCells(next), lang);
    },
    [host, lang],
  );

  const withEdits = useMemo(() => {
    if (!session.loaded || edits.length === 0) return session;
    const targets = withTargetEdits(session.loaded.targets, edits, (i) => `${'pane'} #${i + 1}`);
    return { ...session, loaded: { ...session.loaded, targets } };
  }, [session, edits]);

  return { session: withEdits, orderDays, edits, saveEdits, actions, saveActions };
}
