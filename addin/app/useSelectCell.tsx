import { useCallback, useState } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { columnLetters, type WorkbookHost } from '../../shared/host/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { isSheetProblem } from '../office/excel-errors';
import type { PaneSession } from './usePaneSession';

/** Why a cell could not be selected, in the user's words. */
export function selectProblemText(error: unknown, sheet: string, address: string, lang: Lang): string {
  const m = messagesFor(lang);
  if (isSheetProblem(error)) {
    if (error.problem === 'hidden') return m.paneSheetHidden({ sheet });
    if (error.problem === 'renamed') return m.paneSheetRenamed({ sheet, name: error.renamedTo ?? '' });
    return m.paneSheetMissing({ sheet });
  }
  return m.paneSelectFailed({ where: `${sheet}!${address}`, message: error instanceof Error ? error.message : String(error) });
}

/**
 * Selecting a cell in Excel (an issue's cell, an order's row), with a message when that cannot
 * be done — the sheet deleted, renamed or hidden since it was read — instead of nothing.
 */
export function useSelectCell(host: WorkbookHost, lang: Lang) {
  const [problem, setProblem] = useState<string | null>(null);
  const select = useCallback(
    (sheet: string, address: string) => {
      setProblem(null);
      host.select(sheet, address).catch((error: unknown) => setProblem(selectProblemText(error, sheet, address, lang)));
    },
    [host, lang],
  );
  const message = problem ? (
    <MessageBar intent="warning" data-testid="select-problem">
      <MessageBarBody>{problem}</MessageBarBody>
    </MessageBar>
  ) : null;
  return [select, message] as const;
}

/**
 * Selecting an order's row (the orders' columns of it) in the orders sheet: the at-risk lists' link.
 * Orders from a database have no row in the workbook: the link says so instead.
 */
export function useSelectOrderRow(host: WorkbookHost, session: PaneSession, lang: Lang) {
  const [select, message] = useSelectCell(host, lang);
  const [inDatabase, setInDatabase] = useState(false);
  const { loaded, ordersPlace, kpiSource } = session;
  const selectRow = useCallback(
    (row: number) => {
      if (!loaded) return;
      if (kpiSource?.kind === 'server') return setInDatabase(true);
      const place = ordersPlace ?? { col: 0, cols: 1 };
      select(loaded.ordersSheet, `${columnLetters(place.col)}${row}:${columnLetters(place.col + Math.max(1, place.cols) - 1)}${row}`);
    },
    [select, loaded, ordersPlace, kpiSource],
  );
  const said = inDatabase ? (
    <MessageBar intent="info" data-testid="select-problem">
      <MessageBarBody>{messagesFor(lang).paneServerNoRows}</MessageBarBody>
    </MessageBar>
  ) : (
    message
  );
  return [selectRow, said] as const;
}
