import type { CellArea, NewLineChart, NewSheet } from '../../shared/host/index';

/**
 * What the add-in's own sheets ask of Excel beyond the host interface's NewSheet, optional so
 * any NewSheet is one: the Excel host uses them, the in-memory host keeps them as given.
 */
export interface AxisTitles {
  /** Under the horizontal axis (the months). */
  category: string;
  /** Beside the vertical axis (the KPI and its unit). */
  value: string;
}

export interface AddinLineChart extends NewLineChart {
  axisTitles?: AxisTitles;
}

export interface AddinSheet extends NewSheet {
  charts?: AddinLineChart[];
  /** Cells whose text wraps within the column (a title wider than the table's first column). */
  wrap?: CellArea[];
}
